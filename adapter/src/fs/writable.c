// The `[writable]` variants of the wasi:filesystem exports, which the generator picks over the
// plain ones (fs/descriptors.c, fs/mutations.c) when the plan has writable trees (--writable,
// --overlay): on a node of a writable tree (fs/memory.h) they change it as a POSIX file system
// would; on a host descriptor or a read-only node they do what the plain export does. Every one
// moves the nodes into memory first (wv_mem_init; get-directories is where a guest starts).
//
// Choices (adapter/README.md, "Writable directories"): no timestamps (set-times succeeds and
// keeps none), no links or symlinks (not-permitted), a write past the quota fails whole with
// insufficient-space, a removed file's descriptors and streams keep working.
#include "fs/memory.h"

#define TYPES WASI_FILESYSTEM_TYPES "#"
#define WRITABLE(name) EXPORT("[writable]" TYPES name)
#define DESCRIPTOR "[method]descriptor."

WV_RESOURCE(WASI_IO_STREAMS, "output-stream", output_stream)
WV_RESOURCE(WASI_IO_ERROR, "error", error)

// ok: the tag written, the heap released; the caller writes the payload.
static uint8_t *ok(void) {
  wv_release();
  RET[0] = 0;
  return RET;
}

// Whether a descriptor is a node of a writable tree (moving the nodes into memory first).
static int writable(const wv_obj *self) {
  wv_mem_init();
  return self->kind == WV_NODE && wv_mem_tree(self->node);
}

static int is_dir(uint32_t node) { return wv_node_at(node)->kind == WV_NODE_DIR; }

// A writable file a descriptor writes: 0, or the error (at `at`) for a directory or a
// descriptor without the write flag.
static void *writable_file(const wv_obj *self, uint32_t at) {
  if (is_dir(self->node)) {
    return wv_fs_error(at, WV_FS_IS_DIRECTORY);
  }
  if (!(self->flags & WV_DF_WRITE)) {
    return wv_fs_error(at, WV_FS_BAD_DESCRIPTOR);
  }
  return 0;
}

// The result of a change: ok(unit) or err(code).
static void *unit(uint32_t error) { return error == WV_FS_OK ? ok() : wv_fs_error(WV_AT_1, error); }

// ---- preopens, errors, the descriptor's lifetime ----

IMPORT(EXPORTED(WASI_FILESYSTEM_TYPES), "[resource-rep]descriptor")
wv_obj *descriptor_rep(int32_t handle);

// get-directories: the plain list, a writable tree's root with the flags read and
// mutate-directory (as hosts give a directory the guest may change).
EXPORT("[writable]" WASI_FILESYSTEM_PREOPENS "#get-directories") wv_list *mem_get_directories(void) {
  wv_mem_init();
  wv_list *list = get_directories();
  const int32_t *entry = list->ptr; // {descriptor, path: string}: 12 bytes each
  for (uint32_t i = 0; i < list->count; i++, entry += 3) {
    wv_obj *root = descriptor_rep(*entry);
    if (root->kind == WV_NODE && wv_mem_tree(root->node)) {
      root->flags |= WV_DF_MUTATE_DIRECTORY;
    }
  }
  return list;
}

// filesystem-error-code: the code a write of an output stream failed with, as the host's
// streams say theirs.
WRITABLE("filesystem-error-code") uint8_t *mem_filesystem_error_code(wv_obj *err) {
  if (err->kind == WV_MESSAGE && err->pos) {
    RET[0] = 1;
    RET[1] = (uint8_t)(err->pos - 1);
    return RET;
  }
  return filesystem_error_code(err);
}

WRITABLE("[dtor]descriptor") void mem_descriptor_dtor(wv_obj *self) {
  if (self->kind == WV_NODE) {
    wv_mem_release(self->node);
  }
  descriptor_dtor(self);
}

// ---- open-at ----

