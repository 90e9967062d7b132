// Shared definitions for the virtual adapter: export/import attributes and the memory layouts
// of the canonical ABI values the adapter passes around (wasm32: pointers are 32 bits, so a
// `{ptr, len}` struct is exactly the canonical ABI's string and list representation).
#ifndef WASI_VIRT_ABI_H
#define WASI_VIRT_ABI_H

#include <stddef.h>
#include <stdint.h>

#include "runtime/wasi.h"

#define EXPORT(name) __attribute__((export_name(name)))
#define IMPORT(module, name) __attribute__((import_module(module), import_name(name)))

// The adapter's own resources: their constructors come from `[export]<interface>`.
#define EXPORTED(iface) "[export]" iface

// A helper whose flag argument chooses between host functions (blocking or not): inlined into
// each caller, so the flag folds and each export's code calls only its own host function. The
// generator cuts host imports down to what the kept exports' code can reach.
#define PER_CALLER static inline __attribute__((always_inline))

// Core values of lowered signatures: a handle, a flags or enum value, a bool is an i32; u64 is
// i64; a result wider than one core value is written through a pointer into the return area.
typedef int32_t i32;
typedef int64_t i64;
typedef uint8_t *ret_t;

// string: UTF-8 bytes, not NUL-terminated.
typedef struct {
  const char *ptr;
  uint32_t len;
} wv_str;

// tuple<string, string>: 16 bytes, align 4.
typedef struct {
  wv_str key;
  wv_str value;
} wv_pair;

// list<T>: {ptr, count}.
typedef struct {
  const void *ptr;
  uint32_t count;
} wv_list;

// option<string> (tag 1 = some) and the wasi:config/store error variant (tag 0 = upstream,
// 1 = io) share this shape: u8 tag, string payload at offset 4. 12 bytes, align 4.
typedef struct {
  uint8_t tag;
  wv_str str;
} wv_tagged_str;

// result<T, error> with T one of option<string> or list<...>: u8 tag (1 = err) at 0,
// payload at 4. 16 bytes, align 4.
typedef struct {
  uint8_t is_err;
  union {
    wv_tagged_str tagged; // ok(option<string>) or err(error)
    wv_list list;         // ok(list<...>)
  } u;
} wv_result;

// variant stream-error { last-operation-failed(own<error>), closed }: u8 tag at 0 (0 = failed,
// 1 = closed), the error handle at 4. 8 bytes, align 4.
typedef struct {
  uint8_t tag;
  int32_t error;
} wv_stream_error;

enum { WV_STREAM_FAILED = 0, WV_STREAM_CLOSED = 1 };

// result<list<u8>, stream-error>: 12 bytes, payload at 4.
typedef struct {
  uint8_t is_err;
  union {
    wv_list ok;
    wv_stream_error err;
  } u;
} wv_result_list;

// result<u64, stream-error>: 16 bytes, payload at 8.
typedef struct {
  uint8_t is_err;
  union {
    uint64_t ok;
    wv_stream_error err;
  } u;
} wv_result_u64;

// result<_, stream-error>: 12 bytes, error at 4.
typedef struct {
  uint8_t is_err;
  wv_stream_error err;
} wv_result_unit;

// option<own<T>>: u8 tag (1 = some) at 0, the handle at 4. 8 bytes, align 4.
typedef struct {
  uint8_t is_some;
  int32_t handle;
} wv_option_handle;

_Static_assert(sizeof(wv_stream_error) == 8 && offsetof(wv_stream_error, error) == 4,
               "stream-error layout");
_Static_assert(sizeof(wv_result_list) == 12 && offsetof(wv_result_list, u) == 4,
               "result<list<u8>, stream-error> layout");
_Static_assert(sizeof(wv_result_u64) == 16 && offsetof(wv_result_u64, u) == 8,
               "result<u64, stream-error> layout");
_Static_assert(sizeof(wv_result_unit) == 12 && offsetof(wv_result_unit, err) == 4,
               "result<_, stream-error> layout");
_Static_assert(sizeof(wv_option_handle) == 8 && offsetof(wv_option_handle, handle) == 4,
               "option<own<T>> layout");

// The return area of every export whose results do not fit in one core value (the canonical
// ABI's MAX_FLAT_RESULTS is 1): the callee returns a pointer to it and the caller lifts the
// value out before making another call, so one static area serves all exports. Host imports
// with such results write into it too (their lowered signatures take it as the last argument).
typedef union {
  wv_list list;
  wv_str str;
  wv_tagged_str option;
  wv_result result;
  wv_result_list result_list;
  wv_result_u64 result_u64;
  wv_result_unit result_unit;
  wv_option_handle option_handle;
  uint8_t tag; // option<enum>: 0 = none
  // A wasi:filesystem result<T, error-code> (fs/tree.h); the largest is 0.3's
  // result<descriptor-stat, error-code> (fs/p3.c), 112 bytes, align 8.
  uint64_t fs_result[14];
} wv_ret;

extern wv_ret wv_ret_area;

// The adapter's heap (runtime/alloc.c): a bump allocator with a floor. Everything above the floor
// is transient: lists and strings the caller lowers into the adapter (parameters), the host lowers
// into it (import results), or the adapter returns. wv_release() drops all of it; the exports that
// allocate call it just before they return: the caller lifts the results before anything else can
// run in this instance, so returned bytes stay intact until then. Memory that must outlive the call
// comes from wv_keep, which raises the floor. Both trap when memory cannot grow.
void *wv_alloc(size_t align, size_t size);
void *wv_keep(size_t align, size_t size);
void wv_release(void);

#endif
