// wasi:sockets passed through virtualized I/O. Every network, socket, lookup stream and
// datagram stream is the host's, wrapped in an adapter handle of kind WV_HOST; the streams and
// pollables they hand out become the adapter's own wasi:io resources around the host's, so the
// app reads, writes and polls them through the adapter like any other.
//
// Every function is forwarded as runtime/forward.h describes, the network handle swapped for
// the host's too. All exports here are `[forward]` variants.
#include "runtime/forward.h"
#include "sockets/sockets.h"

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

// start-bind and start-connect: func(network: borrow<network>, address: ip-socket-address)
#define ADDRESSED(IFACE, RES, NAME, ID)                                                            \
  FORWARD_RET_ARGS(IFACE, METHOD(RES, NAME), ID, P(i32, ADDRESS_TYPES),                            \
                   P(wv_obj *network, ADDRESS_PARAMS), P(network->host, ADDRESS_ARGS))

// What TCP and UDP sockets both have: bind in two steps, their addresses and family, buffer
// sizes, a pollable.
#define SOCKET_BASICS(IFACE, RES, P)                                                               \
  ADDRESSED(IFACE, RES, "start-bind", P##_start_bind)                                              \
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

FORWARD_EXPORT(LOOKUP, "resolve-addresses")
void *resolve_addresses_host(wv_obj *network, const char *name, uint32_t len) {
  host_resolve_addresses(network->host, name, len, RET);
  return WV_HOST_RESULT(lookup_new);
}

FORWARD_RET(LOOKUP, METHOD("resolve-address-stream", "resolve-next-address"), lookup_next)
FORWARD_SUBSCRIBE(LOOKUP, "resolve-address-stream", lookup_subscribe)

// ---- TCP ----

FORWARD_RESOURCE(TCP, "tcp-socket", tcp)

CREATE_SOCKET("tcp-create-socket", "create-tcp-socket", create_tcp, tcp_new)

SOCKET_BASICS(TCP, "tcp-socket", tcp)
ADDRESSED(TCP, "tcp-socket", "start-connect", tcp_start_connect)
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

SOCKET_BASICS(UDP, "udp-socket", udp)
SETTING(UDP, "udp-socket", "unicast-hop-limit", udp_hop_limit, i32)

IMPORT(UDP, METHOD("udp-socket", "stream")) void host_udp_stream(i32, i32, ADDRESS_TYPES, ret_t);

// stream: func(remote-address: option<ip-socket-address>)
//   -> result<tuple<incoming-datagram-stream, outgoing-datagram-stream>, error-code>
FORWARD_EXPORT(UDP, METHOD("udp-socket", "stream"))
void *udp_stream(wv_obj *self, i32 some, ADDRESS_PARAMS) {
  host_udp_stream(self->host, some, ADDRESS_ARGS, RET);
  if (RET[0] == 0) {
    WV_WRAP_AT(4, incoming_new);
    WV_WRAP_AT(8, outgoing_new);
  }
  return wv_host_done();
}

METHOD1(UDP, "incoming-datagram-stream", "receive", incoming_receive, i64)
FORWARD_SUBSCRIBE(UDP, "incoming-datagram-stream", incoming_subscribe)

FORWARD_RET(UDP, METHOD("outgoing-datagram-stream", "check-send"), outgoing_check_send)
FORWARD_SUBSCRIBE(UDP, "outgoing-datagram-stream", outgoing_subscribe)

// send: func(datagrams: list<outgoing-datagram>) -> result<u64, error-code>
FORWARD_RET_ARGS(UDP, METHOD("outgoing-datagram-stream", "send"), outgoing_send,
                 P(const void *, uint32_t), P(const void *list, uint32_t n), P(list, n))