// open-at on a writable tree: create makes a missing file (not with the directory flag or a
// trailing slash), create + exclusive fails on an existing node with exist, the directory flag
// on a file is not-directory, write access or truncate on a directory is-directory, truncate
// empties a file. Read-only nodes and host descriptors: the plain open-at.
WRITABLE(DESCRIPTOR "open-at")
void *mem_open_at(wv_obj *self, int32_t path_flags, const char *path, uint32_t path_len,
                  int32_t open_flags, int32_t flags) {
  if (!writable(self)) {
    return open_at(self, path_flags, path, path_len, open_flags, flags);
  }
  uint32_t node;
  uint32_t error = wv_resolve(self->node, path, path_len, &node);
  if (error == WV_FS_NO_ENTRY && node != WV_NO_NODE && (open_flags & WV_OF_CREATE) &&
      wv_mem_tree(node)) {
    const char *name;
    uint32_t len;
    wv_last_name(path, path_len, &name, &len);
    if (path[path_len - 1] == '/') {
      return wv_fs_error(WV_AT_4, WV_FS_IS_DIRECTORY);
    }
    if (open_flags & WV_OF_DIRECTORY) {
      return wv_fs_error(WV_AT_4, WV_FS_INVALID);
    }
    wv_mem_make(node, name, len, WV_NODE_FILE, &node);
  } else if (error != WV_FS_OK || !wv_mem_tree(node)) {
    return open_at(self, path_flags, path, path_len, open_flags, flags);
  } else if ((open_flags & (WV_OF_CREATE | WV_OF_EXCLUSIVE)) == (WV_OF_CREATE | WV_OF_EXCLUSIVE)) {
    return wv_fs_error(WV_AT_4, WV_FS_EXIST);
  } else if (is_dir(node)) {
    if ((open_flags & WV_OF_TRUNCATE) || (flags & WV_DF_WRITE)) {
      return wv_fs_error(WV_AT_4, WV_FS_IS_DIRECTORY);
    }
  } else if (open_flags & WV_OF_DIRECTORY) {
    return wv_fs_error(WV_AT_4, WV_FS_NOT_DIRECTORY);
  } else if (open_flags & WV_OF_TRUNCATE) {
    wv_mem_resize(node, 0); // never past the quota
  }
  wv_obj *obj = wv_obj_new(WV_NODE, (int32_t)node);
  obj->flags = (uint32_t)flags;
  wv_mem_hold(node);
  int32_t opened = descriptor_new(obj);
  uint8_t *ret = ok();
  AT(ret, int32_t, 4) = opened;
  return ret;
}

// ---- writing ----

// write: func(buffer: list<u8>, offset: filesize) -> result<filesize, error-code>
WRITABLE(DESCRIPTOR "write") void *mem_descriptor_write(wv_obj *self, i32 ptr, i32 len, i64 offset) {
  if (!writable(self)) {
    return write(self, ptr, len, offset);
  }
  void *error = writable_file(self, WV_AT_8);
  if (error) {
    return error;
  }
  uint32_t code = wv_mem_write(self->node, (const uint8_t *)ptr, (uint32_t)len, (uint64_t)offset);
  if (code != WV_FS_OK) {
    return wv_fs_error(WV_AT_8, code);
  }
  uint8_t *ret = ok();
  AT(ret, uint64_t, 8) = (uint32_t)len;
  return ret;
}

// An output stream into the file from `at` (appending when `append`).
static void *output_stream(wv_obj *self, uint64_t at, uint32_t append) {
  void *error = writable_file(self, WV_AT_4);
  if (error) {
    return error;
  }
  if (at > 0xffffffffu) {
    return wv_fs_error(WV_AT_4, WV_FS_FILE_TOO_LARGE);
  }
  wv_obj *stream = wv_obj_new(WV_MEMOUT, (int32_t)self->node);
  stream->pos = (uint32_t)at;
  stream->len = append;
  wv_mem_hold(self->node);
  int32_t handle = output_stream_new(stream);
  uint8_t *ret = ok();
  AT(ret, int32_t, 4) = handle;
  return ret;
}

WRITABLE(DESCRIPTOR "write-via-stream") void *mem_write_via_stream(wv_obj *self, i64 offset) {
  return writable(self) ? output_stream(self, (uint64_t)offset, 0)
                        : write_via_stream(self, offset);
}

WRITABLE(DESCRIPTOR "append-via-stream") void *mem_append_via_stream(wv_obj *self) {
  return writable(self) ? output_stream(self, 0, 1) : append_via_stream(self);
}

WRITABLE(DESCRIPTOR "set-size") void *mem_set_size(wv_obj *self, i64 size) {
  if (!writable(self)) {
    return set_size(self, size);
  }
  void *error = writable_file(self, WV_AT_1);
  return error ? error : unit(wv_mem_resize(self->node, (uint64_t)size));
}

// No timestamps are kept: setting them succeeds on a writable node.
WRITABLE(DESCRIPTOR "set-times")
void *mem_set_times(wv_obj *self, i32 atime_tag, i64 atime_s, i32 atime_ns, i32 mtime_tag,
                    i64 mtime_s, i32 mtime_ns) {
  return writable(self) ? ok()
                        : set_times(self, atime_tag, atime_s, atime_ns, mtime_tag, mtime_s,
                                    mtime_ns);
}

