// What the two sides of wasi:sockets share: denied (sockets-deny.c) and passed
// through virtualized I/O (sockets-host.c).
#ifndef WASI_VIRT_SOCKETS_H
#define WASI_VIRT_SOCKETS_H

#include "runtime/handles.h"

#define SOCKETS(iface) WASI("sockets/" iface)
#define NETWORK SOCKETS("network")
// The generator exports these variants instead of the plain ones when the policy allows
// sockets (src/virt/specialize-adapter.ts).
#define FORWARD(iface) "[forward]" SOCKETS(iface)

IMPORT(EXPORTED(NETWORK), "[resource-new]network") int32_t network_new(wv_obj *rep);

#endif
