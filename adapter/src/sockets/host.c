// wasi:sockets passed through virtualized I/O. Every network, socket, lookup stream and
// datagram stream is the host's, wrapped in an adapter handle of kind WV_HOST; the streams and
// pollables they hand out become the adapter's own wasi:io resources around the host's, so the
// app reads, writes and polls them through the adapter like any other.
//
// Every function is forwarded as runtime/forward.h describes, the network handle swapped for
// the host's too. All exports here are `[forward]` variants; start-bind, start-connect, a UDP
// socket's stream, send and the name lookup also have `[checked]` ones for
// --allow-sockets=PATTERNS (sockets/allow.c), which check the address or name first: what no
// rule allows fails with access-denied and never reaches the host.
#include "runtime/config-blob.h"
#include "runtime/forward.h"
#include "sockets/sockets.h"

enum { ACCESS_DENIED = 1 };

#define LOOKUP SOCKETS("ip-name-lookup")
#define TCP SOCKETS("tcp")
#define UDP SOCKETS("udp")

// An ip-socket-address, flattened: its case, then the ipv6 case's 11 fields joined with the
// ipv4 case's.
#define ADDRESS_PARAMS                                                                             \
  i32 a0, i32 a1, i32 a2, i32 a3, i32 a4, i32 a5, i32 a6, i32 a7, i32 a8, i32 a9, i32 a10, i32 a11
#define ADDRESS_ARGS a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11
#define ADDRESS_TYPES i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32

// A method with one core argument of type T.
#define METHOD1(IFACE, RES, NAME, ID, T)                                                           \
  FORWARD_RET_ARGS(IFACE, METHOD(RES, NAME), ID, T, T value, value)

// A getter and its setter, the value of core type T.
#define SETTING(IFACE, RES, NAME, ID, T)                                                           \
  FORWARD_RET(IFACE, METHOD(RES, NAME), ID)                                                        \
  METHOD1(IFACE, RES, "set-" NAME, set_##ID, T)

// The address and port of an ip-socket-address's flattened fields (ADDRESS_PARAMS: the case,
// the port, then the IPv4 bytes or the IPv6 flow info, eight groups and scope); an IPv4-mapped
// IPv6 address as the IPv4 address it reaches.
static uint32_t address_of(const i32 *a, wv_ip *ip) {
  if (a[0] == 0) {
    ip->family = 4;
    for (int i = 0; i < 4; i++) {
      ip->bytes[i] = (uint8_t)a[2 + i];
    }
    return (uint16_t)a[1];
  }
  int mapped = (uint16_t)a[8] == 0xffff;
  for (int i = 0; i < 8; i++) {
    ip->bytes[2 * i] = (uint8_t)(a[3 + i] >> 8);
    ip->bytes[2 * i + 1] = (uint8_t)a[3 + i];
    mapped = mapped && (i >= 5 || a[3 + i] == 0);
  }
  ip->family = 16;
  if (mapped) {
    ip->family = 4;
    for (int i = 0; i < 4; i++) {
      ip->bytes[i] = ip->bytes[12 + i];
    }
  }
  return (uint16_t)a[1];
}

// An ip-address's or ip-socket-address's fields flattened (ADDRESS_PARAMS' order) into `a`:
// the case (`v6`), the port, and from `at` the IPv4 bytes or the IPv6 groups (u16 each).
static void flatten(uint32_t v6, uint32_t port, const uint8_t *at, i32 *a) {
  a[0] = (i32)v6, a[1] = (i32)port;
  for (int i = 0; i < 8; i++) {
    a[v6 ? 3 + i : 2 + i] = v6 ? AT(at, uint16_t, 2 * i) : at[i];
  }
}

// Whether --allow-sockets lets a socket `use` the flattened address.
static int allowed(uint32_t use, const i32 *address) {
  wv_ip ip;
  uint32_t port = address_of(address, &ip);
  return wv_socket_allowed(use, &ip, port);
}

// start-bind and start-connect: func(network: borrow<network>, address: ip-socket-address)
//   -> result<_, error-code>; checked, for `use` first (err(access-denied): the code at 1).
#define ADDRESSED(IFACE, RES, NAME, ID, USE)                                                       \
  IMPORT(IFACE, METHOD(RES, NAME)) void host_##ID(i32, i32, ADDRESS_TYPES, ret_t);                 \
  PER_CALLER void *ID##_impl(int checked, wv_obj *self, wv_obj *network,                           \
                             ADDRESS_PARAMS) {                                                     \
    const i32 address[] = {ADDRESS_ARGS};                                                          \
    if (checked && !allowed(USE, address)) {                                                       \
      RET[0] = 1;                                                                                  \
      RET[1] = ACCESS_DENIED;                                                                      \
      return RET;                                                                                  \
    }                                                                                              \
    host_##ID(self->host, network->host, ADDRESS_ARGS, RET);                                       \
    return wv_host_done();                                                                         \
  }                                                                                                \
  FORWARD_AND_CHECKED(IFACE, METHOD(RES, NAME), ID, void *,                                        \
                      P(wv_obj *self, wv_obj *network, ADDRESS_PARAMS), ID##_impl,                 \
                      P(self, network, ADDRESS_ARGS))

