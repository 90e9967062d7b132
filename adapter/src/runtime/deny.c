// Denied subsystems: every function traps. The generator keeps these only for the interfaces a
// policy denies, and only for their core signatures: it points each export at a trap of its own,
// named after the denial ("wasi-virt: denied wasi:random/random#get-random-bytes (allow with
// --allow-random)", src/virt/denied-traps.ts), which may first write that line on the host's
// stderr (runtime/trace.c). (A denied monotonic clock is clocks/monotonic.c's exports, replaced
// the same way; its host imports, which nothing then calls, become traps.)
// Signatures are the canonical ABI's core ones:
//   result / u8 parameters are one i32; u64 is i64;
//   results wider than one core value (list<u8>, tuple<u64, u64>, datetime) go through a
//   return pointer that the callee returns.
#include "runtime/abi.h"

__attribute__((noreturn)) static inline void deny(void) { __builtin_trap(); }

#define CLI_EXIT WASI_CLI_EXIT "#"
#define RANDOM WASI("random/random") "#"
#define INSECURE WASI("random/insecure") "#"
#define INSECURE_SEED WASI("random/insecure-seed") "#"
#define WALL_CLOCK WASI_WALL_CLOCK "#"

// wasi:cli/exit
EXPORT(CLI_EXIT "exit") void exit_exit(int32_t status) { deny(); }
EXPORT(CLI_EXIT "exit-with-code") void exit_exit_with_code(int32_t status_code) { deny(); }

// wasi:random/random
EXPORT(RANDOM "get-random-bytes") void *random_get_random_bytes(int64_t len) { deny(); }
EXPORT(RANDOM "get-random-u64") int64_t random_get_random_u64(void) { deny(); }

// wasi:random/insecure
EXPORT(INSECURE "get-insecure-random-bytes") void *insecure_get_bytes(int64_t len) { deny(); }
EXPORT(INSECURE "get-insecure-random-u64") int64_t insecure_get_u64(void) { deny(); }

// wasi:random/insecure-seed
EXPORT(INSECURE_SEED "insecure-seed") void *insecure_seed(void) { deny(); }

// wasi:clocks/wall-clock (datetime is record { seconds: u64, nanoseconds: u32 })
EXPORT(WALL_CLOCK "now") void *wall_clock_now(void) { deny(); }
EXPORT(WALL_CLOCK "resolution") void *wall_clock_resolution(void) { deny(); }

