// wasi:sockets for a policy that denies sockets: the instance network exists (it
// reaches nothing), and every way to get a socket or a name lookup fails with access-denied,
// so no socket, lookup stream or datagram stream ever exists. The methods of those resources
// are generated as traps (src/virt/trap-exports.ts): nothing can call them.
#include "sockets/sockets.h"

enum { WV_SOCKETS_ACCESS_DENIED = 1 };

IMPORT(NETWORK, "[resource-drop]network") void host_network_drop(int32_t);

// result<own<T>, error-code>: err(access-denied), the code at 4.
static void *denied(void) {
  uint8_t *ret = (uint8_t *)&wv_ret_area;
  ret[0] = 1;
  ret[4] = WV_SOCKETS_ACCESS_DENIED;
  wv_release();
  return ret;
}

EXPORT(SOCKETS("instance-network") "#instance-network") int32_t instance_network(void) {
  return network_new(wv_obj_new(WV_NETWORK, 0));
}

// The instance network is the adapter's (WV_NETWORK) or, when sockets pass through, the
// host's (WV_HOST).
EXPORT(NETWORK "#[dtor]network") void network_dtor(wv_obj *self) {
  if (self->kind == WV_HOST) {
    host_network_drop(self->host);
  }
  wv_obj_free(self);
}

// network-error-code: func(err: borrow<error>) -> option<error-code>. None: the adapter's
// errors never come from a socket.
EXPORT(NETWORK "#network-error-code") uint8_t *network_error_code(wv_obj *err) {
  wv_ret_area.tag = 0;
  return &wv_ret_area.tag;
}

EXPORT(SOCKETS("tcp-create-socket") "#create-tcp-socket") void *create_tcp_socket(int32_t af) {
  return denied();
}

EXPORT(SOCKETS("udp-create-socket") "#create-udp-socket") void *create_udp_socket(int32_t af) {
  return denied();
}

// resolve-addresses: func(network: borrow<network>, name: string)
EXPORT(SOCKETS("ip-name-lookup") "#resolve-addresses")
void *resolve_addresses(wv_obj *network, const char *name, uint32_t len) {
  return denied();
}
