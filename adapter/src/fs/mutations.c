// The wasi:filesystem/types descriptor methods that would change the file system. A
// host descriptor forwards them (the host decides what it allows); the mounted trees are
// read-only, so on a virtual node each fails with read-only, whatever its arguments (the error
// sits at the payload offset of its result type, fs/tree.h). Paths and buffers the caller
// lowered in are released. Linking or renaming between a host and a virtual directory fails
// with cross-device.
#include "fs/host.h"

#define DESCRIPTOR WASI_FILESYSTEM_TYPES "#[method]descriptor."

typedef wv_obj *self_t;

// On a host descriptor: `call`, then `result`; otherwise read-only at `at`.
#define HOST_ONLY(call, result, at)                                                              \
  {                                                                                              \
    if (self->kind != WV_HOST) {                                                                 \
      return wv_fs_error(at, WV_FS_READ_ONLY);                                                   \
    }                                                                                            \
    call;                                                                                        \
    return result;                                                                               \
  }
#define UNIT(call) HOST_ONLY(call, wv_host_done(), WV_AT_1)

// Both descriptors of a two-directory operation must be the host's.
#define BOTH_HOST(other)                                                                         \
  if (self->kind == WV_HOST && (other)->kind != WV_HOST) {                                       \
    return wv_fs_error(WV_AT_1, WV_FS_CROSS_DEVICE);                                             \
  }

// -> result<output-stream, error-code>
EXPORT(DESCRIPTOR "write-via-stream") void *write_via_stream(self_t self, i64 offset)
    HOST_ONLY(host_fs_write_via_stream(self->host, offset, RET), wv_host_output_stream_result(),
              WV_AT_4);
EXPORT(DESCRIPTOR "append-via-stream") void *append_via_stream(self_t self)
    HOST_ONLY(host_fs_append_via_stream(self->host, RET), wv_host_output_stream_result(), WV_AT_4);

// -> result<filesize, error-code>
EXPORT(DESCRIPTOR "write") void *write(self_t self, i32 ptr, i32 len, i64 offset)
    HOST_ONLY(host_fs_write(self->host, ptr, len, offset, RET), wv_host_done(), WV_AT_8);

// -> result<_, error-code>
EXPORT(DESCRIPTOR "set-size") void *set_size(self_t self, i64 size)
    UNIT(host_fs_set_size(self->host, size, RET));
EXPORT(DESCRIPTOR "set-times")
void *set_times(self_t self, i32 atime_tag, i64 atime_s, i32 atime_ns, i32 mtime_tag, i64 mtime_s,
                i32 mtime_ns)
    UNIT(host_fs_set_times(self->host, atime_tag, atime_s, atime_ns, mtime_tag, mtime_s, mtime_ns,
                        RET));
EXPORT(DESCRIPTOR "set-times-at")
void *set_times_at(self_t self, i32 path_flags, i32 path, i32 path_len, i32 atime_tag,
                   i64 atime_s, i32 atime_ns, i32 mtime_tag, i64 mtime_s, i32 mtime_ns)
    UNIT(host_fs_set_times_at(self->host, path_flags, path, path_len, atime_tag, atime_s, atime_ns,
                           mtime_tag, mtime_s, mtime_ns, RET));
EXPORT(DESCRIPTOR "create-directory-at")
void *create_directory_at(self_t self, i32 path, i32 path_len)
    UNIT(host_fs_create_directory_at(self->host, path, path_len, RET));
EXPORT(DESCRIPTOR "link-at")
void *link_at(self_t self, i32 old_path_flags, i32 old_path, i32 old_path_len,
              self_t new_descriptor, i32 new_path, i32 new_path_len) {
  BOTH_HOST(new_descriptor);
  UNIT(host_fs_link_at(self->host, old_path_flags, old_path, old_path_len, new_descriptor->host,
                    new_path, new_path_len, RET));
}
EXPORT(DESCRIPTOR "remove-directory-at")
void *remove_directory_at(self_t self, i32 path, i32 path_len)
    UNIT(host_fs_remove_directory_at(self->host, path, path_len, RET));
EXPORT(DESCRIPTOR "rename-at")
void *rename_at(self_t self, i32 old_path, i32 old_path_len, self_t new_descriptor, i32 new_path,
                i32 new_path_len) {
  BOTH_HOST(new_descriptor);
  UNIT(host_fs_rename_at(self->host, old_path, old_path_len, new_descriptor->host, new_path,
                      new_path_len, RET));
}
EXPORT(DESCRIPTOR "symlink-at")
void *symlink_at(self_t self, i32 old_path, i32 old_path_len, i32 new_path, i32 new_path_len)
    UNIT(host_fs_symlink_at(self->host, old_path, old_path_len, new_path, new_path_len, RET));
EXPORT(DESCRIPTOR "unlink-file-at")
void *unlink_file_at(self_t self, i32 path, i32 path_len)
    UNIT(host_fs_unlink_file_at(self->host, path, path_len, RET));
