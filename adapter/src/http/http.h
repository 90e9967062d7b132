// wasi:http: what its two sides share. Denied (http/fields.c, http/outgoing.c), the
// adapter plays the host up to the send; passed through virtualized I/O (http/host.c), it
// forwards everything to the host's.
#ifndef WASI_VIRT_HTTP_H
#define WASI_VIRT_HTTP_H

#include "runtime/handles.h"

#define HTTP_TYPES WASI("http/types")
#define HTTP_HANDLER WASI("http/outgoing-handler")

WV_RESOURCE(HTTP_TYPES, "fields", fields)
WV_RESOURCE(HTTP_TYPES, "outgoing-request", request)
WV_RESOURCE(HTTP_TYPES, "outgoing-response", response)
WV_RESOURCE(HTTP_TYPES, "outgoing-body", body)
WV_RESOURCE(HTTP_TYPES, "request-options", options)

// One header: tuple<field-name, field-value>, as the canonical ABI lays it out (16 bytes), so
// a header map's entries are returned as they are stored.
typedef struct {
  wv_str name;
  wv_list value;
} wv_field;

_Static_assert(sizeof(wv_field) == 16, "tuple<string, list<u8>> layout");

// A new `fields` handle over a copy of `count` entries; `immutable` makes set, append and
// delete fail with header-error.immutable (a request's or a response's headers).
int32_t wv_fields_new(const wv_field *entries, uint32_t count, int immutable);

// Takes the entries out of an own<fields> handle the caller passed (a constructor's headers)
// and drops the handle: the caller owns the block from then on (wv_block_free).
wv_field *wv_fields_take(int32_t handle, uint32_t *count);

// Drops an own handle of `fields` passed to the adapter (finish's trailers).
void wv_fields_drop(int32_t handle);

// Syntax checks (http/syntax.c): whether `len` bytes at `text` are a token (a field name or a
// method), a scheme, an authority, a path with query; whether a field value is valid.
int wv_http_token(const char *text, uint32_t len);
int wv_http_scheme(const char *text, uint32_t len);
int wv_http_authority(const char *text, uint32_t len);
int wv_http_path(const char *text, uint32_t len);
int wv_http_field_value(wv_list value);
// Field names compare ASCII case-insensitively.
int wv_http_same_name(wv_str name, const char *other, uint32_t len);
// Whether a field name is one a host manages itself (header-error.forbidden).
int wv_http_forbidden(const char *name, uint32_t len);

// --allow-http=PATTERNS (http/allow.c): whether a request with this scheme (its name, any case)
// and authority may be sent; always when the configuration has no rules.
int wv_http_allowed(const char *scheme, uint32_t scheme_len, const char *authority,
                    uint32_t authority_len);

#endif