WRITABLE(DESCRIPTOR "set-times-at")
void *mem_set_times_at(wv_obj *self, i32 path_flags, i32 path, i32 path_len, i32 atime_tag,
                       i64 atime_s, i32 atime_ns, i32 mtime_tag, i64 mtime_s, i32 mtime_ns) {
  if (writable(self)) {
    uint32_t node;
    uint32_t error = wv_resolve(self->node, (const char *)path, (uint32_t)path_len, &node);
    if (error == WV_FS_OK && wv_mem_tree(node)) {
      return ok();
    }
  }
  return set_times_at(self, path_flags, path, path_len, atime_tag, atime_s, atime_ns, mtime_tag,
                      mtime_s, mtime_ns);
}

// ---- the tree ----

// The directory a missing last component of path would go in, with its name: 0, or the error
// result (the path's resolution error, exist for an existing node, read-only for a read-only
// directory).
static void *missing(const wv_obj *self, const char *path, uint32_t len, uint32_t *dir,
                     const char **name, uint32_t *name_len) {
  uint32_t error = wv_resolve(self->node, path, len, dir);
  if (error == WV_FS_OK) {
    return wv_fs_error(WV_AT_1, WV_FS_EXIST);
  }
  if (error != WV_FS_NO_ENTRY || *dir == WV_NO_NODE) {
    return wv_fs_error(WV_AT_1, error);
  }
  if (!wv_mem_tree(*dir)) {
    return wv_fs_error(WV_AT_1, WV_FS_READ_ONLY);
  }
  wv_last_name(path, len, name, name_len);
  return 0;
}

WRITABLE(DESCRIPTOR "create-directory-at")
void *mem_create_directory_at(wv_obj *self, i32 path, i32 path_len) {
  if (!writable(self)) {
    return create_directory_at(self, path, path_len);
  }
  uint32_t dir, len;
  const char *name;
  void *error = missing(self, (const char *)path, (uint32_t)path_len, &dir, &name, &len);
  if (error) {
    return error;
  }
  return unit(wv_mem_make(dir, name, len, WV_NODE_DIR, &dir));
}

// Whether a path's last component is `.` or `..` (or there is none): never a name to remove or
// to give.
static int is_dot(const char *name, uint32_t len) {
  return len == 0 || (name[0] == '.' && (len == 1 || (len == 2 && name[1] == '.')));
}

// The existing node a removal names, into *node: 0, or the error result (its resolution's,
// read-only for a read-only node, busy for a root, invalid for a path ending in `.` or `..`).
static void *existing(const wv_obj *self, const char *path, uint32_t len, uint32_t *node) {
  uint32_t error = wv_resolve(self->node, path, len, node);
  if (error != WV_FS_OK) {
    return wv_fs_error(WV_AT_1, error);
  }
  if (!wv_mem_tree(*node)) {
    return wv_fs_error(WV_AT_1, WV_FS_READ_ONLY);
  }
  const char *name;
  uint32_t name_len;
  wv_last_name(path, len, &name, &name_len);
  if (is_dot(name, name_len)) {
    return wv_fs_error(WV_AT_1, WV_FS_INVALID);
  }
  if (wv_node_at(*node)->parent == *node) {
    return wv_fs_error(WV_AT_1, WV_FS_BUSY);
  }
  return 0;
}

// Removes the file (dir 0: a directory is is-directory) or the empty directory (dir 1: a file is
// not-directory, a directory with children not-empty) a writable descriptor's path names.
static void *remove(const wv_obj *self, i32 path, i32 len, int dir) {
  uint32_t node;
  void *error = existing(self, (const char *)path, (uint32_t)len, &node);
  if (error) {
    return error;
  }
  if (is_dir(node) != dir) {
    return wv_fs_error(WV_AT_1, dir ? WV_FS_NOT_DIRECTORY : WV_FS_IS_DIRECTORY);
  }
  if (dir && wv_node_at(node)->b) {
    return wv_fs_error(WV_AT_1, WV_FS_NOT_EMPTY);
  }
  wv_mem_unlink(node);
  return ok();
}

WRITABLE(DESCRIPTOR "unlink-file-at") void *mem_unlink_file_at(wv_obj *self, i32 path, i32 len) {
  return writable(self) ? remove(self, path, len, 0) : unlink_file_at(self, path, len);
}

