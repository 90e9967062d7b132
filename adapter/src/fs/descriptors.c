// wasi:filesystem/types and preopens over the mounted trees (fs/tree.h): the preopens,
// and the descriptor and directory-entry-stream resources with every method that reads. The
// methods that would change something are in fs/mutations.c.
//
// A descriptor's rep is a handle struct of kind WV_NODE (the node's index and the
// descriptor-flags it was opened with; a preopen: read) or WV_HOST (a host descriptor, to
// which every method is forwarded: fs/host.h). Runtime host files in the trees are opened,
// stat'ed and hashed through the host. Reading (read, read-via-stream)
// needs the read flag (else bad-descriptor). stat: link-count 1, size the file's length (0 for
// a directory), no timestamps. metadata-hash: lower = (index + 1) * 0x9e3779b97f4a7c15 (an odd
// multiplier: distinct for distinct nodes, never 0; the preview1 adapter's inode), upper =
// FNV-1a-64 of the index (4 bytes LE) and size (8 bytes LE).
//
// Core signatures: results wider than one core value are returned through a pointer to the
// shared return area; flags, enums and borrows are i32, u64 is i64, a string is pointer and
// length; borrowed descriptors arrive as their rep.
#include "fs/host.h"

#define TYPES WASI_FILESYSTEM_TYPES "#"
#define DESCRIPTOR TYPES "[method]descriptor."


// A method's first step: a host descriptor forwards `call` and returns `result`.
#define FORWARD(call, result)                                                                    \
  if (self->kind == WV_HOST) {                                                                   \
    call;                                                                                        \
    return result;                                                                               \
  }

// option<datetime>: u8 tag at 0, {u64 seconds, u32 nanoseconds} at 8. 24 bytes.
typedef struct {
  uint8_t is_some;
  uint64_t seconds;
  uint32_t nanoseconds;
} option_datetime;

// descriptor-stat: 96 bytes, align 8.
typedef struct {
  uint8_t type;
  uint64_t link_count;
  uint64_t size;
  option_datetime timestamps[3]; // data access, data modification, status change
} descriptor_stat;

_Static_assert(sizeof(option_datetime) == 24, "option<datetime> layout");
_Static_assert(sizeof(descriptor_stat) == 96 && offsetof(descriptor_stat, timestamps) == 24,
               "descriptor-stat layout");
_Static_assert(sizeof(wv_ret_area) >= WV_AT_8 + sizeof(descriptor_stat), "return area size");

void *wv_fs_error(uint32_t at, uint32_t code) {
  uint8_t *ret = (uint8_t *)&wv_ret_area;
  ret[0] = 1;
  ret[at] = (uint8_t)code;
  wv_release();
  return ret;
}

// ok: the tag written, the heap released; the caller writes the payload.
static uint8_t *ok(void) {
  uint8_t *ret = (uint8_t *)&wv_ret_area;
  ret[0] = 0;
  wv_release();
  return ret;
}

static int32_t descriptor(uint32_t node, uint32_t flags) {
  wv_obj *obj = wv_obj_new(WV_NODE, (int32_t)node);
  obj->flags = flags;
  return descriptor_new(obj);
}

static int is_dir(const wv_obj *self) { return wv_node_at(self->node)->kind == WV_NODE_DIR; }

// ---- preopens ----

// get-directories: func() -> list<tuple<descriptor, string>>
EXPORT(WASI_FILESYSTEM_PREOPENS "#get-directories") wv_list *get_directories(void) {
  typedef struct {
    int32_t descriptor;
    wv_str path;
  } preopen; // 12 bytes
  const wv_config *config = wv_config_get();
  wv_list host = {0, 0};
  if (config->host_preopens) {
    host = wv_host_preopens();
  }
  preopen *list = wv_alloc(4, (size_t)(config->preopen_count + host.count) * sizeof(preopen));
  uint32_t count = 0;
  for (uint32_t i = 0; i < config->preopen_count; i++) {
    const wv_node *root = wv_node_at(config->preopens[i].node);
    if (root->kind == WV_NODE_HOST_DIR) {
      int32_t opened = wv_host_open_dir(root);
      if (opened < 0) {
        continue; // the host has no such directory: the guest sees no such preopen
      }
      list[count].descriptor = descriptor_new(wv_obj_new(WV_HOST, opened));
    } else {
      list[count].descriptor = descriptor(config->preopens[i].node, WV_DF_READ);
    }
    list[count++].path = config->preopens[i].path;
  }
  const preopen *from_host = host.ptr;
  for (uint32_t i = 0; i < host.count; i++) {
    list[count].descriptor = descriptor_new(wv_obj_new(WV_HOST, from_host[i].descriptor));
    list[count++].path = from_host[i].path;
  }
  wv_list *ret = &wv_ret_area.list;
  ret->ptr = list;
  ret->count = count;
  wv_release();
  return ret;
}

