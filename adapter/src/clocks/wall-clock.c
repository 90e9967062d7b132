// wasi:clocks/wall-clock with --fixed-time: the instant from the configuration, never the host.
// For a policy that denies the clocks the generator points these exports at named traps instead
// (runtime/deny.c); for one that allows them (without a fixed time), it keeps neither.
#include "runtime/config-blob.h"

#define WALL_CLOCK WASI_WALL_CLOCK "#"

// now: func() -> datetime, lifted straight out of the configuration.
EXPORT(WALL_CLOCK "now") const wv_datetime *wall_clock_now(void) {
  const wv_config *config = wv_config_get();
  if (config->clock_mode != WV_CLOCK_FIXED) {
    __builtin_trap(); // the generator serves the wall clock here only with a fixed time
  }
  return &config->wall;
}

// resolution: func() -> datetime: one nanosecond, the instant's precision.
static const wv_datetime one_nanosecond = {0, 1};

EXPORT(WALL_CLOCK "resolution") const wv_datetime *wall_clock_resolution(void) {
  return &one_nanosecond;
}