WRITABLE(DESCRIPTOR "remove-directory-at")
void *mem_remove_directory_at(wv_obj *self, i32 path, i32 len) {
  return writable(self) ? remove(self, path, len, 1) : remove_directory_at(self, path, len);
}

// Whether node is dir or lies below it.
static int inside(uint32_t node, uint32_t dir) {
  for (;;) {
    if (node == dir) {
      return 1;
    }
    uint32_t parent = wv_node_at(node)->parent;
    if (parent == node) {
      return 0;
    }
    node = parent;
  }
}

// rename-at: within one writable tree (another tree, a read-only or a host directory:
// cross-device). A directory may replace an empty directory only, a file a file only; a
// directory cannot move below itself (invalid).
WRITABLE(DESCRIPTOR "rename-at")
void *mem_rename_at(wv_obj *self, i32 old_path, i32 old_len, wv_obj *new_descriptor, i32 new_path,
                    i32 new_len) {
  if (!writable(self) && !writable(new_descriptor)) {
    return rename_at(self, old_path, old_len, new_descriptor, new_path, new_len);
  }
  if (self->kind != WV_NODE || new_descriptor->kind != WV_NODE) {
    return wv_fs_error(WV_AT_1, WV_FS_CROSS_DEVICE);
  }
  uint32_t from;
  void *error = existing(self, (const char *)old_path, (uint32_t)old_len, &from);
  if (error) {
    return error;
  }
  const char *to_path = (const char *)new_path;
  const char *name;
  uint32_t len;
  wv_last_name(to_path, (uint32_t)new_len, &name, &len);
  if (is_dot(name, len)) {
    return wv_fs_error(WV_AT_1, WV_FS_INVALID);
  }
  uint32_t to;
  uint32_t code = wv_resolve(new_descriptor->node, to_path, (uint32_t)new_len, &to);
  uint32_t dir = to;
  if (code == WV_FS_OK) {
    dir = wv_node_at(to)->parent;
    if (to == from) {
      return ok();
    }
    if (wv_node_at(to)->parent == to) {
      return wv_fs_error(WV_AT_1, WV_FS_BUSY);
    }
  } else if (code != WV_FS_NO_ENTRY || dir == WV_NO_NODE) {
    return wv_fs_error(WV_AT_1, code);
  } else if (!is_dir(from) && to_path[new_len - 1] == '/') {
    return wv_fs_error(WV_AT_1, WV_FS_NOT_DIRECTORY);
  }
  if (wv_mem_tree(dir) != wv_mem_tree(from)) {
    return wv_fs_error(WV_AT_1, wv_mem_tree(dir) ? WV_FS_CROSS_DEVICE : WV_FS_READ_ONLY);
  }
  if (is_dir(from) && inside(dir, from)) {
    return wv_fs_error(WV_AT_1, WV_FS_INVALID);
  }
  if (code == WV_FS_OK) {
    if (!wv_mem_tree(to)) {
      return wv_fs_error(WV_AT_1, WV_FS_READ_ONLY); // a host file in the tree
    }
    if (is_dir(to) != is_dir(from)) {
      return wv_fs_error(WV_AT_1, is_dir(to) ? WV_FS_IS_DIRECTORY : WV_FS_NOT_DIRECTORY);
    }
    if (is_dir(to) && wv_node_at(to)->b) {
      return wv_fs_error(WV_AT_1, WV_FS_NOT_EMPTY);
    }
    wv_mem_unlink(to);
  }
  wv_mem_move(from, dir, name, len);
  return ok();
}

// Links and symlinks: not in a writable tree (as POSIX file systems without them say).
WRITABLE(DESCRIPTOR "link-at")
void *mem_link_at(wv_obj *self, i32 old_path_flags, i32 old_path, i32 old_path_len,
                  wv_obj *new_descriptor, i32 new_path, i32 new_path_len) {
  if (writable(self) || writable(new_descriptor)) {
    return wv_fs_error(WV_AT_1, WV_FS_NOT_PERMITTED);
  }
  return link_at(self, old_path_flags, old_path, old_path_len, new_descriptor, new_path,
                 new_path_len);
}

WRITABLE(DESCRIPTOR "symlink-at")
void *mem_symlink_at(wv_obj *self, i32 old_path, i32 old_path_len, i32 new_path, i32 new_path_len) {
  return writable(self) ? wv_fs_error(WV_AT_1, WV_FS_NOT_PERMITTED)
                        : symlink_at(self, old_path, old_path_len, new_path, new_path_len);
}
