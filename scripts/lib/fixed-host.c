// A preload library for the pre-initializing steps of componentize-py and componentize-js (their
// embedded wasmtime runs the program once and snapshots its memory): entropy and clocks read through
// libc become fixed, so what the program saw at build time, and so the snapshot, is the same on every
// build. Build with `cc -shared -fPIC -O2 fixed-host.c -o fixed-host.so -ldl`; used only by
// scripts/build-toolchain-fixtures.mjs, through LD_PRELOAD.
//
// - getrandom, and syscall(SYS_getrandom): a fixed pseudo-random stream (splitmix64).
// - clock_gettime(CLOCK_REALTIME): SOURCE_DATE_EPOCH (a fixed instant).
// - clock_gettime(CLOCK_MONOTONIC): a counter per thread, one microsecond a call, so the thread
//   that runs the guest sees the same times whatever the host's other threads do.
// Everything else goes to libc.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <time.h>

#define FIXED_EPOCH 1700000000 /* 2023-11-14T22:13:20Z */

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;

static uint64_t next_random(void) {
  uint64_t z = (rng_state += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

static void fill_random(unsigned char *out, size_t len) {
  while (len > 0) {
    uint64_t word = next_random();
    size_t n = len < sizeof word ? len : sizeof word;
    memcpy(out, &word, n);
    out += n;
    len -= n;
  }
}

ssize_t getrandom(void *buf, size_t len, unsigned int flags) {
  (void)flags;
  fill_random(buf, len);
  return (ssize_t)len;
}

long syscall(long number, ...) {
  va_list ap;
  long arg[6];
  va_start(ap, number);
  for (int i = 0; i < 6; i++) arg[i] = va_arg(ap, long);
  va_end(ap);
  if (number == SYS_getrandom) {
    fill_random((unsigned char *)arg[0], (size_t)arg[1]);
    return arg[1];
  }
  static long (*real)(long, ...);
  if (!real) real = (long (*)(long, ...))dlsym(RTLD_NEXT, "syscall");
  return real(number, arg[0], arg[1], arg[2], arg[3], arg[4], arg[5]);
}

int clock_gettime(clockid_t clock, struct timespec *ts) {
  static __thread long long monotonic_ns = 1000000000LL;
  if (clock == CLOCK_REALTIME || clock == CLOCK_REALTIME_COARSE) {
    ts->tv_sec = FIXED_EPOCH;
    ts->tv_nsec = 0;
    return 0;
  }
  if (clock == CLOCK_MONOTONIC || clock == CLOCK_MONOTONIC_COARSE) {
    monotonic_ns += 1000;
    ts->tv_sec = monotonic_ns / 1000000000LL;
    ts->tv_nsec = monotonic_ns % 1000000000LL;
    return 0;
  }
  static int (*real)(clockid_t, struct timespec *);
  if (!real) real = (int (*)(clockid_t, struct timespec *))dlsym(RTLD_NEXT, "clock_gettime");
  return real(clock, ts);
}
