// The wasi:filesystem/types @0.2.12 descriptor methods that would change the file system: the
// mounted trees are read-only, so each fails with read-only, whatever its arguments (the error
// sits at the payload offset of its result type, fs-tree.h). Paths and buffers the caller
// lowered in are released.
#include "fs-tree.h"
#include "handles.h"

#define DESCRIPTOR WASI_FILESYSTEM_TYPES "#[method]descriptor."
#define READ_ONLY(at)                                                                            \
  { return wv_fs_error(at, WV_FS_READ_ONLY); }

typedef int32_t i32;
typedef int64_t i64;
typedef wv_obj *self_t;

// -> result<output-stream, error-code>
EXPORT(DESCRIPTOR "write-via-stream") void *write_via_stream(self_t self, i64 offset)
    READ_ONLY(WV_AT_4);
EXPORT(DESCRIPTOR "append-via-stream") void *append_via_stream(self_t self) READ_ONLY(WV_AT_4);

// -> result<filesize, error-code>
EXPORT(DESCRIPTOR "write") void *write(self_t self, i32 ptr, i32 len, i64 offset)
    READ_ONLY(WV_AT_8);

// -> result<_, error-code>
EXPORT(DESCRIPTOR "set-size") void *set_size(self_t self, i64 size) READ_ONLY(WV_AT_1);
EXPORT(DESCRIPTOR "set-times")
void *set_times(self_t self, i32 atime_tag, i64 atime_s, i32 atime_ns, i32 mtime_tag, i64 mtime_s,
                i32 mtime_ns) READ_ONLY(WV_AT_1);
EXPORT(DESCRIPTOR "set-times-at")
void *set_times_at(self_t self, i32 path_flags, i32 path, i32 path_len, i32 atime_tag,
                   i64 atime_s, i32 atime_ns, i32 mtime_tag, i64 mtime_s, i32 mtime_ns)
    READ_ONLY(WV_AT_1);
EXPORT(DESCRIPTOR "create-directory-at")
void *create_directory_at(self_t self, i32 path, i32 path_len) READ_ONLY(WV_AT_1);
EXPORT(DESCRIPTOR "link-at")
void *link_at(self_t self, i32 old_path_flags, i32 old_path, i32 old_path_len,
              self_t new_descriptor, i32 new_path, i32 new_path_len) READ_ONLY(WV_AT_1);
EXPORT(DESCRIPTOR "remove-directory-at")
void *remove_directory_at(self_t self, i32 path, i32 path_len) READ_ONLY(WV_AT_1);
EXPORT(DESCRIPTOR "rename-at")
void *rename_at(self_t self, i32 old_path, i32 old_path_len, self_t new_descriptor, i32 new_path,
                i32 new_path_len) READ_ONLY(WV_AT_1);
EXPORT(DESCRIPTOR "symlink-at")
void *symlink_at(self_t self, i32 old_path, i32 old_path_len, i32 new_path, i32 new_path_len)
    READ_ONLY(WV_AT_1);
EXPORT(DESCRIPTOR "unlink-file-at")
void *unlink_file_at(self_t self, i32 path, i32 path_len) READ_ONLY(WV_AT_1);
