// The writable trees (fs/memory.h). On the first call of a writable export the nodes of the
// configuration are copied into a table in memory, at the same indices, which then grows as
// files and directories are made; the configuration's fs.nodes is pointed at it, so every reader
// (wv_node_at) sees it and the read-only code pays nothing for it. A node belongs to the
// writable tree whose root its parents lead to (a --writable directory, or with --overlay a
// mounted tree); its quota bounds the bytes its files hold in memory. A mounted file's bytes
// and a mounted directory's child list stay the blob's until they first change, and are copied
// then: the embedded bytes are never written.
//
// Nodes are never reused: an unlinked node keeps its slot (so a descriptor or stream naming it
// never reaches another node), and its contents and name are freed once nothing holds it.
#include "fs/memory.h"

// What the table keeps beside each node.
typedef struct {
  uint32_t cap;   // a file's bytes, a directory's child slots, owned at node.a (0: none owned)
  uint32_t tree;  // 0: read-only; k + 1: writable tree k
  uint32_t holds; // descriptors and output streams holding it
  uint32_t flags;
} extra_t;

enum {
  LINKED = 1,   // a directory holds it (or it is a root)
  OWN_NAME = 2, // its name is a block of its own
  OWN_DATA = 4, // its contents are the adapter's (not the blob's): they count against the quota
};

// The most one file holds: the largest block less its header (runtime/blocks.c).
#define MAX_FILE ((1u << 30) - 8)

typedef struct {
  uint32_t limit;
  uint32_t used;
} quota_t;

static wv_config *config; // the blob, whose fs.nodes this file repoints
static wv_node *table;
static extra_t *extras;
static quota_t *quotas;
static uint32_t count;
static uint32_t capacity;

static void copy_bytes(void *to, const void *from, uint32_t n) {
  uint8_t *dst = to;
  const uint8_t *src = from;
  if ((((uintptr_t)dst | (uintptr_t)src) & 7) == 0) {
    for (; n >= 8; n -= 8, dst += 8, src += 8) {
      *(uint64_t *)dst = *(const uint64_t *)src;
    }
  }
  while (n--) {
    *dst++ = *src++;
  }
}

static void zero_bytes(uint8_t *dst, uint32_t n) {
  for (; n && ((uintptr_t)dst & 7); n--) {
    *dst++ = 0;
  }
  for (; n >= 8; n -= 8, dst += 8) {
    *(uint64_t *)dst = 0;
  }
  while (n--) {
    *dst++ = 0;
  }
}

// Doubles the table (a new block each for nodes and extras; the old ones freed).
static void grow_table(void) {
  uint32_t grown = capacity * 2;
  wv_node *nodes = wv_block((size_t)grown * sizeof(wv_node));
  extra_t *more = wv_block((size_t)grown * sizeof(extra_t));
  copy_bytes(nodes, table, count * sizeof(wv_node));
  copy_bytes(more, extras, count * sizeof(extra_t));
  wv_block_free(table);
  wv_block_free(extras);
  table = nodes;
  extras = more;
  capacity = grown;
  config->nodes = table;
}

void wv_mem_init(void) {
  if (table) {
    return;
  }
  config = (wv_config *)wv_config_get();
  count = config->node_count;
  capacity = 16;
  while (capacity < count + 16) {
    capacity *= 2;
  }
  wv_node *nodes = wv_block((size_t)capacity * sizeof(wv_node));
  extras = wv_block((size_t)capacity * sizeof(extra_t));
  quotas = wv_block((size_t)config->writable_count * sizeof(quota_t));
  copy_bytes(nodes, config->nodes, count * sizeof(wv_node));
  for (uint32_t k = 0; k < config->writable_count; k++) {
    quotas[k].limit = config->writable[k].quota;
    quotas[k].used = 0;
  }
  for (uint32_t i = 0; i < count; i++) {
    extras[i] = (extra_t){0, 0, 0, LINKED};
    uint32_t kind = nodes[i].kind;
    if (kind != WV_NODE_DIR && kind != WV_NODE_FILE && kind != WV_NODE_PASSIVE_FILE) {
      continue; // the host's: never the adapter's to change
    }
    uint32_t root = i;
    while (nodes[root].parent != root) {
      root = nodes[root].parent;
    }
    for (uint32_t k = 0; k < config->writable_count; k++) {
      if (config->writable[k].node == root) {
        extras[i].tree = k + 1;
      }
    }
  }
  table = nodes;
  config->nodes = table;
}

