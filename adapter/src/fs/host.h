// The host's wasi:filesystem/types and preopens, as the adapter reaches them: the host
// functions it forwards descriptor methods to (every one, so host descriptors do everything the
// host lets them, writes included), and helpers that wrap what comes back.
//
// Lowered import signatures: a borrowed or owned handle is the host's i32; filesize is i64;
// flags and enums are i32; a string or list<u8> is pointer and length; new-timestamp is
// (tag, seconds, nanoseconds); every result is written through the last argument into the
// shared return area.
#ifndef WASI_VIRT_FS_HOST_H
#define WASI_VIRT_FS_HOST_H

#include "fs/tree.h"
#include "runtime/handles.h"

// The adapter's own descriptors and directory-entry streams, as handles of its export.
IMPORT(EXPORTED(WASI_FILESYSTEM_TYPES), "[resource-new]descriptor")
int32_t descriptor_new(wv_obj *rep);
IMPORT(EXPORTED(WASI_FILESYSTEM_TYPES), "[resource-new]directory-entry-stream")
int32_t directory_entry_stream_new(wv_obj *rep);

#define HOST_FS WASI_FILESYSTEM_TYPES
#define HOST_DESC "[method]descriptor."

IMPORT(HOST_FS, HOST_DESC "read-via-stream") void host_fs_read_via_stream(i32, i64, ret_t);
IMPORT(HOST_FS, HOST_DESC "write-via-stream") void host_fs_write_via_stream(i32, i64, ret_t);
IMPORT(HOST_FS, HOST_DESC "append-via-stream") void host_fs_append_via_stream(i32, ret_t);
IMPORT(HOST_FS, HOST_DESC "advise") void host_fs_advise(i32, i64, i64, i32, ret_t);
IMPORT(HOST_FS, HOST_DESC "sync-data") void host_fs_sync_data(i32, ret_t);
IMPORT(HOST_FS, HOST_DESC "get-flags") void host_fs_get_flags(i32, ret_t);
IMPORT(HOST_FS, HOST_DESC "get-type") void host_fs_get_type(i32, ret_t);
IMPORT(HOST_FS, HOST_DESC "set-size") void host_fs_set_size(i32, i64, ret_t);
IMPORT(HOST_FS, HOST_DESC "set-times")
void host_fs_set_times(i32, i32, i64, i32, i32, i64, i32, ret_t);
IMPORT(HOST_FS, HOST_DESC "read") void host_fs_read(i32, i64, i64, ret_t);
IMPORT(HOST_FS, HOST_DESC "write") void host_fs_write(i32, i32, i32, i64, ret_t);
IMPORT(HOST_FS, HOST_DESC "read-directory") void host_fs_read_directory(i32, ret_t);
IMPORT(HOST_FS, HOST_DESC "sync") void host_fs_sync(i32, ret_t);
IMPORT(HOST_FS, HOST_DESC "create-directory-at") void host_fs_create_directory_at(i32, i32, i32, ret_t);
IMPORT(HOST_FS, HOST_DESC "stat") void host_fs_stat(i32, ret_t);
IMPORT(HOST_FS, HOST_DESC "stat-at") void host_fs_stat_at(i32, i32, const char *, uint32_t, ret_t);
IMPORT(HOST_FS, HOST_DESC "set-times-at")
void host_fs_set_times_at(i32, i32, i32, i32, i32, i64, i32, i32, i64, i32, ret_t);
IMPORT(HOST_FS, HOST_DESC "link-at") void host_fs_link_at(i32, i32, i32, i32, i32, i32, i32, ret_t);
IMPORT(HOST_FS, HOST_DESC "open-at")
void host_fs_open_at(i32, i32, const char *, uint32_t, i32, i32, ret_t);
IMPORT(HOST_FS, HOST_DESC "readlink-at") void host_fs_readlink_at(i32, const char *, uint32_t, ret_t);
IMPORT(HOST_FS, HOST_DESC "remove-directory-at") void host_fs_remove_directory_at(i32, i32, i32, ret_t);
IMPORT(HOST_FS, HOST_DESC "rename-at") void host_fs_rename_at(i32, i32, i32, i32, i32, i32, ret_t);
IMPORT(HOST_FS, HOST_DESC "symlink-at") void host_fs_symlink_at(i32, i32, i32, i32, i32, ret_t);
IMPORT(HOST_FS, HOST_DESC "unlink-file-at") void host_fs_unlink_file_at(i32, i32, i32, ret_t);
IMPORT(HOST_FS, HOST_DESC "is-same-object") i32 host_fs_is_same_object(i32, i32);
IMPORT(HOST_FS, HOST_DESC "metadata-hash") void host_fs_metadata_hash(i32, ret_t);
IMPORT(HOST_FS, HOST_DESC "metadata-hash-at")
void host_fs_metadata_hash_at(i32, i32, const char *, uint32_t, ret_t);
IMPORT(HOST_FS, "[method]directory-entry-stream.read-directory-entry")
void host_fs_read_directory_entry(i32, ret_t);
IMPORT(HOST_FS, "filesystem-error-code") void host_fs_filesystem_error_code(i32, ret_t);
IMPORT(HOST_FS, "[resource-drop]descriptor") void host_fs_descriptor_drop(i32);
IMPORT(HOST_FS, "[resource-drop]directory-entry-stream") void host_fs_entries_drop(i32);

// The same for a result<own<T>, error-code> whose T is a host resource the adapter wraps: on
// success the host handle at offset 4 becomes one of the adapter's.
void *wv_host_descriptor_result(void);
void *wv_host_input_stream_result(void);
void *wv_host_output_stream_result(void);
void *wv_host_entries_result(void);

// A runtime host file node (WV_NODE_HOST_FILE) reached by a path: open-at, stat-at,
// metadata-hash-at or readlink-at (op) forwarded to the host preopen that holds its host path
// (no-entry when none does). open_flags and flags matter to open-at only.
enum { WV_HOST_OPEN, WV_HOST_STAT, WV_HOST_HASH, WV_HOST_READLINK };
void *wv_host_node(const wv_node *node, uint32_t op, i32 path_flags, i32 open_flags, i32 flags);

// The host descriptor for a runtime host directory (WV_NODE_HOST_DIR), opened with the
// flags of the host preopen that holds it, or -1 when it cannot be opened.
i32 wv_host_open_dir(const wv_node *node);

// The host's own preopens, freshly got (each an own host handle), for --allow-fs.
wv_list wv_host_preopens(void);

#endif
