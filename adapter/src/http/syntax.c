// What the adapter's HTTP types accept, as a real host's do (RFC 9110, RFC 3986): field names
// and methods are tokens; a field value holds no control character but tab; a scheme is a
// letter, then letters, digits, '+', '-' or '.'; an authority and a path are visible ASCII, an
// authority not empty and without '/', '?' or '#'. These are the least a host checks, not a
// URI parser. The connection-level headers a host manages itself are forbidden.
#include "http/http.h"

// Bit c of a class: whether byte c may appear (no byte from 128 may).
static const uint32_t token[4] = {0, 0x03ff6cfa, 0xc7fffffe, 0x57ffffff};     // tchar
static const uint32_t scheme[4] = {0, 0x03ff6800, 0x07fffffe, 0x07fffffe};    // alnum + - .
static const uint32_t authority[4] = {0, 0x7fff7ff6, 0xffffffff, 0x7fffffff}; // visible, no / ? #
static const uint32_t visible[4] = {0, 0xfffffffe, 0xffffffff, 0x7fffffff};   // '!' to '~'

// The headers wasmtime forbids by default: hop-by-hop and connection control.
static const wv_str forbidden[] = {
    {"connection", 10},          {"keep-alive", 10},       {"proxy-authenticate", 18},
    {"proxy-authorization", 19}, {"proxy-connection", 16}, {"transfer-encoding", 17},
    {"upgrade", 7},              {"host", 4},              {"http2-settings", 14},
};

static int all_in(const uint32_t class[4], const char *text, uint32_t len) {
  for (uint32_t i = 0; i < len; i++) {
    uint8_t c = (uint8_t)text[i];
    if (c >= 128 || !(class[c >> 5] >> (c & 31) & 1)) {
      return 0;
    }
  }
  return 1;
}

int wv_http_token(const char *text, uint32_t len) { return len > 0 && all_in(token, text, len); }

int wv_http_scheme(const char *text, uint32_t len) {
  char first = len > 0 ? (char)(text[0] | 0x20) : 0;
  return first >= 'a' && first <= 'z' && all_in(scheme, text, len);
}

int wv_http_authority(const char *text, uint32_t len) {
  return len > 0 && all_in(authority, text, len);
}

int wv_http_path(const char *text, uint32_t len) { return all_in(visible, text, len); }

int wv_http_field_value(wv_list value) {
  const uint8_t *bytes = value.ptr;
  for (uint32_t i = 0; i < value.count; i++) {
    if ((bytes[i] < 0x20 && bytes[i] != '\t') || bytes[i] == 0x7f) {
      return 0;
    }
  }
  return 1;
}

int wv_http_same_name(wv_str name, const char *other, uint32_t len) {
  if (name.len != len) {
    return 0;
  }
  for (uint32_t i = 0; i < len; i++) {
    char a = name.ptr[i], b = other[i];
    char lower = (char)(a | 0x20);
    if (a != b && !(lower == (char)(b | 0x20) && lower >= 'a' && lower <= 'z')) {
      return 0;
    }
  }
  return 1;
}

int wv_http_forbidden(const char *name, uint32_t len) {
  for (uint32_t i = 0; i < sizeof forbidden / sizeof forbidden[0]; i++) {
    if (wv_http_same_name(forbidden[i], name, len)) {
      return 1;
    }
  }
  return 0;
}