wv_node *wv_mem_node(uint32_t index) { return (wv_node *)wv_node_at(index); }

uint32_t wv_mem_tree(uint32_t index) {
  wv_node_at(index); // traps on a bad index
  return extras[index].tree;
}

// Frees what an unlinked node no one holds keeps: its contents (given back to its quota) and
// its name.
static void let_go(uint32_t index) {
  extra_t *extra = &extras[index];
  if ((extra->flags & LINKED) || extra->holds) {
    return;
  }
  wv_node *node = wv_mem_node(index);
  if (extra->flags & OWN_DATA) {
    quotas[extra->tree - 1].used -= node->b;
  }
  if (extra->cap) {
    wv_block_free((void *)node->a);
  }
  if (extra->flags & OWN_NAME) {
    wv_block_free((void *)node->name.ptr);
  }
  node->a = node->b = 0;
  node->name.len = 0;
  extra->cap = 0;
  extra->flags = 0;
}

void wv_mem_hold(uint32_t index) { extras[index].holds++; }

void wv_mem_release(uint32_t index) {
  if (extras[index].holds) {
    extras[index].holds--;
    let_go(index);
  }
}

// Where a child named (name, len) is or would go among dir's sorted children.
static uint32_t position(const wv_node *dir, const char *name, uint32_t len) {
  const uint32_t *children = (const uint32_t *)dir->a;
  uint32_t lo = 0, hi = dir->b;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (wv_name_compare(&table[children[mid]].name, name, len) < 0) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

// Makes dir's child list the adapter's, with room for `need` children.
static uint32_t *own_children(uint32_t dir, uint32_t need) {
  wv_node *node = wv_mem_node(dir);
  extra_t *extra = &extras[dir];
  if (need > extra->cap) {
    uint32_t slots = extra->cap ? extra->cap * 2 : 8;
    while (slots < need) {
      slots *= 2;
    }
    uint32_t *list = wv_block((size_t)slots * 4);
    copy_bytes(list, (const void *)node->a, node->b * 4);
    if (extra->cap) {
      wv_block_free((void *)node->a);
    }
    node->a = (uint32_t)(uintptr_t)list;
    extra->cap = slots;
  }
  return (uint32_t *)node->a;
}

void wv_mem_link(uint32_t dir, uint32_t child, const char *name, uint32_t len) {
  char *copy = wv_block(len);
  copy_bytes(copy, name, len);
  wv_node *node = wv_mem_node(child);
  extra_t *extra = &extras[child];
  if (extra->flags & OWN_NAME) {
    wv_block_free((void *)node->name.ptr);
  }
  node->name.ptr = copy;
  node->name.len = len;
  node->parent = dir;
  extra->flags |= OWN_NAME | LINKED;
  wv_node *parent = wv_mem_node(dir);
  uint32_t *children = own_children(dir, parent->b + 1);
  uint32_t at = position(parent, copy, len);
  for (uint32_t i = parent->b; i > at; i--) {
    children[i] = children[i - 1];
  }
  children[at] = child;
  parent->b++;
}

// Takes child out of its directory's list.
static void detach(uint32_t child) {
  wv_node *node = wv_mem_node(child);
  uint32_t dir = node->parent;
  wv_node *parent = wv_mem_node(dir);
  uint32_t *children = own_children(dir, parent->b);
  uint32_t at = position(parent, node->name.ptr, node->name.len);
  for (uint32_t i = at; i + 1 < parent->b; i++) {
    children[i] = children[i + 1];
  }
  parent->b--;
  extras[child].flags &= ~LINKED;
}

void wv_mem_unlink(uint32_t child) {
  detach(child);
  let_go(child);
}

void wv_mem_move(uint32_t child, uint32_t dir, const char *name, uint32_t len) {
  detach(child);
  wv_mem_link(dir, child, name, len);
}

uint32_t wv_mem_make(uint32_t dir, const char *name, uint32_t len, uint32_t kind, uint32_t *made) {
  if (count == capacity) {
    grow_table();
  }
  uint32_t index = count++;
  config->node_count = count;
  table[index] = (wv_node){kind, {0, 0}, dir, 0, 0};
  extras[index] = (extra_t){0, extras[dir].tree, 0, kind == WV_NODE_FILE ? OWN_DATA : 0};
  wv_mem_link(dir, index, name, len);
  *made = index;
  return WV_FS_OK;
}

// Gives file room for `size` bytes of its own: a new block (a power of two) when it has too
// little, or its contents are still the blob's; the bytes it keeps are copied over. (Its length
// and its quota's count are the caller's to change.)
void wv_mem_room(uint32_t file, uint32_t size) {
  wv_node *node = wv_mem_node(file);
  extra_t *extra = &extras[file];
  int owned = extra->cap || (extra->flags & OWN_DATA);
  if (owned && size <= extra->cap) {
    return;
  }
  uint32_t keep = node->b < size ? node->b : size;
  uint8_t *block = 0;
  uint32_t cap = 0;
  if (size) {
    uint64_t want = 16;
    while (want - 8 < size) {
      want *= 2;
    }
    cap = (uint32_t)want - 8;
    block = wv_block(cap);
    node = wv_mem_node(file);
    if (keep && owned) {
      copy_bytes(block, (const void *)node->a, keep);
    } else if (keep) {
      wv_file_copy(node, keep, block);
    }
  }
  if (extra->cap) {
    wv_block_free((void *)node->a);
  }
  node->kind = WV_NODE_FILE; // a passive file, once copied, is an ordinary one
  node->a = (uint32_t)(uintptr_t)block;
  extra->cap = cap;
}

uint32_t wv_mem_resize(uint32_t file, uint64_t size) {
  if (size > MAX_FILE) {
    return WV_FS_FILE_TOO_LARGE;
  }
  wv_node *node = wv_mem_node(file);
  extra_t *extra = &extras[file];
  quota_t *quota = &quotas[extra->tree - 1];
  uint32_t charged = (extra->flags & OWN_DATA) ? node->b : 0;
  if ((uint64_t)quota->used - charged + size > quota->limit) {
    return WV_FS_INSUFFICIENT_SPACE;
  }
  wv_mem_room(file, (uint32_t)size);
  node = wv_mem_node(file);
  if (size > node->b) {
    zero_bytes((uint8_t *)node->a + node->b, (uint32_t)size - node->b);
  }
  node->b = (uint32_t)size;
  extra->flags |= OWN_DATA;
  quota->used = quota->used - charged + (uint32_t)size;
  return WV_FS_OK;
}

uint32_t wv_mem_write(uint32_t file, const uint8_t *bytes, uint32_t len, uint64_t offset) {
  if (len == 0) {
    return WV_FS_OK; // as POSIX: an empty write extends nothing
  }
  uint64_t end = offset + len;
  uint32_t size = wv_node_at(file)->b;
  uint32_t error = wv_mem_resize(file, end > size ? end : size);
  if (error != WV_FS_OK) {
    return error;
  }
  uint8_t *at = (uint8_t *)wv_node_at(file)->a + offset;
  if (bytes) {
    copy_bytes(at, bytes, len);
  } else {
    zero_bytes(at, len);
  }
  return WV_FS_OK;
}

int wv_last_name(const char *path, uint32_t path_len, const char **name, uint32_t *len) {
  uint32_t end = path_len;
  while (end && path[end - 1] == '/') {
    end--;
  }
  uint32_t start = end;
  while (start && path[start - 1] != '/') {
    start--;
  }
  *name = path + start;
  *len = end - start;
  return end > start;
}
