// wasi:io/poll: the adapter's `pollable` resource. A pollable wraps a host pollable
// (from a host stream or the host's monotonic clock) or is always ready (from a virtual
// stream, which never has to wait).
#include "runtime/handles.h"

IMPORT(WASI_IO_POLL, "[method]pollable.ready") int32_t host_pollable_ready(int32_t self);
IMPORT(WASI_IO_POLL, "[method]pollable.block") void host_pollable_block(int32_t self);
IMPORT(WASI_IO_POLL, "poll") void host_poll(const int32_t *in, uint32_t count, wv_list *ret);
IMPORT(WASI_IO_POLL, "[resource-drop]pollable") void host_pollable_drop(int32_t self);
IMPORT(EXPORTED(WASI_IO_POLL), "[resource-new]pollable") int32_t pollable_new(wv_obj *rep);

int32_t wv_pollable_host(int32_t host) { return pollable_new(wv_obj_new(WV_HOST, host)); }

int32_t wv_pollable_ready(void) { return pollable_new(wv_obj_new(WV_READY, 0)); }

// ready: func() -> bool
EXPORT(WASI_IO_POLL "#[method]pollable.ready") int32_t pollable_ready(wv_obj *self) {
  return self->kind != WV_HOST || host_pollable_ready(self->host);
}

// block: func()
EXPORT(WASI_IO_POLL "#[method]pollable.block") void pollable_block(wv_obj *self) {
  if (self->kind == WV_HOST) {
    host_pollable_block(self->host);
  }
}

// poll: func(in: list<borrow<pollable>>) -> list<u32>
// Returns exactly the indices of the ready pollables. Without a virtual pollable in the list,
// the host's poll blocks for the host handles, which stand in the same order (so its indices
// are ours). With one, something is ready already: the result is the virtual pollables plus
// the host ones whose `ready` is true now, and nothing blocks.
EXPORT(WASI_IO_POLL "#poll") wv_list *poll(wv_obj *const *in, uint32_t count) {
  if (count == 0) {
    __builtin_trap(); // as the host must: "traps if the list is empty"
  }
  uint32_t *buf = wv_alloc(4, (size_t)count * 4);
  int any_virtual = 0;
  for (uint32_t i = 0; i < count; i++) {
    any_virtual |= in[i]->kind != WV_HOST;
    buf[i] = (uint32_t)in[i]->host;
  }
  wv_list *ret = &wv_ret_area.list;
  if (!any_virtual) {
    host_poll((const int32_t *)buf, count, ret);
  } else {
    uint32_t ready = 0;
    for (uint32_t i = 0; i < count; i++) {
      if (pollable_ready(in[i])) {
        buf[ready++] = i; // the handles in buf are not needed on this path
      }
    }
    ret->ptr = buf;
    ret->count = ready;
  }
  wv_release();
  return ret;
}

EXPORT(WASI_IO_POLL "#[dtor]pollable") void pollable_dtor(wv_obj *self) {
  if (self->kind == WV_HOST) {
    host_pollable_drop(self->host);
  }
  wv_obj_free(self);
}
