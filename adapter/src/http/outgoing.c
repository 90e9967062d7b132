// wasi:http denied: a client builds requests (and responses) as on a real host, up to
// the send. An outgoing-request keeps its method, scheme, authority, path and headers; a body
// is taken once, its stream once, and what is written to it vanishes (an ignored output
// stream, io/streams.c); request-options keep their timeouts. outgoing-handler.handle drops
// what it is given and fails with HTTP-request-denied, so no incoming response, body, trailers
// or future ever exists; an incoming request never does either (a component that exports
// incoming-handler is refused by the generator). The methods of those resources are generated
// as traps (src/virt/trap-exports.ts).
#include "http/http.h"

#define REQUEST "[method]outgoing-request."
#define RESPONSE "[method]outgoing-response."
#define OPTIONS "[method]request-options."

enum { METHOD_OTHER = 9, SCHEME_OTHER = 2, HTTP_REQUEST_DENIED = 15 };
enum { OK = 0, ERR = 1 }; // a plain `result`

// An outgoing request's parts, laid out as its getters return them: variant method,
// option<scheme> (the scheme at 4), option<string> authority and path-with-query. A string of
// length 0 has no block; any other lives in a block of its own.
typedef struct {
  wv_field *headers;
  uint32_t header_count;
  wv_tagged_str method;
  struct {
    uint8_t is_some;
    wv_tagged_str scheme;
  } scheme;
  wv_tagged_str authority;
  wv_tagged_str path;
} request;

_Static_assert(sizeof(((request *)0)->scheme) == 16, "option<scheme> layout");

// option<duration>: the duration at 8. 16 bytes.
typedef struct {
  uint8_t is_some;
  uint64_t value;
} option_u64;

enum { CONNECT, FIRST_BYTE, BETWEEN_BYTES };

// body() and write(): result<own<T>> (the handle at 4), ok the first time only. A body, or
// for write() (`sink`) an output stream whose writes succeed and vanish.
static void *once(wv_obj *self, int sink) {
  static struct {
    uint8_t is_err;
    int32_t handle;
  } ret;
  ret.is_err = self->taken != 0;
  if (!self->taken) {
    self->taken = 1;
    ret.handle = sink ? wv_output_stream(wv_obj_new(WV_IGNORE, 0))
                      : body_new(wv_obj_new(WV_BODY, 0));
  }
  return &ret;
}

// Replaces a stored string (tag and bytes) with a copy of `len` bytes at `ptr`.
static void store(wv_tagged_str *to, uint8_t tag, const char *ptr, uint32_t len) {
  if (to->str.len > 0) {
    wv_block_free((void *)to->str.ptr);
  }
  char *bytes = len > 0 ? wv_block(len) : 0;
  for (uint32_t i = 0; i < len; i++) {
    bytes[i] = ptr[i];
  }
  *to = (wv_tagged_str){tag, {bytes, len}};
}

static request *parts(wv_obj *self) { return self->block; }

// ---- outgoing-request ----

// constructor(headers: headers)
EXPORT(HTTP_TYPES "#[constructor]outgoing-request") int32_t request_constructor(int32_t headers) {
  request *r = wv_block(sizeof(request));
  r->headers = wv_fields_take(headers, &r->header_count);
  r->method = r->authority = r->path = r->scheme.scheme = (wv_tagged_str){0, {0, 0}};
  r->scheme.is_some = 0; // GET, and no scheme, authority or path
  wv_obj *obj = wv_obj_new(WV_REQUEST, 0);
  obj->block = r;
  return request_new(obj);
}

// body: func() -> result<outgoing-body>
EXPORT(HTTP_TYPES "#" REQUEST "body") void *request_body(wv_obj *self) {
  return once(self, 0);
}

// method: func() -> method
EXPORT(HTTP_TYPES "#" REQUEST "method") void *request_method(wv_obj *self) {
  return &parts(self)->method;
}

// set-method: func(method: method) -> result
EXPORT(HTTP_TYPES "#" REQUEST "set-method")
int32_t request_set_method(wv_obj *self, int32_t tag, const char *ptr, uint32_t len) {
  int other = tag == METHOD_OTHER;
  int ok = !other || wv_http_token(ptr, len);
  if (ok) {
    store(&parts(self)->method, tag, ptr, other ? len : 0);
  }
  wv_release();
  return ok ? OK : ERR;
}

