// Host name matching shared by the access rules (runtime/host-names.h).
#include "runtime/host-names.h"

void wv_lower(char *to, const char *from, uint32_t len) {
  for (uint32_t i = 0; i < len; i++) {
    char c = from[i];
    to[i] = c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c;
  }
}

int wv_same(const char *a, uint32_t a_len, const char *b, uint32_t b_len) {
  if (a_len != b_len) {
    return 0;
  }
  for (uint32_t i = 0; i < a_len; i++) {
    if (a[i] != b[i]) {
      return 0;
    }
  }
  return 1;
}

int wv_host_matches(wv_str rule, const char *host, uint32_t len) {
  if (rule.len == 1 && rule.ptr[0] == '*') {
    return 1;
  }
  if (rule.len >= 2 && rule.ptr[0] == '*' && rule.ptr[1] == '.') {
    uint32_t suffix = rule.len - 1; // ".suffix"
    return len > suffix && wv_same(host + len - suffix, suffix, rule.ptr + 1, suffix);
  }
  return wv_same(rule.ptr, rule.len, host, len);
}
