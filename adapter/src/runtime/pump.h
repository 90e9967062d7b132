// The adapter's pump (adapter/pump/pump.c, nested by src/virt/wrap/async-pump.ts): the tasks that
// read and write WASI 0.3 streams after an export has returned. The generator lowers these with
// the async ABI. Each pump function returns its value at once (task.return), so a call's status
// is RETURNED and no subtask is left to drop; any other status would leave the result unwritten,
// so WV_PUMPED traps rather than hand the app a stale handle.
#ifndef WASI_VIRT_PUMP_H
#define WASI_VIRT_PUMP_H

#include "runtime/abi.h"

#define WV_SUBTASK_RETURNED 2u
#define WV_PUMPED(call)                                                                            \
  do {                                                                                             \
    if ((call) != WV_SUBTASK_RETURNED) __builtin_trap();                                           \
  } while (0)

// drain: async func(data: stream<u8>): reads the stream to its end, forgetting it.
IMPORT("wasi-virt-pump", "drain") uint32_t wv_pump_drain(uint32_t readable);
// feed: async func(data: list<u8>) -> stream<u8>: the stream at *readable, written as it is read.
IMPORT("wasi-virt-pump", "feed")
uint32_t wv_pump_feed(const void *bytes, uint32_t length, uint32_t *readable);
// feed-entries: the same for WASI 0.3's directory entries (24 bytes each).
IMPORT("wasi-virt-pump", "feed-entries")
uint32_t wv_pump_feed_entries(const void *entries, uint32_t count, uint32_t *readable);

#endif
