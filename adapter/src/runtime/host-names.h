// Host names as the access rules compare them (--allow-http's http/allow.c, --allow-sockets'
// sockets/allow.c): ASCII-lowercased copies and "*" / "*.suffix" / exact patterns.
#ifndef WASI_VIRT_HOST_NAMES_H
#define WASI_VIRT_HOST_NAMES_H

#include "runtime/abi.h"

// Copies `len` bytes to `to`, lowercased (ASCII).
void wv_lower(char *to, const char *from, uint32_t len);

// Whether the two byte strings are equal.
int wv_same(const char *a, uint32_t a_len, const char *b, uint32_t b_len);

// Whether `host` (lowercased) matches the rule (lowercased): "*" any host, "*.suffix" a host
// ending in ".suffix" with a label at least before it, anything else that host only.
int wv_host_matches(wv_str rule, const char *host, uint32_t len);

#endif
