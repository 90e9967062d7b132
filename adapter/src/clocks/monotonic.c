// wasi:clocks/monotonic-clock: forwarded to the host, with the host's pollables wrapped
// into the adapter's (which owns wasi:io/poll); or, with --fixed-time, virtual: it starts at 0
// and advances only when the component waits on one of its pollables (io/poll.c), so a sleep
// returns at once, the clock moved on by exactly the time slept. For a virtual clock the
// generator turns the host imports into traps (nothing calls them); for a denied clock it
// points these exports at named traps of its own (as runtime/deny.c's) and does the same.
#include "runtime/config-blob.h"
#include "runtime/handles.h"

IMPORT(WASI_MONOTONIC_CLOCK, "now") uint64_t host_monotonic_now(void);
IMPORT(WASI_MONOTONIC_CLOCK, "resolution") uint64_t host_monotonic_resolution(void);
IMPORT(WASI_MONOTONIC_CLOCK, "subscribe-instant") int32_t host_subscribe_instant(uint64_t when);
IMPORT(WASI_MONOTONIC_CLOCK, "subscribe-duration") int32_t host_subscribe_duration(uint64_t when);

#define MONOTONIC_CLOCK WASI_MONOTONIC_CLOCK "#"

static int is_virtual(void) { return wv_config_get()->clock_mode == WV_CLOCK_FIXED; }

// now: func() -> instant
EXPORT(MONOTONIC_CLOCK "now") uint64_t monotonic_now(void) {
  return is_virtual() ? wv_virtual_clock : host_monotonic_now();
}

// resolution: func() -> duration (the virtual clock's: one nanosecond)
EXPORT(MONOTONIC_CLOCK "resolution") uint64_t monotonic_resolution(void) {
  return is_virtual() ? 1 : host_monotonic_resolution();
}

// subscribe-instant: func(when: instant) -> pollable
EXPORT(MONOTONIC_CLOCK "subscribe-instant") int32_t monotonic_subscribe_instant(uint64_t when) {
  return is_virtual() ? wv_pollable_timer(when) : wv_pollable_host(host_subscribe_instant(when));
}

// subscribe-duration: func(when: duration) -> pollable (virtual: due at now + when, saturating)
EXPORT(MONOTONIC_CLOCK "subscribe-duration") int32_t monotonic_subscribe_duration(uint64_t when) {
  if (!is_virtual()) {
    return wv_pollable_host(host_subscribe_duration(when));
  }
  uint64_t due = wv_virtual_clock + when;
  return wv_pollable_timer(due < when ? UINT64_MAX : due);
}

// WASI 0.3's waits, for the virtual clock only (an allowed clock is the host's at 0.3, a denied
// one traps): the wait returns at once, the clock moved on as subscribe-instant/-duration's
// pollables move it. The adapter lifts them without the async option, which the component model
// allows for async functions (CanonicalABI.md: canon_lift): nothing here ever blocks.

// wait-until: async func(when: mark) (the clock moves on to `when`, never back)
EXPORT(MONOTONIC_CLOCK "wait-until") void monotonic_wait_until(uint64_t when) {
  if (when > wv_virtual_clock) wv_virtual_clock = when;
}

// wait-for: async func(how-long: duration) (the clock moves on by `how-long`, saturating)
EXPORT(MONOTONIC_CLOCK "wait-for") void monotonic_wait_for(uint64_t how_long) {
  uint64_t due = wv_virtual_clock + how_long;
  wv_virtual_clock = due < how_long ? UINT64_MAX : due;
}
