// The wasi:filesystem@0.3.0 descriptor methods whose core signature is 0.2's but whose results
// are laid out differently: each calls the 0.2 export and rewrites its result in the return area.
// Exported as `[0.3]` + the 0.2 name; the generator serves them under their 0.3 names
// (src/virt/p3-adapter-module.ts) and never at 0.2.
//
// What 0.3 changed: error-code and descriptor-type are variants (a u8 case, then an
// option<string> payload for `other`: 16 bytes, align 4), no longer u8 enums; error-code lost
// would-block (0.2's index 1), descriptor-type lost unknown (0.2's index 0). So a result<T,
// error-code> holds its payload at 4 at least (1 at 0.2 for unit, flags and descriptor-type), and
// descriptor-stat's type takes 16 bytes (its other fields move 8 bytes on: 104 bytes, align 8).
// instant {s64, u32} is laid out as datetime {u64, u32}. Only the read-only mounted trees are
// served at 0.3 (no host descriptors, no writable trees: src/virt/p3-plan.ts).
#include "fs/memory.h"
#include "runtime/futures.h"
#include "runtime/pump.h"

#define P3_DESCRIPTOR "[0.3]" WASI_FILESYSTEM_TYPES "#[method]descriptor."

// The plain exports of fs/descriptors.c rewritten here.
void *get_flags(wv_obj *self);
void *get_type(wv_obj *self);
void *stat(wv_obj *self);
void *stat_at(wv_obj *self, int32_t path_flags, const char *path, uint32_t path_len);
void *metadata_hash(wv_obj *self);
void *metadata_hash_at(wv_obj *self, int32_t path_flags, const char *path, uint32_t path_len);
void *readlink_at(wv_obj *self, const char *path, uint32_t len);
void *advise(wv_obj *self, uint64_t offset, uint64_t len, int32_t a);
void *sync_data(wv_obj *self);
void *sync(wv_obj *self);

_Static_assert(sizeof(wv_ret_area) >= 8 + 104, "return area size");

// A 0.2 result<T, error-code> (the error at `from`) as 0.3's (the error-code variant at `to`),
// when it is an error: the case renumbered, `other`'s payload none. The ok payload is the
// caller's to move.
static uint8_t *p3_result(void *result, uint32_t from, uint32_t to) {
  uint8_t *ret = result;
  if (ret[0] == 1) {
    uint8_t code = ret[from];
    ret[to] = code > 1 ? code - 1 : code; // would-block (1) is never the adapter's
    ret[to + 4] = 0;
  }
  return ret;
}

// An ok result's u8 payload at 1 (0.2) moved to 4 (0.3), after `convert`.
static uint8_t *p3_byte_at_4(void *result, uint8_t (*convert)(uint8_t)) {
  uint8_t *ret = p3_result(result, WV_AT_1, WV_AT_4);
  if (ret[0] == 0) {
    ret[4] = convert(ret[1]);
  }
  return ret;
}

static uint8_t same(uint8_t flags) { return flags; }
static uint8_t p3_type(uint8_t type) { return type - 1; } // the adapter's types are never unknown

// result<descriptor-stat, error-code>: the stat at 8 in both; from the link count on, its fields
// move 8 bytes on (copied from the end), and the type becomes a variant.
static uint8_t *p3_stat(void *result) {
  uint8_t *ret = p3_result(result, WV_AT_8, WV_AT_8);
  if (ret[0] == 0) {
    uint8_t *stat = ret + WV_AT_8;
    for (uint32_t i = 96; i-- > 8;) {
      stat[i + 8] = stat[i];
    }
    stat[0] = p3_type(stat[0]);
  }
  return ret;
}

EXPORT(P3_DESCRIPTOR "get-flags") void *p3_get_flags(wv_obj *self) {
  return p3_byte_at_4(get_flags(self), same);
}
EXPORT(P3_DESCRIPTOR "get-type") void *p3_get_type(wv_obj *self) {
  return p3_byte_at_4(get_type(self), p3_type);
}
EXPORT(P3_DESCRIPTOR "stat") void *p3_stat_self(wv_obj *self) { return p3_stat(stat(self)); }
EXPORT(P3_DESCRIPTOR "stat-at")
void *p3_stat_at(wv_obj *self, int32_t path_flags, const char *path, uint32_t path_len) {
  return p3_stat(stat_at(self, path_flags, path, path_len));
}
EXPORT(P3_DESCRIPTOR "metadata-hash") void *p3_metadata_hash(wv_obj *self) {
  return p3_result(metadata_hash(self), WV_AT_8, WV_AT_8);
}
EXPORT(P3_DESCRIPTOR "metadata-hash-at")
void *p3_metadata_hash_at(wv_obj *self, int32_t path_flags, const char *path, uint32_t path_len) {
  return p3_result(metadata_hash_at(self, path_flags, path, path_len), WV_AT_8, WV_AT_8);
}
EXPORT(P3_DESCRIPTOR "open-at")
void *p3_open_at(wv_obj *self, int32_t path_flags, const char *path, uint32_t path_len,
                 int32_t open_flags, int32_t flags) {
  return p3_result(open_at(self, path_flags, path, path_len, open_flags, flags), WV_AT_4, WV_AT_4);
}
EXPORT(P3_DESCRIPTOR "readlink-at")
void *p3_readlink_at(wv_obj *self, const char *path, uint32_t len) {
  return p3_result(readlink_at(self, path, len), WV_AT_4, WV_AT_4);
}

