// wasi:io/poll: the adapter's `pollable` resource. A pollable wraps a host pollable
// (from a host stream or the host's monotonic clock), is always ready (from a virtual
// stream, which never has to wait), or is a timer of the virtual monotonic clock
// (--fixed-time), ready once the clock reaches its instant. Waiting on timers completes at
// once: the clock jumps to the instant waited for.
#include "runtime/handles.h"

IMPORT(WASI_IO_POLL, "[method]pollable.ready") int32_t host_pollable_ready(int32_t self);
IMPORT(WASI_IO_POLL, "[method]pollable.block") void host_pollable_block(int32_t self);
IMPORT(WASI_IO_POLL, "poll") void host_poll(const int32_t *in, uint32_t count, wv_list *ret);
IMPORT(WASI_IO_POLL, "[resource-drop]pollable") void host_pollable_drop(int32_t self);
IMPORT(EXPORTED(WASI_IO_POLL), "[resource-new]pollable") int32_t pollable_new(wv_obj *rep);

int32_t wv_pollable_host(int32_t host) { return pollable_new(wv_obj_new(WV_HOST, host)); }

int32_t wv_pollable_ready(void) { return pollable_new(wv_obj_new(WV_READY, 0)); }

// The virtual monotonic clock starts at 1 ns, not 0: Go's runtime takes a first reading of 0 for
// a broken clock and traps ("nanotime returning zero").
uint64_t wv_virtual_clock = 1;

int32_t wv_pollable_timer(uint64_t due) {
  wv_obj *timer = wv_obj_new(WV_TIMER, (int32_t)(uint32_t)due);
  timer->len = (uint32_t)(due >> 32);
  return pollable_new(timer);
}

static uint64_t due_at(const wv_obj *timer) { return (uint64_t)timer->len << 32 | timer->node; }

// Waiting on a timer: the clock moves on to its instant, if it is not there yet.
static void wait_for(const wv_obj *timer) {
  uint64_t due = due_at(timer);
  if (due > wv_virtual_clock) {
    wv_virtual_clock = due;
  }
}

// ready: func() -> bool
EXPORT(WASI_IO_POLL "#[method]pollable.ready") int32_t pollable_ready(wv_obj *self) {
  if (self->kind == WV_TIMER) {
    return due_at(self) <= wv_virtual_clock;
  }
  return self->kind != WV_HOST || host_pollable_ready(self->host);
}

// block: func()
EXPORT(WASI_IO_POLL "#[method]pollable.block") void pollable_block(wv_obj *self) {
  if (self->kind == WV_HOST) {
    host_pollable_block(self->host);
  } else if (self->kind == WV_TIMER) {
    wait_for(self);
  }
}

// poll: func(in: list<borrow<pollable>>) -> list<u32>
// Returns exactly the indices of the ready pollables. Without a virtual pollable in the list,
// the host's poll blocks for the host handles, which stand in the same order (so its indices
// are ours). With one, the result is the ready ones (virtual streams' always, timers due,
// host ones whose `ready` is true now), and nothing blocks; when none is, only timers can
// become ready without the host: the clock moves on to the earliest, and those due answer.
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
    if (ready == 0) {
      const wv_obj *earliest = NULL;
      for (uint32_t i = 0; i < count; i++) {
        if (in[i]->kind == WV_TIMER && (!earliest || due_at(in[i]) < due_at(earliest))) {
          earliest = in[i];
        }
      }
      wait_for(earliest); // none ready means a timer not due: virtual pollables are otherwise ready
      for (uint32_t i = 0; i < count; i++) {
        if (in[i]->kind == WV_TIMER && due_at(in[i]) <= wv_virtual_clock) {
          buf[ready++] = i;
        }
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
