// wasi:clocks/monotonic-clock: forwarded to the host, with the host's pollables wrapped
// into the adapter's (which owns wasi:io/poll). For a denied clock the generator points these
// exports at named traps of its own (as runtime/deny.c's) and turns the host imports into traps.
#include "runtime/handles.h"

IMPORT(WASI_MONOTONIC_CLOCK, "now") uint64_t host_monotonic_now(void);
IMPORT(WASI_MONOTONIC_CLOCK, "resolution") uint64_t host_monotonic_resolution(void);
IMPORT(WASI_MONOTONIC_CLOCK, "subscribe-instant") int32_t host_subscribe_instant(uint64_t when);
IMPORT(WASI_MONOTONIC_CLOCK, "subscribe-duration") int32_t host_subscribe_duration(uint64_t when);

#define MONOTONIC_CLOCK WASI_MONOTONIC_CLOCK "#"

// now: func() -> instant
EXPORT(MONOTONIC_CLOCK "now") uint64_t monotonic_now(void) { return host_monotonic_now(); }

// resolution: func() -> duration
EXPORT(MONOTONIC_CLOCK "resolution") uint64_t monotonic_resolution(void) {
  return host_monotonic_resolution();
}

// subscribe-instant: func(when: instant) -> pollable
EXPORT(MONOTONIC_CLOCK "subscribe-instant") int32_t monotonic_subscribe_instant(uint64_t when) {
  return wv_pollable_host(host_subscribe_instant(when));
}

// subscribe-duration: func(when: duration) -> pollable
EXPORT(MONOTONIC_CLOCK "subscribe-duration") int32_t monotonic_subscribe_duration(uint64_t when) {
  return wv_pollable_host(host_subscribe_duration(when));
}
