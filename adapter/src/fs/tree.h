// The mounted trees of the configuration blob (runtime/config-blob.h, adapter/CONFIG.md), and what
// the wasi:filesystem files (fs/) share: error codes, descriptor types and result layouts.
#ifndef WASI_VIRT_FS_TREE_H
#define WASI_VIRT_FS_TREE_H

#include "runtime/config-blob.h"

// wasi:filesystem/types error-code: the enum's indices the adapter uses.
enum {
  WV_FS_BAD_DESCRIPTOR = 3,
  WV_FS_BUSY = 4,
  WV_FS_EXIST = 7,
  WV_FS_FILE_TOO_LARGE = 8,
  WV_FS_INVALID = 12,
  WV_FS_IS_DIRECTORY = 14,
  WV_FS_NO_ENTRY = 20,
  WV_FS_INSUFFICIENT_SPACE = 23,
  WV_FS_NOT_DIRECTORY = 24,
  WV_FS_NOT_EMPTY = 25,
  WV_FS_NOT_PERMITTED = 31,
  WV_FS_READ_ONLY = 33,
  WV_FS_CROSS_DEVICE = 36,
  WV_FS_OK = 255, // not an error-code: success
};

// descriptor-type: the enum's indices of the two kinds of node.
enum { WV_TYPE_DIRECTORY = 3, WV_TYPE_REGULAR_FILE = 6 };

// descriptor-flags and open-flags bits.
enum { WV_DF_READ = 1, WV_DF_WRITE = 2, WV_DF_MUTATE_DIRECTORY = 32 };
enum { WV_OF_CREATE = 1, WV_OF_DIRECTORY = 2, WV_OF_EXCLUSIVE = 4, WV_OF_TRUNCATE = 8 };

#define WV_NO_NODE 0xffffffffu

// The node at index; traps when there is none. Once a writable tree is in use, the nodes live in a
// table in memory (fs/memory.c), and the pointer is valid only until the next node is made.
const wv_node *wv_node_at(uint32_t index);

// The descriptor-type of a node.
static inline uint8_t wv_node_type(const wv_node *node) {
  return node->kind == WV_NODE_DIR ? WV_TYPE_DIRECTORY : WV_TYPE_REGULAR_FILE;
}

// Whether a node is a mounted file (its contents embedded or in a passive data segment).
static inline int wv_is_file(const wv_node *node) {
  return node->kind == WV_NODE_FILE || node->kind == WV_NODE_PASSIVE_FILE;
}

// The most one read copies out of a passive segment: bounds the heap a read can take. Readers
// of streams and of descriptor.read accept shorter reads than they asked for.
#define WV_PASSIVE_CHUNK (1u << 20)

// The contents of mounted file `file` from byte `at` (at most its length), *count bytes: an
// embedded file's in place; a passive file's copied into the heap (valid until the next call
// releases it), *count lowered to at most WV_PASSIVE_CHUNK.
const char *wv_file_bytes(const wv_node *file, uint32_t at, uint32_t *count);

// Bytes [at, at + count) of mounted file `file`: an embedded file's in place; a passive file's
// copied into the heap whole (valid until the next call releases it).
const char *wv_file_span(const wv_node *file, uint32_t at, uint32_t count);

// Copies the first len bytes of mounted file `file` (embedded or passive) to dst.
void wv_file_copy(const wv_node *file, uint32_t len, void *dst);

// Bytewise order of a node's name and (name, len), as the generator sorts children.
int wv_name_compare(const wv_str *a, const char *b, uint32_t b_len);

// Resolves path (len bytes) relative to node `start`. Returns WV_FS_OK with the node in *node,
// or an error-code: a component missing → no-entry (*node is the directory it was missing from
// when it was the last component, else WV_NO_NODE); an absolute path, or `..` above a root →
// not-permitted; a file where a directory must be (before a component or a trailing `/`) →
// not-directory; the empty path → no-entry. Empty components and `.` are skipped.
uint32_t wv_resolve(uint32_t start, const char *path, uint32_t len, uint32_t *node);

// Offsets of a result<T, error-code>'s payload: T's alignment. 1: unit, enums and flags;
// 4: handles, lists, strings and options; 8: u64 and records holding one.
enum { WV_AT_1 = 1, WV_AT_4 = 4, WV_AT_8 = 8 };

// err(code) at `at`, in the shared return area. Like every fs result helper, it releases the
// heap (paths and buffers the caller lowered in are transient) and returns the area.
void *wv_fs_error(uint32_t at, uint32_t code);

#endif