// ---- types ----

// filesystem-error-code: func(err: borrow<error>) -> option<error-code>
// None for the adapter's own errors (they never come from a file system); the host's answer
// for a host error.
EXPORT(TYPES "filesystem-error-code") uint8_t *filesystem_error_code(wv_obj *err) {
  // A host error may come from a host stdio stream while the host's filesystem is not imported.
  if (err->kind == WV_HOST && wv_config_get()->host_fs) {
    host_fs_filesystem_error_code(err->host, RET);
    return wv_host_done();
  }
  wv_ret_area.tag = 0;
  return &wv_ret_area.tag;
}

EXPORT(TYPES "[dtor]descriptor") void descriptor_dtor(wv_obj *self) {
  if (self->kind == WV_HOST) {
    host_fs_descriptor_drop(self->host);
  }
  wv_obj_free(self);
}

EXPORT(TYPES "[dtor]directory-entry-stream") void directory_entry_stream_dtor(wv_obj *self) {
  if (self->kind == WV_HOST) {
    host_fs_entries_drop(self->host);
  }
  wv_obj_free(self);
}

// read-directory-entry: func() -> result<option<directory-entry>, error-code>
// The option's tag at 4; the entry {type, name} at 8.
EXPORT(TYPES "[method]directory-entry-stream.read-directory-entry")
uint8_t *read_directory_entry(wv_obj *self) {
  FORWARD(host_fs_read_directory_entry(self->host, RET), wv_host_done());
  const wv_node *dir = wv_node_at(self->node);
  uint8_t *ret = ok();
  ret[4] = self->pos < dir->b;
  if (ret[4]) {
    const wv_node *entry = wv_node_at(((const uint32_t *)dir->a)[self->pos++]);
    ret[8] = wv_node_type(entry);
    AT(ret, wv_str, 12) = entry->name;
  }
  return ret;
}

// The file a descriptor reads, or (returned) the error result for a directory or a
// descriptor opened without read access.
static void *readable_file(wv_obj *self, const wv_node **file) {
  *file = wv_node_at(self->node);
  if ((*file)->kind == WV_NODE_DIR) {
    return wv_fs_error(WV_AT_4, WV_FS_IS_DIRECTORY);
  }
  if (!(self->flags & WV_DF_READ)) {
    return wv_fs_error(WV_AT_4, WV_FS_BAD_DESCRIPTOR);
  }
  return 0;
}

// An offset into a file, clamped to its end.
static uint32_t clamp_offset(const wv_node *file, uint64_t offset) {
  return offset < file->b ? (uint32_t)offset : file->b;
}

// read-via-stream: func(offset: filesize) -> result<input-stream, error-code>
EXPORT(DESCRIPTOR "read-via-stream") void *read_via_stream(wv_obj *self, uint64_t offset) {
  FORWARD(host_fs_read_via_stream(self->host, (i64)offset, RET), wv_host_input_stream_result());
  const wv_node *file;
  void *error = readable_file(self, &file);
  if (error) {
    return error;
  }
  int32_t stream = wv_input_file(self->node, clamp_offset(file, offset));
  uint8_t *ret = ok();
  AT(ret, int32_t, 4) = stream;
  return ret;
}

// read: func(length: filesize, offset: filesize) -> result<tuple<list<u8>, bool>, error-code>
// An embedded file's bytes are lifted in place (wv_file_bytes); the flag says the read reached
// the end.
EXPORT(DESCRIPTOR "read") void *read(wv_obj *self, uint64_t length, uint64_t offset) {
  FORWARD(host_fs_read(self->host, (i64)length, (i64)offset, RET), wv_host_done());
  const wv_node *file;
  void *error = readable_file(self, &file);
  if (error) {
    return error;
  }
  uint32_t at = clamp_offset(file, offset);
  uint32_t left = file->b - at;
  uint32_t count = length < left ? (uint32_t)length : left;
  uint8_t *ret = ok(); // releases the heap: the bytes of a passive file go in after it
  AT(ret, wv_list, 4).ptr = wv_file_bytes(file, at, &count);
  AT(ret, wv_list, 4).count = count;
  ret[12] = count == left;
  return ret;
}