// scheme: func() -> option<scheme>
EXPORT(HTTP_TYPES "#" REQUEST "scheme") void *request_scheme(wv_obj *self) {
  return &parts(self)->scheme;
}

// set-scheme: func(scheme: option<scheme>) -> result
EXPORT(HTTP_TYPES "#" REQUEST "set-scheme")
int32_t request_set_scheme(wv_obj *self, int32_t is_some, int32_t tag, const char *ptr,
                           uint32_t len) {
  int other = is_some && tag == SCHEME_OTHER;
  int ok = !other || wv_http_scheme(ptr, len);
  if (ok) {
    parts(self)->scheme.is_some = is_some;
    store(&parts(self)->scheme.scheme, is_some ? tag : 0, ptr, other ? len : 0);
  }
  wv_release();
  return ok ? OK : ERR;
}

// Sets an option<string> part if `valid`.
static int32_t set_optional(wv_tagged_str *part, int32_t is_some, const char *ptr, uint32_t len,
                            int valid) {
  if (valid) {
    store(part, is_some, ptr, is_some ? len : 0);
  }
  wv_release();
  return valid ? OK : ERR;
}

// authority: func() -> option<string>
EXPORT(HTTP_TYPES "#" REQUEST "authority") void *request_authority(wv_obj *self) {
  return &parts(self)->authority;
}

// set-authority: func(authority: option<string>) -> result. Not empty, no path, query or fragment.
EXPORT(HTTP_TYPES "#" REQUEST "set-authority")
int32_t request_set_authority(wv_obj *self, int32_t is_some, const char *ptr, uint32_t len) {
  return set_optional(&parts(self)->authority, is_some, ptr, len,
                      !is_some || wv_http_authority(ptr, len));
}

// path-with-query: func() -> option<string>
EXPORT(HTTP_TYPES "#" REQUEST "path-with-query") void *request_path(wv_obj *self) {
  return &parts(self)->path;
}

// set-path-with-query: func(path-with-query: option<string>) -> result
EXPORT(HTTP_TYPES "#" REQUEST "set-path-with-query")
int32_t request_set_path(wv_obj *self, int32_t is_some, const char *ptr, uint32_t len) {
  return set_optional(&parts(self)->path, is_some, ptr, len, !is_some || wv_http_path(ptr, len));
}

// headers: func() -> headers (immutable: a copy, since the request's never change)
EXPORT(HTTP_TYPES "#" REQUEST "headers") int32_t request_headers(wv_obj *self) {
  return wv_fields_new(parts(self)->headers, parts(self)->header_count, 1);
}

EXPORT(HTTP_TYPES "#[dtor]outgoing-request") void request_dtor(wv_obj *self) {
  request *r = parts(self);
  store(&r->method, 0, 0, 0);
  store(&r->scheme.scheme, 0, 0, 0);
  store(&r->authority, 0, 0, 0);
  store(&r->path, 0, 0, 0);
  wv_block_free(r->headers);
  wv_block_free(r);
  wv_obj_free(self);
}

// ---- outgoing-response: headers in block/len, the status in flags ----

// constructor(headers: headers); the status is 200
EXPORT(HTTP_TYPES "#[constructor]outgoing-response")
int32_t response_constructor(int32_t headers) {
  wv_obj *obj = wv_obj_new(WV_RESPONSE, 0);
  obj->block = wv_fields_take(headers, &obj->len);
  obj->flags = 200;
  return response_new(obj);
}

// status-code: func() -> status-code
EXPORT(HTTP_TYPES "#" RESPONSE "status-code") int32_t response_status(wv_obj *self) {
  return self->flags;
}

// set-status-code: func(status-code: status-code) -> result. Three digits, 100 to 999.
EXPORT(HTTP_TYPES "#" RESPONSE "set-status-code")
int32_t response_set_status(wv_obj *self, int32_t status) {
  if (status < 100 || status > 999) {
    return ERR;
  }
  self->flags = status;
  return OK;
}

