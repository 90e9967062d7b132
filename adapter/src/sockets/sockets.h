// What the two sides of wasi:sockets share: denied (sockets/deny.c) and passed through
// virtualized I/O (sockets/host.c, whose exports are `[forward]` variants: runtime/forward.h).
#ifndef WASI_VIRT_SOCKETS_H
#define WASI_VIRT_SOCKETS_H

#include "runtime/handles.h"

#define SOCKETS(iface) WASI("sockets/" iface)
#define NETWORK SOCKETS("network")

WV_RESOURCE(NETWORK, "network", network)

#endif
