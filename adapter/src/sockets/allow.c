// --allow-sockets=PATTERNS (adapter/CONFIG.md, sockets.rules): which addresses a socket may
// connect to, bind to and send to, and which names may be looked up, asked by sockets/host.c's
// `[checked]` exports (which the generator uses only when there are rules). An address is
// allowed for a protocol and port when a rule for that protocol whose ports hold the port has
// host "*", an address block holding the address, or a name pattern whose lookup returned the
// address earlier in this instance (remembered below). An IPv4-mapped IPv6 address
// (::ffff:a.b.c.d) is checked as the IPv4 address it reaches.
#include "runtime/config-blob.h"
#include "runtime/host-names.h"
#include "sockets/sockets.h"

// How many looked-up addresses are remembered (past that the oldest is forgotten), and the
// longest name looked up.
enum { RESOLVED_MAX = 64, NAME_MAX = 253 };

static struct {
  wv_ip ip;
  uint32_t rules; // bit i: rule i's name pattern matched a name that resolved to `ip`
} resolved[RESOLVED_MAX];
static uint32_t resolved_count, resolved_next;

static int same_ip(const wv_ip *a, const wv_ip *b) {
  return a->family == b->family &&
         wv_same((const char *)a->bytes, a->family, (const char *)b->bytes, b->family);
}

static uint32_t resolved_rules(const wv_ip *ip) {
  for (uint32_t i = 0; i < resolved_count; i++) {
    if (same_ip(&resolved[i].ip, ip)) {
      return resolved[i].rules;
    }
  }
  return 0;
}

void wv_sockets_resolved(const wv_ip *ip, uint32_t rules) {
  for (uint32_t i = 0; i < resolved_count; i++) {
    if (same_ip(&resolved[i].ip, ip)) {
      resolved[i].rules |= rules;
      return;
    }
  }
  uint32_t slot = resolved_next;
  resolved_next = (resolved_next + 1) % RESOLVED_MAX;
  if (resolved_count < RESOLVED_MAX) {
    resolved_count++;
  }
  resolved[slot].ip = *ip;
  resolved[slot].rules = rules;
}

static int in_block(const wv_socket_rule *rule, const wv_ip *ip) {
  uint32_t family = rule->kind == WV_HOST_IPV4 ? 4 : 16;
  if (ip->family != family) {
    return 0;
  }
  for (uint32_t bit = 0; bit < rule->prefix; bit += 8) {
    uint32_t left = rule->prefix - bit;
    uint8_t mask = left >= 8 ? 0xff : (uint8_t)(0xff << (8 - left));
    if ((ip->bytes[bit / 8] & mask) != rule->address[bit / 8]) {
      return 0;
    }
  }
  return 1;
}

static int unspecified(const wv_ip *ip) {
  for (uint32_t i = 0; i < ip->family; i++) {
    if (ip->bytes[i]) {
      return 0;
    }
  }
  return 1;
}

int wv_socket_allowed(uint32_t use, const wv_ip *ip, uint32_t port) {
  const wv_config *config = wv_config_get();
  uint32_t protocol = use & (WV_SOCKET_TCP | WV_SOCKET_UDP);
  uint32_t names = resolved_rules(ip);
  int any_rule = 0;
  for (uint32_t i = 0; i < config->socket_rule_count; i++) {
    const wv_socket_rule *rule = &config->socket_rules[i];
    if (!(rule->protocols & protocol)) {
      continue;
    }
    any_rule = 1;
    if (port < rule->port_low || port > rule->port_high) {
      continue;
    }
    if (rule->kind == WV_HOST_ANY || (rule->kind == WV_HOST_NAME && (names >> i & 1)) ||
        ((rule->kind == WV_HOST_IPV4 || rule->kind == WV_HOST_IPV6) && in_block(rule, ip))) {
      return 1;
    }
  }
  // A UDP socket must be bound before it sends: an ephemeral port on the unspecified address,
  // what a client asks for, is allowed whenever some rule is for UDP.
  return use == (WV_SOCKET_UDP | WV_SOCKET_BIND) && any_rule && port == 0 && unspecified(ip);
}

static int digit(char c) { return c >= '0' && c <= '9'; }

// Whether name[from, to) is a dotted quad: four decimal numbers 0-255 without leading zeros.
static int dotted_quad(const char *name, uint32_t from, uint32_t to) {
  uint32_t parts = 0, value = 0, digits = 0;
  for (uint32_t i = from; i <= to; i++) {
    if (i == to || name[i] == '.') {
      if (digits == 0 || value > 255 || (digits > 1 && name[i - digits] == '0')) {
        return 0;
      }
      parts++, value = 0, digits = 0;
    } else if (digit(name[i]) && digits < 3) {
      value = value * 10 + (uint32_t)(name[i] - '0'), digits++;
    } else {
      return 0;
    }
  }
  return parts == 4;
}

// Whether `name` is an IP address literal, which a host parses without asking a resolver: a
// dotted quad, or IPv6 text (two to seven ':', groups of up to four hex digits, a dotted quad
// after the last ':'). No DNS name holds a ':'.
static int address_literal(const char *name, uint32_t len) {
  if (dotted_quad(name, 0, len)) {
    return 1;
  }
  uint32_t colons = 0, last = 0, group = 0, dots = 0;
  for (uint32_t i = 0; i < len; i++) {
    char lower = (char)(name[i] | 0x20);
    if (name[i] == ':' && dots == 0) {
      colons++, last = i + 1, group = 0;
    } else if (name[i] == '.') {
      dots++, group = 0;
    } else if (!(digit(name[i]) || (lower >= 'a' && lower <= 'f')) || ++group > 4) {
      return 0;
    }
  }
  return colons >= 2 && colons <= 7 && (dots == 0 || dotted_quad(name, last, len));
}

int wv_lookup_allowed(const char *name, uint32_t len, uint32_t *rules) {
  const wv_config *config = wv_config_get();
  *rules = 0;
  if (len == 0 || len > NAME_MAX) {
    return 0;
  }
  char lowered[NAME_MAX];
  wv_lower(lowered, name, len);
  for (uint32_t i = 0; i < config->socket_rule_count; i++) {
    const wv_socket_rule *rule = &config->socket_rules[i];
    if (rule->kind == WV_HOST_ANY ||
        (rule->kind == WV_HOST_NAME && wv_host_matches(rule->name, lowered, len))) {
      *rules |= 1u << i;
    }
  }
  return *rules != 0 || address_literal(name, len);
}