// read-directory: func() -> result<directory-entry-stream, error-code>
EXPORT(DESCRIPTOR "read-directory") void *read_directory(wv_obj *self) {
  FORWARD(host_fs_read_directory(self->host, RET), wv_host_entries_result());
  if (!is_dir(self)) {
    return wv_fs_error(WV_AT_4, WV_FS_NOT_DIRECTORY);
  }
  int32_t stream = directory_entry_stream_new(wv_obj_new(WV_ENTRIES, (int32_t)self->node));
  uint8_t *ret = ok();
  AT(ret, int32_t, 4) = stream;
  return ret;
}

// advise, sync-data, sync: -> result<_, error-code>. Nothing to do.
EXPORT(DESCRIPTOR "advise") void *advise(wv_obj *self, uint64_t offset, uint64_t len, int32_t a) {
  FORWARD(host_fs_advise(self->host, (i64)offset, (i64)len, a, RET), wv_host_done());
  return ok();
}
EXPORT(DESCRIPTOR "sync-data") void *sync_data(wv_obj *self) {
  FORWARD(host_fs_sync_data(self->host, RET), wv_host_done());
  return ok();
}
EXPORT(DESCRIPTOR "sync") void *sync(wv_obj *self) {
  FORWARD(host_fs_sync(self->host, RET), wv_host_done());
  return ok();
}

// get-flags: func() -> result<descriptor-flags, error-code>
EXPORT(DESCRIPTOR "get-flags") void *get_flags(wv_obj *self) {
  FORWARD(host_fs_get_flags(self->host, RET), wv_host_done());
  uint8_t *ret = ok();
  ret[1] = (uint8_t)self->flags;
  return ret;
}

// get-type: func() -> result<descriptor-type, error-code>
EXPORT(DESCRIPTOR "get-type") void *get_type(wv_obj *self) {
  FORWARD(host_fs_get_type(self->host, RET), wv_host_done());
  uint8_t *ret = ok();
  ret[1] = wv_node_type(wv_node_at(self->node));
  return ret;
}

// result<descriptor-stat, error-code> of a node.
static void *stat_of(uint32_t index) {
  const wv_node *node = wv_node_at(index);
  uint8_t *ret = ok();
  descriptor_stat *stat = &AT(ret, descriptor_stat, WV_AT_8);
  stat->type = wv_node_type(node);
  stat->link_count = 1;
  stat->size = wv_is_file(node) ? node->b : 0;
  for (int i = 0; i < 3; i++) {
    stat->timestamps[i].is_some = 0;
  }
  return ret;
}

// result<metadata-hash-value, error-code> of a node.
static void *hash_of(uint32_t index) {
  const wv_node *node = wv_node_at(index);
  uint64_t size = wv_is_file(node) ? node->b : 0;
  uint64_t fnv = 0xcbf29ce484222325u;
  for (int i = 0; i < 12; i++) {
    uint8_t byte = (uint8_t)(i < 4 ? index >> (8 * i) : size >> (8 * (i - 4)));
    fnv = (fnv ^ byte) * 0x100000001b3u;
  }
  uint8_t *ret = ok();
  AT(ret, uint64_t, 8) = ((uint64_t)index + 1) * 0x9e3779b97f4a7c15u;
  AT(ret, uint64_t, 16) = fnv;
  return ret;
}

// stat: func() -> result<descriptor-stat, error-code>
EXPORT(DESCRIPTOR "stat") void *stat(wv_obj *self) {
  FORWARD(host_fs_stat(self->host, RET), wv_host_done());
  return stat_of(self->node);
}

// metadata-hash: func() -> result<metadata-hash-value, error-code>
EXPORT(DESCRIPTOR "metadata-hash") void *metadata_hash(wv_obj *self) {
  FORWARD(host_fs_metadata_hash(self->host, RET), wv_host_done());
  return hash_of(self->node);
}

// stat-at: func(path-flags, path: string) -> result<descriptor-stat, error-code>
// (No symlinks: path-flags change nothing.)
EXPORT(DESCRIPTOR "stat-at")
void *stat_at(wv_obj *self, int32_t path_flags, const char *path, uint32_t path_len) {
  FORWARD(host_fs_stat_at(self->host, path_flags, path, path_len, RET), wv_host_done());
  uint32_t node;
  uint32_t error = wv_resolve(self->node, path, path_len, &node);
  if (error != WV_FS_OK) {
    return wv_fs_error(WV_AT_8, error);
  }
  const wv_node *found = wv_node_at(node);
  return found->kind == WV_NODE_HOST_FILE ? wv_host_node(found, WV_HOST_STAT, path_flags, 0, 0) : stat_of(node);
}