// headers: func() -> headers (immutable)
EXPORT(HTTP_TYPES "#" RESPONSE "headers") int32_t response_headers(wv_obj *self) {
  return wv_fields_new(self->block, self->len, 1);
}

// body: func() -> result<outgoing-body>
EXPORT(HTTP_TYPES "#" RESPONSE "body") void *response_body(wv_obj *self) {
  return once(self, 0);
}

EXPORT(HTTP_TYPES "#[dtor]outgoing-response") void response_dtor(wv_obj *self) {
  wv_block_free(self->block);
  wv_obj_free(self);
}

// ---- outgoing-body ----

// write: func() -> result<output-stream>: once, a stream whose writes succeed and vanish
EXPORT(HTTP_TYPES "#[method]outgoing-body.write") void *body_write(wv_obj *self) {
  return once(self, 1);
}

// finish: static func(this: outgoing-body, trailers: option<trailers>) -> result<_, error-code>
EXPORT(HTTP_TYPES "#[static]outgoing-body.finish")
void *body_finish(int32_t body, int32_t has_trailers, int32_t trailers) {
  if (has_trailers) {
    wv_fields_drop(trailers);
  }
  body_drop(body);
  wv_ret_area.tag = 0; // ok
  return &wv_ret_area.tag;
}

EXPORT(HTTP_TYPES "#[dtor]outgoing-body") void body_dtor(wv_obj *self) { wv_obj_free(self); }

// ---- request-options: three option<duration>, none at first ----

// constructor()
EXPORT(HTTP_TYPES "#[constructor]request-options") int32_t options_constructor(void) {
  option_u64 *timeouts = wv_block(3 * sizeof(option_u64));
  for (int i = 0; i < 3; i++) {
    timeouts[i] = (option_u64){0, 0};
  }
  wv_obj *obj = wv_obj_new(WV_OPTIONS, 0);
  obj->block = timeouts;
  return options_new(obj);
}

static int32_t set_timeout(wv_obj *self, int which, int32_t is_some, uint64_t value) {
  ((option_u64 *)self->block)[which] = (option_u64){is_some, is_some ? value : 0};
  return OK;
}

#define TIMEOUT(name, which, fn)                                                               \
  EXPORT(HTTP_TYPES "#" OPTIONS name) void *options_##fn(wv_obj *self) {                     \
    return &((option_u64 *)self->block)[which];                                              \
  }                                                                                          \
  EXPORT(HTTP_TYPES "#" OPTIONS "set-" name)                                                 \
  int32_t options_set_##fn(wv_obj *self, int32_t is_some, uint64_t value) {                  \
    return set_timeout(self, which, is_some, value);                                         \
  }

// connect-timeout, first-byte-timeout, between-bytes-timeout: func() -> option<duration>;
// their setters: func(duration: option<duration>) -> result
TIMEOUT("connect-timeout", CONNECT, connect)
TIMEOUT("first-byte-timeout", FIRST_BYTE, first_byte)
TIMEOUT("between-bytes-timeout", BETWEEN_BYTES, between_bytes)

EXPORT(HTTP_TYPES "#[dtor]request-options") void options_dtor(wv_obj *self) {
  wv_block_free(self->block);
  wv_obj_free(self);
}

// ---- sending ----

// handle: func(request: outgoing-request, options: option<request-options>)
//   -> result<future-incoming-response, error-code>: err(HTTP-request-denied), the code at 8.
EXPORT(HTTP_HANDLER "#handle")
void *handle(int32_t request_handle, int32_t has_options, int32_t options) {
  static struct {
    uint8_t is_err;
    uint64_t code; // error-code's tag is its first byte
  } ret;
  if (has_options) {
    options_drop(options);
  }
  request_drop(request_handle);
  ret.is_err = 1;
  ret.code = HTTP_REQUEST_DENIED;
  return &ret;
}

// http-error-code: func(err: borrow<io-error>) -> option<error-code>. None: the adapter's
// errors never come from HTTP.
EXPORT(HTTP_TYPES "#http-error-code") uint8_t *http_error_code(wv_obj *err) {
  wv_ret_area.tag = 0;
  return &wv_ret_area.tag;
}
