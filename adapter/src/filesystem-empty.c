// wasi:filesystem/types and preopens @0.2.12 for an empty file system: no preopened
// directories, so no descriptor or directory-entry-stream can exist and their methods are
// unreachable (they trap). They are all here, with the canonical ABI's core signatures
// (results wider than one core value: a returned pointer; flags, enums and borrows: i32;
// u64: i64; a string: pointer and length; new-timestamp: tag, i64 seconds, i32 nanoseconds),
// so that a world with any subset of them embeds.
#include "abi.h"

#define TYPES WASI_FILESYSTEM_TYPES "#"
#define DESCRIPTOR TYPES "[method]descriptor."
#define UNREACHABLE                                                                              \
  { __builtin_trap(); }

typedef int32_t i32;
typedef int64_t i64;

// get-directories: func() -> list<tuple<descriptor, string>>
EXPORT(WASI_FILESYSTEM_PREOPENS "#get-directories") wv_list *get_directories(void) {
  wv_list *ret = &wv_ret_area.list;
  ret->ptr = 0;
  ret->count = 0;
  return ret;
}

// filesystem-error-code: func(err: borrow<error>) -> option<error-code>
// None: the adapter's errors come from streams, never from a file system.
EXPORT(TYPES "filesystem-error-code") uint8_t *filesystem_error_code(i32 err) {
  wv_ret_area.tag = 0;
  return &wv_ret_area.tag;
}

EXPORT(TYPES "[dtor]descriptor") void descriptor_dtor(i32 self) UNREACHABLE;
EXPORT(TYPES "[dtor]directory-entry-stream") void directory_entry_stream_dtor(i32 self) UNREACHABLE;
EXPORT(TYPES "[method]directory-entry-stream.read-directory-entry")
void *read_directory_entry(i32 self) UNREACHABLE;

EXPORT(DESCRIPTOR "read-via-stream") void *read_via_stream(i32 self, i64 offset) UNREACHABLE;
EXPORT(DESCRIPTOR "write-via-stream") void *write_via_stream(i32 self, i64 offset) UNREACHABLE;
EXPORT(DESCRIPTOR "append-via-stream") void *append_via_stream(i32 self) UNREACHABLE;
EXPORT(DESCRIPTOR "advise") void *advise(i32 self, i64 offset, i64 length, i32 advice) UNREACHABLE;
EXPORT(DESCRIPTOR "sync-data") void *sync_data(i32 self) UNREACHABLE;
EXPORT(DESCRIPTOR "get-flags") void *get_flags(i32 self) UNREACHABLE;
EXPORT(DESCRIPTOR "get-type") void *get_type(i32 self) UNREACHABLE;
EXPORT(DESCRIPTOR "set-size") void *set_size(i32 self, i64 size) UNREACHABLE;
EXPORT(DESCRIPTOR "set-times")
void *set_times(i32 self, i32 atime_tag, i64 atime_s, i32 atime_ns, i32 mtime_tag, i64 mtime_s,
                i32 mtime_ns) UNREACHABLE;
EXPORT(DESCRIPTOR "read") void *read(i32 self, i64 length, i64 offset) UNREACHABLE;
EXPORT(DESCRIPTOR "write") void *write(i32 self, i32 ptr, i32 len, i64 offset) UNREACHABLE;
EXPORT(DESCRIPTOR "read-directory") void *read_directory(i32 self) UNREACHABLE;
EXPORT(DESCRIPTOR "sync") void *sync(i32 self) UNREACHABLE;
EXPORT(DESCRIPTOR "create-directory-at")
void *create_directory_at(i32 self, i32 path, i32 path_len) UNREACHABLE;
EXPORT(DESCRIPTOR "stat") void *stat(i32 self) UNREACHABLE;
EXPORT(DESCRIPTOR "stat-at")
void *stat_at(i32 self, i32 path_flags, i32 path, i32 path_len) UNREACHABLE;
EXPORT(DESCRIPTOR "set-times-at")
void *set_times_at(i32 self, i32 path_flags, i32 path, i32 path_len, i32 atime_tag, i64 atime_s,
                   i32 atime_ns, i32 mtime_tag, i64 mtime_s, i32 mtime_ns) UNREACHABLE;
EXPORT(DESCRIPTOR "link-at")
void *link_at(i32 self, i32 old_path_flags, i32 old_path, i32 old_path_len, i32 new_descriptor,
              i32 new_path, i32 new_path_len) UNREACHABLE;
EXPORT(DESCRIPTOR "open-at")
void *open_at(i32 self, i32 path_flags, i32 path, i32 path_len, i32 open_flags,
              i32 flags) UNREACHABLE;
EXPORT(DESCRIPTOR "readlink-at") void *readlink_at(i32 self, i32 path, i32 path_len) UNREACHABLE;
EXPORT(DESCRIPTOR "remove-directory-at")
void *remove_directory_at(i32 self, i32 path, i32 path_len) UNREACHABLE;
EXPORT(DESCRIPTOR "rename-at")
void *rename_at(i32 self, i32 old_path, i32 old_path_len, i32 new_descriptor, i32 new_path,
                i32 new_path_len) UNREACHABLE;
EXPORT(DESCRIPTOR "symlink-at")
void *symlink_at(i32 self, i32 old_path, i32 old_path_len, i32 new_path,
                 i32 new_path_len) UNREACHABLE;
EXPORT(DESCRIPTOR "unlink-file-at")
void *unlink_file_at(i32 self, i32 path, i32 path_len) UNREACHABLE;
EXPORT(DESCRIPTOR "is-same-object") i32 is_same_object(i32 self, i32 other) UNREACHABLE;
EXPORT(DESCRIPTOR "metadata-hash") void *metadata_hash(i32 self) UNREACHABLE;
EXPORT(DESCRIPTOR "metadata-hash-at")
void *metadata_hash_at(i32 self, i32 path_flags, i32 path, i32 path_len) UNREACHABLE;
