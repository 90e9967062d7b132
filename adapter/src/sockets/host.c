// wasi:sockets passed through virtualized I/O. Every network, socket, lookup stream
// and datagram stream is the host's, wrapped in an adapter handle of kind WV_HOST; the streams
// and pollables they hand out become the adapter's own wasi:io resources around the host's,
// so the app reads, writes and polls them through the adapter like any other.
//
// A function forwards its core arguments as they came, with the self and network handles
// swapped for the host's, and returns the host's result from the shared return area; results
// that hold handles are rewrapped first. All exports here are `[forward]` variants (sockets.h).
#include "sockets/sockets.h"

typedef int32_t i32;
typedef int64_t i64;
typedef uint8_t *ret_t;

// An ip-socket-address, flattened: its case, then the ipv6 case's 11 fields joined with the
// ipv4 case's.
#define ADDRESS_PARAMS                                                                             \
  i32 a0, i32 a1, i32 a2, i32 a3, i32 a4, i32 a5, i32 a6, i32 a7, i32 a8, i32 a9, i32 a10, i32 a11
#define ADDRESS_ARGS a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11
#define ADDRESS_TYPES i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32

#define IMPORT_METHOD(IFACE, RES, NAME) IMPORT(SOCKETS(IFACE), "[method]" RES "." NAME)
#define EXPORT_METHOD(IFACE, RES, NAME) EXPORT(FORWARD(IFACE) "#[method]" RES "." NAME)

// A method with no arguments but self, its result in the return area.
#define METHOD0(IFACE, RES, NAME, ID)                                                              \
  IMPORT_METHOD(IFACE, RES, NAME) void host_##ID(i32, ret_t);                                      \
  EXPORT_METHOD(IFACE, RES, NAME) void *ID(wv_obj *self) {                                         \
    host_##ID(self->host, RET);                                                                    \
    return wv_host_done();                                                                         \
  }

// A method with one core argument of type T.
#define METHOD1(IFACE, RES, NAME, ID, T)                                                           \
  IMPORT_METHOD(IFACE, RES, NAME) void host_##ID(i32, T, ret_t);                                   \
  EXPORT_METHOD(IFACE, RES, NAME) void *ID(wv_obj *self, T value) {                                \
    host_##ID(self->host, value, RET);                                                             \
    return wv_host_done();                                                                         \
  }

