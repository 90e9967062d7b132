// The WASI interfaces the adapter imports and exports, spelled with one version. The prebuilt
// module's names carry it; the generator renames each import and export to the version the app
// uses (src/virt/specialize-adapter.ts), so this is only the 0.2 version the module is built at.
#ifndef WASI_VIRT_WASI_H
#define WASI_VIRT_WASI_H

#include "runtime/wasi-versions.h" // WASI_0_2, WASI_CONFIG_VERSION: generated from wit/wasi/

// "wasi:" package/interface at WASI_0_2: WASI("io/streams") is "wasi:io/streams".
#define WASI(iface) "wasi:" iface WASI_0_2

#define WASI_CLI_ENVIRONMENT WASI("cli/environment")
#define WASI_CLI_EXIT WASI("cli/exit")
#define WASI_CLI_STDIN WASI("cli/stdin")
#define WASI_CLI_STDOUT WASI("cli/stdout")
#define WASI_CLI_STDERR WASI("cli/stderr")
#define WASI_CONFIG_STORE "wasi:config/store" WASI_CONFIG_VERSION
#define WASI_IO_ERROR WASI("io/error")
#define WASI_IO_POLL WASI("io/poll")
#define WASI_IO_STREAMS WASI("io/streams")
#define WASI_MONOTONIC_CLOCK WASI("clocks/monotonic-clock")
#define WASI_WALL_CLOCK WASI("clocks/wall-clock")
#define WASI_FILESYSTEM_TYPES WASI("filesystem/types")
#define WASI_FILESYSTEM_PREOPENS WASI("filesystem/preopens")

#endif
