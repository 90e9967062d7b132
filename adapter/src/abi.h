// Shared definitions for the virtual adapter: export/import attributes and the memory layouts
// of the canonical ABI values the adapter passes around (wasm32: pointers are 32 bits, so a
// `{ptr, len}` struct is exactly the canonical ABI's string and list representation).
#ifndef WASI_VIRT_ABI_H
#define WASI_VIRT_ABI_H

#include <stddef.h>
#include <stdint.h>

#define EXPORT(name) __attribute__((export_name(name)))
#define IMPORT(module, name) __attribute__((import_module(module), import_name(name)))

#define WASI_CLI_ENVIRONMENT "wasi:cli/environment@0.2.12"
#define WASI_CONFIG_STORE "wasi:config/store@0.2.0-draft"

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

// The return area of every export whose results do not fit in one core value (the canonical
// ABI's MAX_FLAT_RESULTS is 1): the callee returns a pointer to it and the caller lifts the
// value out before making another call, so one static area serves all exports. Host imports
// with such results write into it too (their lowered signatures take it as the last argument).
typedef union {
  wv_list list;
  wv_tagged_str option;
  wv_result result;
} wv_ret;

extern wv_ret wv_ret_area;

// Bump allocation from the adapter's heap (alloc.c). Traps when memory cannot grow.
void *wv_alloc(size_t align, size_t size);

#endif
