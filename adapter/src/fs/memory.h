// The writable trees (--writable, --overlay): the nodes in memory, where the writable
// variants of the filesystem's methods (fs/writable.c, io/file-output.c) change them.
#ifndef WASI_VIRT_FS_MEMORY_H
#define WASI_VIRT_FS_MEMORY_H

#include "fs/host.h"

// Moves the nodes into memory (once per instance; what every writable export does first).
void wv_mem_init(void);

// A node, to change (valid until the next node is made).
wv_node *wv_mem_node(uint32_t index);

// The writable tree a node belongs to (its quota's index + 1), or 0 for a read-only node.
uint32_t wv_mem_tree(uint32_t index);

// A descriptor or output stream holds the node: a file unlinked while held keeps its contents
// until the last holder lets go.
void wv_mem_hold(uint32_t index);
void wv_mem_release(uint32_t index);

// Makes an empty file or directory (kind WV_NODE_FILE or WV_NODE_DIR) named (name, len) in
// writable directory `dir`, into *made. Returns WV_FS_OK.
uint32_t wv_mem_make(uint32_t dir, const char *name, uint32_t len, uint32_t kind, uint32_t *made);

// Writes len bytes (zeroes when bytes is 0) into writable file `file` at offset, growing it
// (zero-filling any gap): WV_FS_OK, or insufficient-space (nothing written) past the quota.
uint32_t wv_mem_write(uint32_t file, const uint8_t *bytes, uint32_t len, uint64_t offset);

// Makes sure a writable file has room for `size` bytes (its length unchanged), so that writing
// them allocates nothing.
void wv_mem_room(uint32_t file, uint32_t size);

// Sets a writable file's length (zero-filled when it grows), within the quota.
uint32_t wv_mem_resize(uint32_t file, uint64_t size);

// Takes node `child` out of its directory; a file no holder holds is freed.
void wv_mem_unlink(uint32_t child);

// Moves `child` (linked) into writable directory `dir` under the name (name, len).
void wv_mem_move(uint32_t child, uint32_t dir, const char *name, uint32_t len);

// Puts `child` into writable directory `dir` under the name (name, len), copied.
void wv_mem_link(uint32_t dir, uint32_t child, const char *name, uint32_t len);

// The last component of path (trailing slashes ignored), into (*name, *len); 0 for none.
int wv_last_name(const char *path, uint32_t path_len, const char **name, uint32_t *len);

// The plain exports the writable variants fall back to for host descriptors and read-only
// nodes (fs/descriptors.c, fs/mutations.c, io/streams.c).
void *open_at(wv_obj *self, int32_t path_flags, const char *path, uint32_t path_len,
              int32_t open_flags, int32_t flags);
void descriptor_dtor(wv_obj *self);
wv_list *get_directories(void);
uint8_t *filesystem_error_code(wv_obj *err);
void *write_via_stream(wv_obj *self, i64 offset);
void *append_via_stream(wv_obj *self);
void *write(wv_obj *self, i32 ptr, i32 len, i64 offset);
void *set_size(wv_obj *self, i64 size);
void *set_times(wv_obj *self, i32 atime_tag, i64 atime_s, i32 atime_ns, i32 mtime_tag, i64 mtime_s,
                i32 mtime_ns);
void *set_times_at(wv_obj *self, i32 path_flags, i32 path, i32 path_len, i32 atime_tag,
                   i64 atime_s, i32 atime_ns, i32 mtime_tag, i64 mtime_s, i32 mtime_ns);
void *create_directory_at(wv_obj *self, i32 path, i32 path_len);
void *link_at(wv_obj *self, i32 old_path_flags, i32 old_path, i32 old_path_len,
              wv_obj *new_descriptor, i32 new_path, i32 new_path_len);
void *remove_directory_at(wv_obj *self, i32 path, i32 path_len);
void *rename_at(wv_obj *self, i32 old_path, i32 old_path_len, wv_obj *new_descriptor, i32 new_path,
                i32 new_path_len);
void *symlink_at(wv_obj *self, i32 old_path, i32 old_path_len, i32 new_path, i32 new_path_len);
void *unlink_file_at(wv_obj *self, i32 path, i32 path_len);

#endif
