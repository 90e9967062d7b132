// WASI 0.3 futures the adapter hands out, holding a value known when the call returns.
#ifndef WASI_VIRT_FUTURES_H
#define WASI_VIRT_FUTURES_H

#include "runtime/abi.h"

// A new future's readable end, holding `value` (a constant: it must outlive the call). A
// synchronous export cannot wait for the app to read it, so the value is written without waiting
// (the async write returns BLOCKED) and copied when the app reads it; the writable end stays in
// the adapter, one handle a call (dropping it before the copy traps). `new` and `write` are the
// future type's built-ins (the generator defines them, src/virt/wrap/async-builtins.ts).
static inline uint32_t wv_future_holding(uint64_t (*new)(void),
                                         uint32_t (*write)(uint32_t, const void *),
                                         const void *value) {
  uint64_t ends = new();
  write((uint32_t)(ends >> 32), value);
  return (uint32_t)ends;
}

#endif
