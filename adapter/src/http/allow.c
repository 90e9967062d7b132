// --allow-http=PATTERNS (adapter/CONFIG.md, http.rules): whether a request may go to the host
// its scheme and authority name. A rule matches when its scheme is "*" or the request's, its
// host "*", the request's host, or "*.suffix" with the request's host ending in ".suffix" (a
// label at least before it), and its port 0 or the request's. The request's host is lowercased
// (the rules are, by the generator); its port is the authority's, or the scheme's default
// (http 80, https 443; none for another scheme, or for none (empty), which then matches only
// port 0). A request without a scheme (empty) matches only rules for any scheme. Userinfo
// before an '@' is skipped; an IPv6 address keeps its brackets.
#include "http/http.h"
#include "runtime/config-blob.h"
#include "runtime/host-names.h"

enum { HOST_MAX = 256, SCHEME_MAX = 32 };

int wv_http_allowed(const char *scheme_text, uint32_t scheme_len, const char *authority,
                    uint32_t authority_len) {
  const wv_config *config = wv_config_get();
  if (config->http_rule_count == 0) {
    return 1;
  }
  if (scheme_len > SCHEME_MAX) {
    return 0;
  }
  char scheme[SCHEME_MAX];
  wv_lower(scheme, scheme_text, scheme_len);
  // host[:port] after any userinfo; the port follows the last ':' after an IPv6 ']'.
  uint32_t start = 0, colon = authority_len, close = 0;
  for (uint32_t i = 0; i < authority_len; i++) {
    if (authority[i] == '@') {
      start = i + 1;
    }
  }
  for (uint32_t i = start; i < authority_len; i++) {
    if (authority[i] == ']') {
      close = i;
    }
  }
  for (uint32_t i = close > start ? close : start; i < authority_len; i++) {
    if (authority[i] == ':') {
      colon = i;
    }
  }
  uint32_t host_len = colon - start;
  if (host_len == 0 || host_len > HOST_MAX) {
    return 0;
  }
  char host[HOST_MAX];
  wv_lower(host, authority + start, host_len);
  uint32_t port = 0; // none known
  if (colon < authority_len) {
    uint32_t digits = authority_len - colon - 1;
    if (digits == 0 || digits > 5) {
      return 0;
    }
    for (uint32_t i = colon + 1; i < authority_len; i++) {
      char c = authority[i];
      if (c < '0' || c > '9') {
        return 0;
      }
      port = port * 10 + (uint32_t)(c - '0');
    }
  } else if (wv_same(scheme, scheme_len, "http", 4)) {
    port = 80;
  } else if (wv_same(scheme, scheme_len, "https", 5)) {
    port = 443;
  }
  for (uint32_t i = 0; i < config->http_rule_count; i++) {
    const wv_http_rule *rule = &config->http_rules[i];
    int any_scheme = rule->scheme.len == 1 && rule->scheme.ptr[0] == '*';
    if ((any_scheme || wv_same(rule->scheme.ptr, rule->scheme.len, scheme, scheme_len)) &&
        wv_host_matches(rule->host, host, host_len) && (rule->port == 0 || rule->port == port)) {
      return 1;
    }
  }
  return 0;
}
