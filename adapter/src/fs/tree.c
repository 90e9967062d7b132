// The mounted trees: nodes by index, children by name and path resolution (fs/tree.h).
#include "fs/tree.h"

const wv_node *wv_node_at(uint32_t index) {
  const wv_config *config = wv_config_get();
  if (index >= config->node_count) {
    __builtin_trap(); // a blob that does not hold together
  }
  return &config->nodes[index];
}

int wv_name_compare(const wv_str *a, const char *b, uint32_t b_len) {
  uint32_t n = a->len < b_len ? a->len : b_len;
  for (uint32_t i = 0; i < n; i++) {
    int d = (int)(unsigned char)a->ptr[i] - (int)(unsigned char)b[i];
    if (d) {
      return d;
    }
  }
  return a->len < b_len ? -1 : a->len > b_len;
}

// The child of directory `dir` named (name, len), or WV_NO_NODE: a binary search.
static uint32_t child(const wv_node *dir, const char *name, uint32_t len) {
  const uint32_t *children = (const uint32_t *)dir->a;
  uint32_t lo = 0, hi = dir->b;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    int d = wv_name_compare(&wv_node_at(children[mid])->name, name, len);
    if (d == 0) {
      return children[mid];
    }
    if (d < 0) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return WV_NO_NODE;
}

uint32_t wv_resolve(uint32_t start, const char *path, uint32_t len, uint32_t *node) {
  *node = WV_NO_NODE;
  if (len == 0) {
    return WV_FS_NO_ENTRY;
  }
  if (path[0] == '/') {
    return WV_FS_NOT_PERMITTED;
  }
  uint32_t at = start;
  uint32_t i = 0;
  while (i < len) {
    const char *name = path + i;
    while (i < len && path[i] != '/') {
      i++;
    }
    uint32_t n = (uint32_t)(path + i - name); // never 0: slashes are skipped below
    while (i < len && path[i] == '/') {
      i++;
    }
    const wv_node *dir = wv_node_at(at);
    if (dir->kind != WV_NODE_DIR) {
      return WV_FS_NOT_DIRECTORY;
    }
    if (n == 1 && name[0] == '.') {
      continue;
    }
    if (n == 2 && name[0] == '.' && name[1] == '.') {
      if (dir->parent == at) {
        return WV_FS_NOT_PERMITTED; // a root: the preopen's top
      }
      at = dir->parent;
      continue;
    }
    uint32_t found = child(dir, name, n);
    if (found == WV_NO_NODE) {
      if (i == len) {
        *node = at;
      }
      return WV_FS_NO_ENTRY;
    }
    at = found;
  }
  if (path[len - 1] == '/' && wv_node_at(at)->kind != WV_NODE_DIR) {
    return WV_FS_NOT_DIRECTORY;
  }
  *node = at;
  return WV_FS_OK;
}
