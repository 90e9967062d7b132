// What the two sides of wasi:sockets share: denied (sockets/deny.c) and passed through
// virtualized I/O (sockets/host.c, whose exports are `[forward]` variants: runtime/forward.h).
#ifndef WASI_VIRT_SOCKETS_H
#define WASI_VIRT_SOCKETS_H

#include "runtime/handles.h"

#define SOCKETS(iface) WASI("sockets/" iface)
#define NETWORK SOCKETS("network")

WV_RESOURCE(NETWORK, "network", network)

// --allow-sockets=PATTERNS (sockets/allow.c). An address as the rules compare it: `family`
// 4 or 16 (its byte count), network order.
typedef struct {
  uint32_t family;
  uint8_t bytes[16];
} wv_ip;

// What a socket does with an address: a protocol bit of runtime/config-blob.h's
// WV_SOCKET_TCP or WV_SOCKET_UDP, with WV_SOCKET_BIND for a bind.
enum { WV_SOCKET_BIND = 4 };

// Whether a socket may `use` (connect, bind, send to) address `ip` at `port`.
int wv_socket_allowed(uint32_t use, const wv_ip *ip, uint32_t port);

// Whether `name` may be looked up: a rule names it (`rules` gets their bits) or it is an
// address literal, which the host parses without a resolver.
int wv_lookup_allowed(const char *name, uint32_t len, uint32_t *rules);

// Remembers that a lookup of a name that `rules` matched returned `ip`.
void wv_sockets_resolved(const wv_ip *ip, uint32_t rules);

#endif