// A method whose result is one core value that holds no handle.
#define METHOD_VALUE(IFACE, RES, NAME, ID)                                                         \
  IMPORT_METHOD(IFACE, RES, NAME) i32 host_##ID(i32);                                              \
  EXPORT_METHOD(IFACE, RES, NAME) i32 ID(wv_obj *self) { return host_##ID(self->host); }

// subscribe: func() -> pollable
#define SUBSCRIBE(IFACE, RES, ID)                                                                  \
  IMPORT_METHOD(IFACE, RES, "subscribe") i32 host_##ID(i32);                                       \
  EXPORT_METHOD(IFACE, RES, "subscribe") i32 ID(wv_obj *self) {                                    \
    return wv_pollable_host(host_##ID(self->host));                                                \
  }

// A getter and its setter, the value of core type T.
#define SETTING(IFACE, RES, NAME, ID, T)                                                           \
  METHOD0(IFACE, RES, NAME, ID)                                                                    \
  METHOD1(IFACE, RES, "set-" NAME, set_##ID, T)

// start-bind and start-connect: func(network: borrow<network>, address: ip-socket-address)
#define ADDRESSED(IFACE, RES, NAME, ID)                                                            \
  IMPORT_METHOD(IFACE, RES, NAME) void host_##ID(i32, i32, ADDRESS_TYPES, ret_t);                  \
  EXPORT_METHOD(IFACE, RES, NAME) void *ID(wv_obj *self, wv_obj *network, ADDRESS_PARAMS) {        \
    host_##ID(self->host, network->host, ADDRESS_ARGS, RET);                                       \
    return wv_host_done();                                                                         \
  }

// What TCP and UDP sockets both have: bind in two steps, their addresses and family, buffer
// sizes, a pollable.
#define SOCKET_BASICS(IFACE, RES, P)                                                               \
  ADDRESSED(IFACE, RES, "start-bind", P##_start_bind)                                              \
  METHOD0(IFACE, RES, "finish-bind", P##_finish_bind)                                              \
  METHOD0(IFACE, RES, "local-address", P##_local_address)                                          \
  METHOD0(IFACE, RES, "remote-address", P##_remote_address)                                        \
  METHOD_VALUE(IFACE, RES, "address-family", P##_address_family)                                   \
  SETTING(IFACE, RES, "receive-buffer-size", P##_receive_buffer, i64)                              \
  SETTING(IFACE, RES, "send-buffer-size", P##_send_buffer, i64)                                    \
  SUBSCRIBE(IFACE, RES, P##_subscribe)

// create-tcp-socket and create-udp-socket: func(address-family) -> result<socket, error-code>
#define CREATE_SOCKET(IFACE, NAME, ID, WRAP)                                                       \
  IMPORT(SOCKETS(IFACE), NAME) void host_##ID(i32, ret_t);                                         \
  EXPORT(FORWARD(IFACE) "#" NAME) void *ID(i32 family) {                                           \
    host_##ID(family, RET);                                                                        \
    if (RET[0] == 0) {                                                                             \
      WV_WRAP_AT(4, WRAP);                                                                         \
    }                                                                                              \
    return wv_host_done();                                                                         \
  }

// The resource's destructor drops the host's handle.
#define HOST_RESOURCE(IFACE, RES, ID)                                                              \
  IMPORT(SOCKETS(IFACE), "[resource-drop]" RES) void host_##ID##_drop(i32);                        \
  IMPORT(EXPORTED(SOCKETS(IFACE)), "[resource-new]" RES) i32 ID##_new(wv_obj *);                   \
  EXPORT(FORWARD(IFACE) "#[dtor]" RES) void ID##_dtor(wv_obj *self) {                              \
    host_##ID##_drop(self->host);                                                                  \
    wv_obj_free(self);                                                                             \
  }

// ---- network ----

IMPORT(SOCKETS("instance-network"), "instance-network") i32 host_instance_network(void);

EXPORT(FORWARD("instance-network") "#instance-network") i32 instance_network_host(void) {
  return network_new(wv_obj_new(WV_HOST, host_instance_network()));
}

IMPORT(NETWORK, "network-error-code") void host_network_error_code(i32, ret_t);

// network-error-code: func(err: borrow<error>) -> option<error-code>. The host's answer for
// an error of a host stream; none for the adapter's own.
EXPORT(FORWARD("network") "#network-error-code") void *network_error_code_host(wv_obj *err) {
  if (err->kind != WV_HOST) {
    RET[0] = 0;
    return RET;
  }
  host_network_error_code(err->host, RET);
  return wv_host_done();
}

// ---- name lookup ----

HOST_RESOURCE("ip-name-lookup", "resolve-address-stream", lookup)

IMPORT(SOCKETS("ip-name-lookup"), "resolve-addresses")
void host_resolve_addresses(i32, const char *, uint32_t, ret_t);

EXPORT(FORWARD("ip-name-lookup") "#resolve-addresses")
void *resolve_addresses_host(wv_obj *network, const char *name, uint32_t len) {
  host_resolve_addresses(network->host, name, len, RET);
  if (RET[0] == 0) {
    WV_WRAP_AT(4, lookup_new);
  }
  return wv_host_done();
}

METHOD0("ip-name-lookup", "resolve-address-stream", "resolve-next-address", lookup_next)
SUBSCRIBE("ip-name-lookup", "resolve-address-stream", lookup_subscribe)

// ---- TCP ----

HOST_RESOURCE("tcp", "tcp-socket", tcp)

CREATE_SOCKET("tcp-create-socket", "create-tcp-socket", create_tcp, tcp_new)

SOCKET_BASICS("tcp", "tcp-socket", tcp)
ADDRESSED("tcp", "tcp-socket", "start-connect", tcp_start_connect)
METHOD0("tcp", "tcp-socket", "start-listen", tcp_start_listen)
METHOD0("tcp", "tcp-socket", "finish-listen", tcp_finish_listen)
METHOD_VALUE("tcp", "tcp-socket", "is-listening", tcp_is_listening)
METHOD1("tcp", "tcp-socket", "set-listen-backlog-size", tcp_set_backlog, i64)
SETTING("tcp", "tcp-socket", "keep-alive-enabled", tcp_keep_alive, i32)
SETTING("tcp", "tcp-socket", "keep-alive-idle-time", tcp_keep_alive_idle, i64)
SETTING("tcp", "tcp-socket", "keep-alive-interval", tcp_keep_alive_interval, i64)
SETTING("tcp", "tcp-socket", "keep-alive-count", tcp_keep_alive_count, i32)
SETTING("tcp", "tcp-socket", "hop-limit", tcp_hop_limit, i32)
METHOD1("tcp", "tcp-socket", "shutdown", tcp_shutdown, i32)

IMPORT_METHOD("tcp", "tcp-socket", "finish-connect") void host_tcp_finish_connect(i32, ret_t);

// finish-connect: func() -> result<tuple<input-stream, output-stream>, error-code>
EXPORT_METHOD("tcp", "tcp-socket", "finish-connect") void *tcp_finish_connect(wv_obj *self) {
  host_tcp_finish_connect(self->host, RET);
  if (RET[0] == 0) {
    WV_WRAP_AT(4, wv_input_stream);
    WV_WRAP_AT(8, wv_output_stream);
  }
  return wv_host_done();
}

IMPORT_METHOD("tcp", "tcp-socket", "accept") void host_tcp_accept(i32, ret_t);

// accept: func() -> result<tuple<tcp-socket, input-stream, output-stream>, error-code>
EXPORT_METHOD("tcp", "tcp-socket", "accept") void *tcp_accept(wv_obj *self) {
  host_tcp_accept(self->host, RET);
  if (RET[0] == 0) {
    WV_WRAP_AT(4, tcp_new);
    WV_WRAP_AT(8, wv_input_stream);
    WV_WRAP_AT(12, wv_output_stream);
  }
  return wv_host_done();
}

// ---- UDP ----

HOST_RESOURCE("udp", "udp-socket", udp)
HOST_RESOURCE("udp", "incoming-datagram-stream", incoming)
HOST_RESOURCE("udp", "outgoing-datagram-stream", outgoing)

CREATE_SOCKET("udp-create-socket", "create-udp-socket", create_udp, udp_new)

SOCKET_BASICS("udp", "udp-socket", udp)
SETTING("udp", "udp-socket", "unicast-hop-limit", udp_hop_limit, i32)

IMPORT_METHOD("udp", "udp-socket", "stream") void host_udp_stream(i32, i32, ADDRESS_TYPES, ret_t);

// stream: func(remote-address: option<ip-socket-address>)
//   -> result<tuple<incoming-datagram-stream, outgoing-datagram-stream>, error-code>
EXPORT_METHOD("udp", "udp-socket", "stream") void *udp_stream(wv_obj *self, i32 some, ADDRESS_PARAMS) {
  host_udp_stream(self->host, some, ADDRESS_ARGS, RET);
  if (RET[0] == 0) {
    WV_WRAP_AT(4, incoming_new);
    WV_WRAP_AT(8, outgoing_new);
  }
  return wv_host_done();
}

METHOD1("udp", "incoming-datagram-stream", "receive", incoming_receive, i64)
SUBSCRIBE("udp", "incoming-datagram-stream", incoming_subscribe)

METHOD0("udp", "outgoing-datagram-stream", "check-send", outgoing_check_send)
SUBSCRIBE("udp", "outgoing-datagram-stream", outgoing_subscribe)

IMPORT_METHOD("udp", "outgoing-datagram-stream", "send") void host_outgoing_send(i32, const void *, uint32_t, ret_t);

// send: func(datagrams: list<outgoing-datagram>) -> result<u64, error-code>
EXPORT_METHOD("udp", "outgoing-datagram-stream", "send") void *outgoing_send(wv_obj *self, const void *list, uint32_t n) {
  host_outgoing_send(self->host, list, n, RET);
  return wv_host_done();
}