// -> result<_, error-code>: the error at 1 (0.2), at 4 (0.3).
#define UNIT(call) return p3_result(call, WV_AT_1, WV_AT_4)

EXPORT(P3_DESCRIPTOR "advise")
void *p3_advise(wv_obj *self, uint64_t offset, uint64_t len, int32_t a) {
  UNIT(advise(self, offset, len, a));
}
EXPORT(P3_DESCRIPTOR "sync-data") void *p3_sync_data(wv_obj *self) { UNIT(sync_data(self)); }
EXPORT(P3_DESCRIPTOR "sync") void *p3_sync(wv_obj *self) { UNIT(sync(self)); }
EXPORT(P3_DESCRIPTOR "set-size") void *p3_set_size(wv_obj *self, i64 size) {
  UNIT(set_size(self, size));
}
EXPORT(P3_DESCRIPTOR "set-times")
void *p3_set_times(wv_obj *self, i32 atime_tag, i64 atime_s, i32 atime_ns, i32 mtime_tag,
                   i64 mtime_s, i32 mtime_ns) {
  UNIT(set_times(self, atime_tag, atime_s, atime_ns, mtime_tag, mtime_s, mtime_ns));
}
EXPORT(P3_DESCRIPTOR "set-times-at")
void *p3_set_times_at(wv_obj *self, i32 path_flags, i32 path, i32 path_len, i32 atime_tag,
                      i64 atime_s, i32 atime_ns, i32 mtime_tag, i64 mtime_s, i32 mtime_ns) {
  UNIT(set_times_at(self, path_flags, path, path_len, atime_tag, atime_s, atime_ns, mtime_tag,
                    mtime_s, mtime_ns));
}
EXPORT(P3_DESCRIPTOR "create-directory-at")
void *p3_create_directory_at(wv_obj *self, i32 path, i32 path_len) {
  UNIT(create_directory_at(self, path, path_len));
}
EXPORT(P3_DESCRIPTOR "link-at")
void *p3_link_at(wv_obj *self, i32 old_path_flags, i32 old_path, i32 old_path_len,
                 wv_obj *new_descriptor, i32 new_path, i32 new_path_len) {
  UNIT(link_at(self, old_path_flags, old_path, old_path_len, new_descriptor, new_path,
               new_path_len));
}
EXPORT(P3_DESCRIPTOR "remove-directory-at")
void *p3_remove_directory_at(wv_obj *self, i32 path, i32 path_len) {
  UNIT(remove_directory_at(self, path, path_len));
}
EXPORT(P3_DESCRIPTOR "rename-at")
void *p3_rename_at(wv_obj *self, i32 old_path, i32 old_path_len, wv_obj *new_descriptor,
                   i32 new_path, i32 new_path_len) {
  UNIT(rename_at(self, old_path, old_path_len, new_descriptor, new_path, new_path_len));
}
EXPORT(P3_DESCRIPTOR "symlink-at")
void *p3_symlink_at(wv_obj *self, i32 old_path, i32 old_path_len, i32 new_path, i32 new_path_len) {
  UNIT(symlink_at(self, old_path, old_path_len, new_path, new_path_len));
}
EXPORT(P3_DESCRIPTOR "unlink-file-at")
void *p3_unlink_file_at(wv_obj *self, i32 path, i32 path_len) {
  UNIT(unlink_file_at(self, path, path_len));
}

// ---- streams: a file's contents and a directory's entries ----
//
// read-via-stream and read-directory return a stream and a future. The stream comes from the
// adapter's pump (src/virt/wrap/async-pump.ts): `feed` takes the items (lowered into the pump)
// and writes them into a stream after this call has returned, as the app reads. The future is
// written here without waiting (runtime/futures.h). An error is an empty stream and the error in
// the future, as the WIT says of a read that fails.

#define FUTURE_BUILTIN(fn, builtin)                                                                \
  IMPORT(EXPORTED(WASI_FILESYSTEM_TYPES), "[" builtin "][method]descriptor." fn)
FUTURE_BUILTIN("read-via-stream", "future-new-1") uint64_t read_future_new(void);
FUTURE_BUILTIN("read-via-stream", "future-write-1")
uint32_t read_future_write(uint32_t writable, const void *value);
FUTURE_BUILTIN("read-directory", "future-new-1") uint64_t entries_future_new(void);
FUTURE_BUILTIN("read-directory", "future-write-1")
uint32_t entries_future_write(uint32_t writable, const void *value);