// What TCP and UDP sockets both have: bind in two steps, their addresses and family, buffer
// sizes, a pollable.
#define SOCKET_BASICS(IFACE, RES, P, PROTOCOL)                                                     \
  ADDRESSED(IFACE, RES, "start-bind", P##_start_bind, PROTOCOL | WV_SOCKET_BIND)                   \
  FORWARD_RET(IFACE, METHOD(RES, "finish-bind"), P##_finish_bind)                                  \
  FORWARD_RET(IFACE, METHOD(RES, "local-address"), P##_local_address)                              \
  FORWARD_RET(IFACE, METHOD(RES, "remote-address"), P##_remote_address)                            \
  FORWARD_VALUE(IFACE, METHOD(RES, "address-family"), P##_address_family)                          \
  SETTING(IFACE, RES, "receive-buffer-size", P##_receive_buffer, i64)                              \
  SETTING(IFACE, RES, "send-buffer-size", P##_send_buffer, i64)                                    \
  FORWARD_SUBSCRIBE(IFACE, RES, P##_subscribe)

// create-tcp-socket and create-udp-socket: func(address-family) -> result<socket, error-code>
#define CREATE_SOCKET(IFACE, NAME, ID, WRAP)                                                       \
  IMPORT(SOCKETS(IFACE), NAME) void host_##ID(i32, ret_t);                                         \
  FORWARD_EXPORT(SOCKETS(IFACE), NAME) void *ID(i32 family) {                                      \
    host_##ID(family, RET);                                                                        \
    return WV_HOST_RESULT(WRAP);                                                                   \
  }

// ---- network ----

IMPORT(SOCKETS("instance-network"), "instance-network") i32 host_instance_network(void);

FORWARD_EXPORT(SOCKETS("instance-network"), "instance-network")
i32 instance_network_host(void) {
  return network_new(wv_obj_new(WV_HOST, host_instance_network()));
}

FORWARD_ERROR_CODE(NETWORK, "network-error-code", network_error_code_host)

// ---- name lookup ----

FORWARD_RESOURCE(LOOKUP, "resolve-address-stream", lookup)

IMPORT(LOOKUP, "resolve-addresses") void host_resolve_addresses(i32, const char *, uint32_t, ret_t);

// resolve-addresses: func(network: borrow<network>, name: string)
//   -> result<resolve-address-stream, error-code>. Checked, a name no rule names fails with
// access-denied (the code at 4) unasked, and the stream keeps the bits of the rules that named
// it (in `len`), for the addresses it returns.
PER_CALLER void *resolve_impl(int checked, wv_obj *network, const char *name, uint32_t len) {
  uint32_t rules = 0;
  if (checked && !wv_lookup_allowed(name, len, &rules)) {
    RET[0] = 1;
    RET[4] = ACCESS_DENIED;
    return wv_host_done();
  }
  host_resolve_addresses(network->host, name, len, RET);
  if (RET[0] == 0) {
    wv_obj *stream = wv_obj_new(WV_HOST, AT(RET, i32, 4));
    stream->len = rules;
    AT(RET, i32, 4) = lookup_new(stream);
  }
  return wv_host_done();
}

FORWARD_AND_CHECKED(LOOKUP, "resolve-addresses", resolve_addresses_host, void *,
                    P(wv_obj *network, const char *name, uint32_t len), resolve_impl,
                    P(network, name, len))

IMPORT(LOOKUP, METHOD("resolve-address-stream", "resolve-next-address"))
void host_lookup_next(i32, ret_t);

// resolve-next-address: func() -> result<option<ip-address>, error-code>. Checked, an address
// (its case at 4, its bytes or groups from 6) a named host's lookup returns is remembered for
// the rules that named it.
PER_CALLER void *lookup_next_impl(int checked, wv_obj *self) {
  host_lookup_next(self->host, RET);
  if (checked && self->len && RET[0] == 0 && RET[2]) {
    i32 address[12];
    flatten(RET[4], 0, RET + 6, address);
    wv_ip ip;
    address_of(address, &ip);
    wv_sockets_resolved(&ip, self->len);
  }
  return wv_host_done();
}

FORWARD_AND_CHECKED(LOOKUP, METHOD("resolve-address-stream", "resolve-next-address"), lookup_next,
                    void *, wv_obj *self, lookup_next_impl, self)
FORWARD_SUBSCRIBE(LOOKUP, "resolve-address-stream", lookup_subscribe)

// ---- TCP ----

FORWARD_RESOURCE(TCP, "tcp-socket", tcp)

CREATE_SOCKET("tcp-create-socket", "create-tcp-socket", create_tcp, tcp_new)

SOCKET_BASICS(TCP, "tcp-socket", tcp, WV_SOCKET_TCP)
ADDRESSED(TCP, "tcp-socket", "start-connect", tcp_start_connect, WV_SOCKET_TCP)
FORWARD_RET(TCP, METHOD("tcp-socket", "start-listen"), tcp_start_listen)
FORWARD_RET(TCP, METHOD("tcp-socket", "finish-listen"), tcp_finish_listen)
FORWARD_VALUE(TCP, METHOD("tcp-socket", "is-listening"), tcp_is_listening)
METHOD1(TCP, "tcp-socket", "set-listen-backlog-size", tcp_set_backlog, i64)
SETTING(TCP, "tcp-socket", "keep-alive-enabled", tcp_keep_alive, i32)
SETTING(TCP, "tcp-socket", "keep-alive-idle-time", tcp_keep_alive_idle, i64)
SETTING(TCP, "tcp-socket", "keep-alive-interval", tcp_keep_alive_interval, i64)
SETTING(TCP, "tcp-socket", "keep-alive-count", tcp_keep_alive_count, i32)
SETTING(TCP, "tcp-socket", "hop-limit", tcp_hop_limit, i32)
METHOD1(TCP, "tcp-socket", "shutdown", tcp_shutdown, i32)

IMPORT(TCP, METHOD("tcp-socket", "finish-connect")) void host_tcp_finish_connect(i32, ret_t);

// finish-connect: func() -> result<tuple<input-stream, output-stream>, error-code>
FORWARD_EXPORT(TCP, METHOD("tcp-socket", "finish-connect"))
void *tcp_finish_connect(wv_obj *self) {
  host_tcp_finish_connect(self->host, RET);
  if (RET[0] == 0) {
    WV_WRAP_AT(4, wv_input_stream);
    WV_WRAP_AT(8, wv_output_stream);
  }
  return wv_host_done();
}

IMPORT(TCP, METHOD("tcp-socket", "accept")) void host_tcp_accept(i32, ret_t);

// accept: func() -> result<tuple<tcp-socket, input-stream, output-stream>, error-code>
FORWARD_EXPORT(TCP, METHOD("tcp-socket", "accept")) void *tcp_accept(wv_obj *self) {
  host_tcp_accept(self->host, RET);
  if (RET[0] == 0) {
    WV_WRAP_AT(4, tcp_new);
    WV_WRAP_AT(8, wv_input_stream);
    WV_WRAP_AT(12, wv_output_stream);
  }
  return wv_host_done();
}

// ---- UDP ----

FORWARD_RESOURCE(UDP, "udp-socket", udp)
FORWARD_RESOURCE(UDP, "incoming-datagram-stream", incoming)
FORWARD_RESOURCE(UDP, "outgoing-datagram-stream", outgoing)

CREATE_SOCKET("udp-create-socket", "create-udp-socket", create_udp, udp_new)

SOCKET_BASICS(UDP, "udp-socket", udp, WV_SOCKET_UDP)
SETTING(UDP, "udp-socket", "unicast-hop-limit", udp_hop_limit, i32)

IMPORT(UDP, METHOD("udp-socket", "stream")) void host_udp_stream(i32, i32, ADDRESS_TYPES, ret_t);

// stream: func(remote-address: option<ip-socket-address>)
//   -> result<tuple<incoming-datagram-stream, outgoing-datagram-stream>, error-code>; checked,
// a remote address first (err(access-denied): the code at 4).
PER_CALLER void *udp_stream_impl(int checked, wv_obj *self, i32 some, ADDRESS_PARAMS) {
  const i32 address[] = {ADDRESS_ARGS};
  if (checked && some && !allowed(WV_SOCKET_UDP, address)) {
    RET[0] = 1;
    RET[4] = ACCESS_DENIED;
    return RET;
  }
  host_udp_stream(self->host, some, ADDRESS_ARGS, RET);
  if (RET[0] == 0) {
    WV_WRAP_AT(4, incoming_new);
    WV_WRAP_AT(8, outgoing_new);
  }
  return wv_host_done();
}

FORWARD_AND_CHECKED(UDP, METHOD("udp-socket", "stream"), udp_stream, void *,
                    P(wv_obj *self, i32 some, ADDRESS_PARAMS), udp_stream_impl,
                    P(self, some, ADDRESS_ARGS))

METHOD1(UDP, "incoming-datagram-stream", "receive", incoming_receive, i64)
FORWARD_SUBSCRIBE(UDP, "incoming-datagram-stream", incoming_subscribe)

FORWARD_RET(UDP, METHOD("outgoing-datagram-stream", "check-send"), outgoing_check_send)
FORWARD_SUBSCRIBE(UDP, "outgoing-datagram-stream", outgoing_subscribe)

IMPORT(UDP, METHOD("outgoing-datagram-stream", "send"))
void host_outgoing_send(i32, const uint8_t *, uint32_t, ret_t);

// Whether --allow-sockets lets datagram `d` (an outgoing-datagram, 44 bytes) go: one without an
// address goes to the stream's remote, checked by `stream`; its ip-socket-address is at 12 (the
// case, the port at 4, the IPv4 bytes from 6 or the IPv6 flow info at 8 and groups from 12).
static int datagram_allowed(const uint8_t *d) {
  if (!d[8]) {
    return 1;
  }
  const uint8_t *a = d + 12;
  i32 address[12];
  flatten(a[0], AT(a, uint16_t, 4), a + (a[0] ? 12 : 6), address);
  return allowed(WV_SOCKET_UDP, address);
}

// send: func(datagrams: list<outgoing-datagram>) -> result<u64, error-code>. Checked, only the
// datagrams before the first one to an address no rule allows are sent; when that is the
// first, err(access-denied) (the code at 8).
PER_CALLER void *outgoing_send_impl(int checked, wv_obj *self, const uint8_t *list, uint32_t n) {
  uint32_t sent = checked ? 0 : n;
  while (sent < n && datagram_allowed(list + 44 * sent)) {
    sent++;
  }
  if (n > 0 && sent == 0) {
    RET[0] = 1;
    RET[8] = ACCESS_DENIED;
    return wv_host_done();
  }
  host_outgoing_send(self->host, list, sent, RET);
  return wv_host_done();
}

FORWARD_AND_CHECKED(UDP, METHOD("outgoing-datagram-stream", "send"), outgoing_send, void *,
                    P(wv_obj *self, const uint8_t *list, uint32_t n), outgoing_send_impl,
                    P(self, list, n))
