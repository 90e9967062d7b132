// Denied exit: every function traps. The generator keeps these only for a policy that denies
// exit, and only for their core signatures: it points each export at a trap of its own, named
// after the denial ("wasi-virt: denied wasi:cli/exit#exit (allow with --allow-exit)",
// src/virt/denied-traps.ts), which may first write that line on the host's stderr
// (runtime/trace.c). Denied random and clocks are the exports of random/random.c,
// clocks/wall-clock.c and clocks/monotonic.c, replaced the same way (the monotonic clock's host
// imports, which nothing then calls, become traps).
// Signatures are the canonical ABI's core ones: s32 and u8 parameters are one i32.
#include "runtime/abi.h"

__attribute__((noreturn)) static inline void deny(void) { __builtin_trap(); }

#define CLI_EXIT WASI_CLI_EXIT "#"

// wasi:cli/exit
EXPORT(CLI_EXIT "exit") void exit_exit(int32_t status) { deny(); }
EXPORT(CLI_EXIT "exit-with-code") void exit_exit_with_code(int32_t status_code) { deny(); }