// result<_, error-code> at 0.3: a discriminant byte, the error-code variant at 4 (its case,
// then `other`'s option<string> at 8, none here): 20 bytes, align 4.
typedef struct {
  _Alignas(4) uint8_t bytes[20];
} p3_unit_result;
#define P3_ERR(code) {{1, 0, 0, 0, (code) - 1}} // 0.3 dropped would-block (1): later codes move down
static const p3_unit_result P3_OK = {{0}};
static const p3_unit_result P3_IS_DIRECTORY = P3_ERR(WV_FS_IS_DIRECTORY);
static const p3_unit_result P3_BAD_DESCRIPTOR = P3_ERR(WV_FS_BAD_DESCRIPTOR);
static const p3_unit_result P3_NOT_DIRECTORY = P3_ERR(WV_FS_NOT_DIRECTORY);

// tuple<stream<T>, future<result<_, error-code>>>: two handles.
static uint32_t stream_and_future[2];

static uint32_t *with_future(uint64_t (*new)(void), uint32_t (*write)(uint32_t, const void *),
                             const p3_unit_result *result) {
  stream_and_future[1] = wv_future_holding(new, write, result);
  wv_release();
  return stream_and_future;
}

// read-via-stream: func(offset: filesize) -> tuple<stream<u8>, future<result<_, error-code>>>
// The file's bytes from `offset` (none past its end).
EXPORT(P3_DESCRIPTOR "read-via-stream") uint32_t *p3_read_via_stream(wv_obj *self, uint64_t offset) {
  const wv_node *file = wv_node_at(self->node);
  const p3_unit_result *result = file->kind == WV_NODE_DIR      ? &P3_IS_DIRECTORY
                                 : !(self->flags & WV_DF_READ) ? &P3_BAD_DESCRIPTOR
                                                               : &P3_OK;
  uint32_t at = result == &P3_OK && offset < file->b ? (uint32_t)offset : file->b;
  uint32_t count = result == &P3_OK ? file->b - at : 0;
  WV_PUMPED(wv_pump_feed(count ? wv_file_span(file, at, count) : 0, count, &stream_and_future[0]));
  return with_future(read_future_new, read_future_write, result);
}

// directory-entry at 0.3: {type: descriptor-type (a variant: its case, then `other`'s
// option<string> at 4), name: string at 16}: 24 bytes, align 4.
typedef struct {
  uint8_t type;
  uint8_t other[15];
  wv_str name;
} p3_entry;
_Static_assert(sizeof(p3_entry) == 24, "directory-entry layout");

// read-directory: func() -> tuple<stream<directory-entry>, future<result<_, error-code>>>
// The directory's entries in the tree's order.
EXPORT(P3_DESCRIPTOR "read-directory") uint32_t *p3_read_directory(wv_obj *self) {
  const wv_node *dir = wv_node_at(self->node);
  if (dir->kind != WV_NODE_DIR) {
    WV_PUMPED(wv_pump_feed_entries(0, 0, &stream_and_future[0]));
    return with_future(entries_future_new, entries_future_write, &P3_NOT_DIRECTORY);
  }
  p3_entry *entries = wv_alloc(_Alignof(p3_entry), dir->b * sizeof(p3_entry));
  for (uint32_t i = 0; i < dir->b; i++) {
    const wv_node *entry = wv_node_at(((const uint32_t *)dir->a)[i]);
    entries[i] = (p3_entry){.type = p3_type(wv_node_type(entry)), .name = entry->name};
  }
  WV_PUMPED(wv_pump_feed_entries(entries, dir->b, &stream_and_future[0]));
  return with_future(entries_future_new, entries_future_write, &P3_OK);
}

// write-via-stream: func(data: stream<u8>, offset: filesize) -> future<result<_, error-code>>,
// append-via-stream: func(data: stream<u8>) -> future<result<_, error-code>>. The mounted trees
// are read-only and no descriptor of theirs can write: the app's stream is dropped at once (its
// writes fail) and the future holds err(bad-descriptor), as a write on a descriptor opened
// without write access answers at 0.2.
#define WRITER(fn, prefix)                                                                         \
  FUTURE_BUILTIN(fn, "stream-drop-readable-0") void prefix##_drop_readable(uint32_t readable);     \
  FUTURE_BUILTIN(fn, "future-new-1") uint64_t prefix##_future_new(void);                          \
  FUTURE_BUILTIN(fn, "future-write-1") uint32_t prefix##_future_write(uint32_t, const void *);    \
  static uint32_t prefix##_refused(uint32_t data) {                                                \
    prefix##_drop_readable(data);                                                                  \
    return with_future(prefix##_future_new, prefix##_future_write, &P3_BAD_DESCRIPTOR)[1];        \
  }
WRITER("write-via-stream", write)
WRITER("append-via-stream", append)

EXPORT(P3_DESCRIPTOR "write-via-stream")
uint32_t p3_write_via_stream(wv_obj *self, uint32_t data, uint64_t offset) {
  return write_refused(data);
}
EXPORT(P3_DESCRIPTOR "append-via-stream") uint32_t p3_append_via_stream(wv_obj *self, uint32_t data) {
  return append_refused(data);
}