// metadata-hash-at: func(path-flags, path: string) -> result<metadata-hash-value, error-code>
EXPORT(DESCRIPTOR "metadata-hash-at")
void *metadata_hash_at(wv_obj *self, int32_t path_flags, const char *path, uint32_t path_len) {
  FORWARD(host_fs_metadata_hash_at(self->host, path_flags, path, path_len, RET), wv_host_done());
  uint32_t node;
  uint32_t error = wv_resolve(self->node, path, path_len, &node);
  if (error != WV_FS_OK) {
    return wv_fs_error(WV_AT_8, error);
  }
  const wv_node *found = wv_node_at(node);
  return found->kind == WV_NODE_HOST_FILE ? wv_host_node(found, WV_HOST_HASH, path_flags, 0, 0) : hash_of(node);
}

// open-at: func(path-flags, path: string, open-flags, flags: descriptor-flags)
//   -> result<descriptor, error-code>
// In order: a path that does not resolve → its error (but creating a missing last component →
// read-only); create + exclusive on an existing node → exist; the directory flag on a file →
// not-directory; create, exclusive, truncate, write or mutate-directory → read-only. The new
// descriptor keeps the requested flags.
EXPORT(DESCRIPTOR "open-at")
void *open_at(wv_obj *self, int32_t path_flags, const char *path, uint32_t path_len,
              int32_t open_flags, int32_t flags) {
  FORWARD(host_fs_open_at(self->host, path_flags, path, path_len, open_flags, flags, RET),
          wv_host_descriptor_result());
  uint32_t node;
  uint32_t error = wv_resolve(self->node, path, path_len, &node);
  if (error == WV_FS_OK && wv_node_at(node)->kind == WV_NODE_HOST_FILE) {
    return wv_host_node(wv_node_at(node), WV_HOST_OPEN, path_flags, open_flags, flags);
  }
  if (error == WV_FS_NO_ENTRY && node != WV_NO_NODE && (open_flags & WV_OF_CREATE)) {
    error = WV_FS_READ_ONLY;
  } else if (error == WV_FS_OK) {
    if ((open_flags & (WV_OF_CREATE | WV_OF_EXCLUSIVE)) == (WV_OF_CREATE | WV_OF_EXCLUSIVE)) {
      error = WV_FS_EXIST;
    } else if ((open_flags & WV_OF_DIRECTORY) && wv_node_at(node)->kind != WV_NODE_DIR) {
      error = WV_FS_NOT_DIRECTORY;
    } else if ((open_flags & (WV_OF_CREATE | WV_OF_EXCLUSIVE | WV_OF_TRUNCATE)) ||
               (flags & (WV_DF_WRITE | WV_DF_MUTATE_DIRECTORY))) {
      error = WV_FS_READ_ONLY;
    }
  }
  if (error != WV_FS_OK) {
    return wv_fs_error(WV_AT_4, error);
  }
  int32_t opened = descriptor(node, (uint32_t)flags);
  uint8_t *ret = ok();
  AT(ret, int32_t, 4) = opened;
  return ret;
}

// readlink-at: func(path: string) -> result<string, error-code>
// There are no symlinks: a path that resolves is invalid.
EXPORT(DESCRIPTOR "readlink-at") void *readlink_at(wv_obj *self, const char *path, uint32_t len) {
  FORWARD(host_fs_readlink_at(self->host, path, len, RET), wv_host_done());
  uint32_t node;
  uint32_t error = wv_resolve(self->node, path, len, &node);
  if (error == WV_FS_OK && wv_node_at(node)->kind == WV_NODE_HOST_FILE) {
    return wv_host_node(wv_node_at(node), WV_HOST_READLINK, 0, 0, 0);
  }
  return wv_fs_error(WV_AT_4, error == WV_FS_OK ? WV_FS_INVALID : error);
}

// is-same-object: func(other: borrow<descriptor>) -> bool
EXPORT(DESCRIPTOR "is-same-object") int32_t is_same_object(wv_obj *self, wv_obj *other) {
  if (self->kind != other->kind) {
    return 0;
  }
  FORWARD(, host_fs_is_same_object(self->host, other->host));
  return self->node == other->node;
}
