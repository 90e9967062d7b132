// The vocabulary of the `[forward]` exports (sockets/host.c, http/host.c): a WASI function
// passed through to the host while the adapter owns wasi:io. Each macro declares the host's
// import `IFACE` `FN` (host_`ID`) and defines the adapter's export `[forward]IFACE#FN` (`ID`),
// which the generator exports as `IFACE#FN` when the plan forwards the function, in place of
// the denied one or a generated trap (src/virt/specialize-adapter.ts).
//
// The export passes its core arguments on as they came, with the self handle (a struct of kind
// WV_HOST) swapped for the host's, and returns the host's result from the shared return area;
// a result that holds a handle is wrapped as the adapter's first (WV_WRAP_AT). Lowered
// signatures: a handle is an i32, u64 is i64, a string or list is pointer and length, and a
// result wider than one core value is written through the last argument (ret_t).
#ifndef WASI_VIRT_FORWARD_H
#define WASI_VIRT_FORWARD_H

#include "runtime/handles.h"

// Several parameters (types, declarations, arguments) as one macro argument: P(i32, i64).
#define P(...) __VA_ARGS__

// The name of a resource's method: METHOD("fields", "get") is "[method]fields.get".
#define METHOD(RES, NAME) "[method]" RES "." NAME

#define FORWARD_EXPORT(IFACE, FN) EXPORT("[forward]" IFACE "#" FN)

// A function's `[checked]` variant: forwarded too, with the checks of the policy's access
// patterns before the host is called (--allow-sockets). The generator exports it in place of
// the `[forward]` one only when the policy has patterns for its interface, so that forwarding
// without them carries no checking code (src/virt/adapter-exports.ts).
#define CHECKED_EXPORT(IFACE, FN) EXPORT("[checked]" IFACE "#" FN)

// FORWARD_EXPORT and CHECKED_EXPORT of one function, `ID` and `ID`_checked, calling IMPL (a
// PER_CALLER function whose first parameter says whether to check) with ARGS.
#define FORWARD_AND_CHECKED(IFACE, FN, ID, RESULT, PARAMS, IMPL, ARGS)                             \
  FORWARD_EXPORT(IFACE, FN) RESULT ID(PARAMS) { return IMPL(0, ARGS); }                            \
  CHECKED_EXPORT(IFACE, FN) RESULT ID##_checked(PARAMS) { return IMPL(1, ARGS); }

// FN takes self only; its result (no handles) is in the return area.
#define FORWARD_RET(IFACE, FN, ID)                                                                 \
  IMPORT(IFACE, FN) void host_##ID(i32, ret_t);                                                    \
  FORWARD_EXPORT(IFACE, FN) void *ID(wv_obj *self) {                                               \
    host_##ID(self->host, RET);                                                                    \
    return wv_host_done();                                                                         \
  }

// FN takes more than self (TYPES, PARAMS and ARGS: the further core parameters' types, their
// declarations and their names); its result (no handles) is in the return area.
#define FORWARD_RET_ARGS(IFACE, FN, ID, TYPES, PARAMS, ARGS)                                       \
  IMPORT(IFACE, FN) void host_##ID(i32, TYPES, ret_t);                                             \
  FORWARD_EXPORT(IFACE, FN) void *ID(wv_obj *self, PARAMS) {                                       \
    host_##ID(self->host, ARGS, RET);                                                              \
    return wv_host_done();                                                                         \
  }

// FN takes self only; its result is one core value that holds no handle.
#define FORWARD_VALUE(IFACE, FN, ID)                                                               \
  IMPORT(IFACE, FN) i32 host_##ID(i32);                                                            \
  FORWARD_EXPORT(IFACE, FN) i32 ID(wv_obj *self) { return host_##ID(self->host); }

// FN takes more than self; its result is one core value that holds no handle (a plain
// `result`, a bool). Any string it takes was lowered into the adapter's heap, released after.
#define FORWARD_VALUE_ARGS(IFACE, FN, ID, TYPES, PARAMS, ARGS)                                     \
  IMPORT(IFACE, FN) i32 host_##ID(i32, TYPES);                                                     \
  FORWARD_EXPORT(IFACE, FN) i32 ID(wv_obj *self, PARAMS) {                                         \
    i32 result = host_##ID(self->host, ARGS);                                                      \
    wv_release();                                                                                  \
    return result;                                                                                 \
  }

// FN takes self only and returns an own handle, wrapped by WRAP.
#define FORWARD_HANDLE(IFACE, FN, ID, WRAP)                                                        \
  IMPORT(IFACE, FN) i32 host_##ID(i32);                                                            \
  FORWARD_EXPORT(IFACE, FN) i32 ID(wv_obj *self) {                                                 \
    return WRAP(wv_obj_new(WV_HOST, host_##ID(self->host)));                                       \
  }

// FN takes self only and returns result<own<T>, E>, the handle wrapped by WRAP when ok.
#define FORWARD_RESULT(IFACE, FN, ID, WRAP)                                                        \
  IMPORT(IFACE, FN) void host_##ID(i32, ret_t);                                                    \
  FORWARD_EXPORT(IFACE, FN) void *ID(wv_obj *self) {                                               \
    host_##ID(self->host, RET);                                                                    \
    return WV_HOST_RESULT(WRAP);                                                                   \
  }

// subscribe: func() -> pollable. The adapter's pollable around the host's, so poll mixes it
// with virtual ones.
#define FORWARD_SUBSCRIBE(IFACE, RES, ID)                                                          \
  IMPORT(IFACE, METHOD(RES, "subscribe")) i32 host_##ID(i32);                                      \
  FORWARD_EXPORT(IFACE, METHOD(RES, "subscribe")) i32 ID(wv_obj *self) {                           \
    return wv_pollable_host(host_##ID(self->host));                                                \
  }

// The resource's destructor (`ID`_dtor_host) drops the host's handle, unless a call that took
// ownership took it out of the struct (leaving 0, which no handle is).
#define FORWARD_DTOR(IFACE, RES, ID)                                                               \
  IMPORT(IFACE, "[resource-drop]" RES) void host_##ID##_drop(i32);                                 \
  FORWARD_EXPORT(IFACE, "[dtor]" RES) void ID##_dtor_host(wv_obj *self) {                          \
    if (self->host) {                                                                              \
      host_##ID##_drop(self->host);                                                                \
    }                                                                                              \
    wv_obj_free(self);                                                                             \
  }

// A resource of the host's that only forwarding makes: its intrinsics (WV_RESOURCE) and its
// destructor.
#define FORWARD_RESOURCE(IFACE, RES, ID)                                                           \
  WV_RESOURCE(IFACE, RES, ID)                                                                      \
  FORWARD_DTOR(IFACE, RES, ID)

// An interface's error-code function, func(err: borrow<error>) -> option<error-code>: the
// host's answer for the error of a host stream; none for the adapter's own errors.
#define FORWARD_ERROR_CODE(IFACE, FN, ID)                                                          \
  IMPORT(IFACE, FN) void host_##ID(i32, ret_t);                                                    \
  FORWARD_EXPORT(IFACE, FN) void *ID(wv_obj *err) {                                                \
    if (err->kind != WV_HOST) {                                                                    \
      RET[0] = 0;                                                                                  \
      return RET;                                                                                  \
    }                                                                                              \
    host_##ID(err->host, RET);                                                                     \
    return wv_host_done();                                                                         \
  }

#endif
