// Host descriptors inside the virtual filesystem (fs/host.h): wrapping what the host returns,
// and reaching host paths (runtime host files and directories of the configuration) through
// the host's preopens.
#include "fs/host.h"

IMPORT(WASI_FILESYSTEM_PREOPENS, "get-directories") void host_fs_get_directories(wv_list *ret);

void *wv_host_descriptor_result(void) { return WV_HOST_RESULT(descriptor_new); }
void *wv_host_input_stream_result(void) { return WV_HOST_RESULT(wv_input_stream); }
void *wv_host_output_stream_result(void) { return WV_HOST_RESULT(wv_output_stream); }
void *wv_host_entries_result(void) { return WV_HOST_RESULT(directory_entry_stream_new); }

// ---- host paths ----

typedef struct {
  i32 descriptor;
  wv_str path;
} preopen; // list<tuple<descriptor, string>>: 12 bytes

// The host's preopens, got once and kept for resolving host paths (the guest never sees
// these handles: --allow-fs hands out fresh ones).
static const preopen *known;
static uint32_t known_count;

static void know_preopens(void) {
  static int done;
  if (done) {
    return;
  }
  wv_list list;
  host_fs_get_directories(&list);
  wv_keep(1, 0); // keep the list and its strings, placed in the heap by the host
  known = list.ptr;
  known_count = list.count;
  done = 1;
}

// How many leading bytes of `path` the preopen path `q` covers (its length, or 0 for the root
// "/", which covers the leading slash only), or -1 when it does not hold `path`.
static int covers(wv_str q, const char *path, uint32_t len) {
  while (q.len > 1 && q.ptr[q.len - 1] == '/') {
    q.len--;
  }
  if (q.len == 0) {
    return -1;
  }
  if (q.len == 1 && q.ptr[0] == '/') {
    return path[0] == '/' ? 0 : -1;
  }
  if (q.len > len) {
    return -1;
  }
  for (uint32_t i = 0; i < q.len; i++) {
    if (q.ptr[i] != path[i]) {
      return -1;
    }
  }
  return q.len == len || path[q.len] == '/' ? (int)q.len : -1;
}

// The host preopen holding the node's host path (the one covering most of it), and the path
// relative to it ("." for the preopen itself). -1 when no host preopen holds it.
static i32 locate(const wv_node *node, wv_str *rel) {
  know_preopens();
  const char *path = (const char *)node->a;
  uint32_t len = node->b;
  i32 best = -1;
  int best_len = -1;
  for (uint32_t i = 0; i < known_count; i++) {
    int n = covers(known[i].path, path, len);
    if (n > best_len) {
      best = known[i].descriptor;
      best_len = n;
    }
  }
  if (best < 0) {
    return -1;
  }
  uint32_t at = (uint32_t)best_len;
  while (at < len && path[at] == '/') {
    at++;
  }
  *rel = at == len ? (wv_str){".", 1} : (wv_str){path + at, len - at};
  return best;
}

void *wv_host_node(const wv_node *node, uint32_t op, i32 path_flags, i32 open_flags, i32 flags) {
  wv_str rel;
  i32 pre = locate(node, &rel);
  if (pre < 0) {
    return wv_fs_error(op == WV_HOST_STAT || op == WV_HOST_HASH ? WV_AT_8 : WV_AT_4,
                       WV_FS_NO_ENTRY);
  }
  switch (op) {
  case WV_HOST_OPEN:
    host_fs_open_at(pre, path_flags, rel.ptr, rel.len, open_flags, flags, RET);
    return wv_host_descriptor_result();
  case WV_HOST_STAT:
    host_fs_stat_at(pre, path_flags, rel.ptr, rel.len, RET);
    break;
  case WV_HOST_HASH:
    host_fs_metadata_hash_at(pre, path_flags, rel.ptr, rel.len, RET);
    break;
  default:
    host_fs_readlink_at(pre, rel.ptr, rel.len, RET);
  }
  return wv_host_done();
}

i32 wv_host_open_dir(const wv_node *node) {
  wv_str rel;
  i32 pre = locate(node, &rel);
  if (pre < 0) {
    return -1;
  }
  host_fs_get_flags(pre, RET);
  i32 flags = RET[0] == 0 ? RET[1] : WV_DF_READ;
  host_fs_open_at(pre, 1 /* symlink-follow */, rel.ptr, rel.len, WV_OF_DIRECTORY, flags, RET);
  return RET[0] == 0 ? AT(RET, i32, 4) : -1;
}

wv_list wv_host_preopens(void) {
  wv_list list;
  host_fs_get_directories(&list);
  return list;
}
