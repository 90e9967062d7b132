// wasi:http passed through virtualized I/O: a client's side of HTTP, and a proxy's,
// forwarded to the host. Every header map, request, response, body, option set, future and
// response outparam is the host's, in an adapter handle of kind WV_HOST; what crosses into
// wasi:io becomes the adapter's own: body streams are wrapped as host streams, the futures'
// pollables as host pollables.
//
// Every function is forwarded as runtime/forward.h describes. Parameters that take ownership (a
// constructor's headers, finish's body and trailers, handle's request and options, set's outparam
// and response) have their host handle taken out of the adapter's handle, which is dropped. An
// incoming request and a response outparam come from the host's call of a proxy's incoming-handler,
// which the composer routes through the two bridge exports at the end. All other exports here are
// `[forward]` variants.
#include "http/http.h"
#include "runtime/config-blob.h"
#include "runtime/forward.h"

#define TYPES HTTP_TYPES

// The resources the denied side has too (http/http.h declares their intrinsics), and those
// only forwarding makes.
FORWARD_DTOR(TYPES, "fields", fields)
FORWARD_DTOR(TYPES, "outgoing-request", request)
FORWARD_DTOR(TYPES, "outgoing-response", response)
FORWARD_DTOR(TYPES, "outgoing-body", body)
FORWARD_DTOR(TYPES, "request-options", options)
FORWARD_RESOURCE(TYPES, "future-incoming-response", future)
FORWARD_RESOURCE(TYPES, "incoming-response", incoming_response)
FORWARD_RESOURCE(TYPES, "incoming-body", incoming_body)
FORWARD_RESOURCE(TYPES, "future-trailers", trailers)
FORWARD_RESOURCE(TYPES, "incoming-request", incoming_request)
FORWARD_RESOURCE(TYPES, "response-outparam", outparam)

// variant error-code: the case at 0, the largest payload (option<field-size-payload>, 24
// bytes) at 8, since option<u64> aligns it to 8.
typedef struct {
  uint8_t tag;
  uint64_t payload[3];
} error_code;

// result<own<T>, error-code> (outgoing-handler.handle): the handle or the error at 8.
typedef struct {
  uint8_t is_err;
  union {
    i32 handle;
    error_code error;
  } u;
} handle_result;

// option<result<result<T, error-code>>> of a future's get, T an own handle or (trailers)
// option<own<fields>>: some, then ok, then ok at 0, 8 and 16; T or the error at 24.
typedef struct {
  uint8_t is_some;
  struct {
    uint8_t is_err;
    struct {
      uint8_t is_err;
      union {
        i32 handle;
        wv_option_handle trailers;
        error_code error;
      } u;
    } ok;
  } some;
} future_result;

_Static_assert(sizeof(error_code) == 32 && _Alignof(error_code) == 8, "error-code layout");
_Static_assert(sizeof(handle_result) == 40 && offsetof(handle_result, u) == 8,
               "result<own<T>, error-code> layout");
_Static_assert(offsetof(future_result, some.ok) == 16 && offsetof(future_result, some.ok.u) == 24 &&
                   sizeof(future_result) == 56,
               "option<result<result<T, error-code>>> layout");
_Static_assert(sizeof(wv_ret) >= sizeof(future_result) && _Alignof(wv_ret) >= 8,
               "the return area holds a future's result");

#define FUTURE ((future_result *)RET)
// Whether the future's result in the return area is a value (not pending, taken or an error).
#define FUTURE_READY (FUTURE->is_some && !FUTURE->some.is_err && !FUTURE->some.ok.is_err)
#define FUTURE_VALUE offsetof(future_result, some.ok.u)

// take_`id`: the host handle out of an own adapter handle the caller passed, which is dropped.
#define TAKE(ID)                                                                                   \
  static i32 take_##ID(i32 handle) {                                                               \
    wv_obj *obj = ID##_rep(handle);                                                                \
    i32 host = obj->host;                                                                          \
    obj->host = 0;                                                                                 \
    ID##_drop(handle);                                                                             \
    return host;                                                                                   \
  }

// take_`id` of an option<own<T>>: the host handle, or 0 for none.
#define TAKE_OPTION(ID, is_some, handle) ((is_some) ? take_##ID(handle) : 0)

// A constructor with no arguments.
#define CONSTRUCTOR0(RES, ID, WRAP)                                                                \
  IMPORT(TYPES, "[constructor]" RES) i32 host_##ID(void);                                          \
  FORWARD_EXPORT(TYPES, "[constructor]" RES) i32 ID(void) {                                        \
    return WRAP(wv_obj_new(WV_HOST, host_##ID()));                                                 \
  }

// A constructor taking the headers.
#define CONSTRUCTOR_HEADERS(RES, ID, WRAP)                                                         \
  IMPORT(TYPES, "[constructor]" RES) i32 host_##ID(i32);                                           \
  FORWARD_EXPORT(TYPES, "[constructor]" RES) i32 ID(i32 headers) {                                 \
    return WRAP(wv_obj_new(WV_HOST, host_##ID(take_fields(headers))));                             \
  }

// A header name (a string) as the first parameter.
#define NAME_TYPES P(const char *, uint32_t)
#define NAME_PARAMS P(const char *name, uint32_t len)
#define NAME_ARGS P(name, len)

TAKE(fields)
TAKE(request)
TAKE(response)
TAKE(body)
TAKE(options)
TAKE(incoming_body)
TAKE(outparam)

// ---- fields ----

CONSTRUCTOR0("fields", fields_constructor_host, fields_new)

IMPORT(TYPES, "[static]fields.from-list") void host_fields_from_list(const void *, uint32_t, ret_t);

// from-list: static func(entries: list<tuple<field-name, field-value>>)
//   -> result<fields, header-error>
FORWARD_EXPORT(TYPES, "[static]fields.from-list")
void *fields_from_list_host(const void *entries, uint32_t count) {
  host_fields_from_list(entries, count, RET);
  return WV_HOST_RESULT(fields_new);
}

// get: func(name: field-name) -> list<field-value>
FORWARD_RET_ARGS(TYPES, METHOD("fields", "get"), fields_get_host, NAME_TYPES, NAME_PARAMS,
                 NAME_ARGS)
// has: func(name: field-name) -> bool
FORWARD_VALUE_ARGS(TYPES, METHOD("fields", "has"), fields_has_host, NAME_TYPES, NAME_PARAMS,
                   NAME_ARGS)
// set: func(name: field-name, value: list<field-value>) -> result<_, header-error>
// append: func(name: field-name, value: field-value) -> result<_, header-error>
FORWARD_RET_ARGS(TYPES, METHOD("fields", "set"), fields_set_host,
                 P(NAME_TYPES, const void *, uint32_t),
                 P(NAME_PARAMS, const void *values, uint32_t count), P(NAME_ARGS, values, count))
FORWARD_RET_ARGS(TYPES, METHOD("fields", "append"), fields_append_host,
                 P(NAME_TYPES, const void *, uint32_t),
                 P(NAME_PARAMS, const void *value, uint32_t value_len),
                 P(NAME_ARGS, value, value_len))
// delete: func(name: field-name) -> result<_, header-error>
FORWARD_RET_ARGS(TYPES, METHOD("fields", "delete"), fields_delete_host, NAME_TYPES, NAME_PARAMS,
                 NAME_ARGS)
FORWARD_RET(TYPES, METHOD("fields", "entries"), fields_entries_host)
FORWARD_HANDLE(TYPES, METHOD("fields", "clone"), fields_clone_host, fields_new)

// ---- outgoing-request ----

CONSTRUCTOR_HEADERS("outgoing-request", request_constructor_host, request_new)
FORWARD_RESULT(TYPES, METHOD("outgoing-request", "body"), request_body_host, body_new)
FORWARD_HANDLE(TYPES, METHOD("outgoing-request", "headers"), request_headers_host, fields_new)
FORWARD_RET(TYPES, METHOD("outgoing-request", "method"), request_method_host)
FORWARD_RET(TYPES, METHOD("outgoing-request", "scheme"), request_scheme_host)
FORWARD_RET(TYPES, METHOD("outgoing-request", "authority"), request_authority_host)
FORWARD_RET(TYPES, METHOD("outgoing-request", "path-with-query"), request_path_host)
// set-method(method): the case, then other's string
FORWARD_VALUE_ARGS(TYPES, METHOD("outgoing-request", "set-method"), request_set_method_host,
                   P(i32, const char *, uint32_t), P(i32 tag, const char *ptr, uint32_t len),
                   P(tag, ptr, len))
// set-scheme(option<scheme>): some, the case, then other's string
FORWARD_VALUE_ARGS(TYPES, METHOD("outgoing-request", "set-scheme"), request_set_scheme_host,
                   P(i32, i32, const char *, uint32_t),
                   P(i32 is_some, i32 tag, const char *ptr, uint32_t len),
                   P(is_some, tag, ptr, len))
// set-authority and set-path-with-query(option<string>)
FORWARD_VALUE_ARGS(TYPES, METHOD("outgoing-request", "set-authority"), request_set_authority_host,
                   P(i32, const char *, uint32_t), P(i32 is_some, const char *ptr, uint32_t len),
                   P(is_some, ptr, len))
FORWARD_VALUE_ARGS(TYPES, METHOD("outgoing-request", "set-path-with-query"), request_set_path_host,
                   P(i32, const char *, uint32_t), P(i32 is_some, const char *ptr, uint32_t len),
                   P(is_some, ptr, len))

// ---- request-options: three option<duration> ----

CONSTRUCTOR0("request-options", options_constructor_host, options_new)

#define TIMEOUT(NAME, ID)                                                                          \
  FORWARD_RET(TYPES, METHOD("request-options", NAME), options_##ID##_host)                         \
  FORWARD_VALUE_ARGS(TYPES, METHOD("request-options", "set-" NAME), options_set_##ID##_host,       \
                     P(i32, i64), P(i32 is_some, i64 value), P(is_some, value))

TIMEOUT("connect-timeout", connect)
TIMEOUT("first-byte-timeout", first_byte)
TIMEOUT("between-bytes-timeout", between_bytes)

// ---- outgoing-response ----

CONSTRUCTOR_HEADERS("outgoing-response", response_constructor_host, response_new)
FORWARD_VALUE(TYPES, METHOD("outgoing-response", "status-code"), response_status_host)
FORWARD_VALUE_ARGS(TYPES, METHOD("outgoing-response", "set-status-code"), response_set_status_host,
                   i32, i32 status, status)
FORWARD_HANDLE(TYPES, METHOD("outgoing-response", "headers"), response_headers_host, fields_new)
FORWARD_RESULT(TYPES, METHOD("outgoing-response", "body"), response_body_host, body_new)

// ---- outgoing-body ----

FORWARD_RESULT(TYPES, METHOD("outgoing-body", "write"), body_write_host, wv_output_stream)

IMPORT(TYPES, "[static]outgoing-body.finish") void host_body_finish(i32, i32, i32, ret_t);

// finish: static func(this: outgoing-body, trailers: option<trailers>) -> result<_, error-code>
FORWARD_EXPORT(TYPES, "[static]outgoing-body.finish")
void *body_finish_host(i32 body, i32 has_trailers, i32 trailers) {
  i32 host_trailers = TAKE_OPTION(fields, has_trailers, trailers);
  host_body_finish(take_body(body), has_trailers, host_trailers, RET);
  return wv_host_done();
}

// ---- the response: its future, itself, its body and the body's trailers ----

FORWARD_SUBSCRIBE(TYPES, "future-incoming-response", future_subscribe_host)

IMPORT(TYPES, "[method]future-incoming-response.get") void host_future_get(i32, ret_t);

// get: func() -> option<result<result<incoming-response, error-code>>>
FORWARD_EXPORT(TYPES, "[method]future-incoming-response.get") void *future_get_host(wv_obj *self) {
  host_future_get(self->host, RET);
  if (FUTURE_READY) {
    WV_WRAP_AT(FUTURE_VALUE, incoming_response_new);
  }
  return wv_host_done();
}

FORWARD_VALUE(TYPES, METHOD("incoming-response", "status"), incoming_response_status_host)
FORWARD_HANDLE(TYPES, METHOD("incoming-response", "headers"), incoming_response_headers_host,
               fields_new)
FORWARD_RESULT(TYPES, METHOD("incoming-response", "consume"), incoming_response_consume_host,
               incoming_body_new)

FORWARD_RESULT(TYPES, METHOD("incoming-body", "stream"), incoming_body_stream_host, wv_input_stream)

IMPORT(TYPES, "[static]incoming-body.finish") i32 host_incoming_body_finish(i32);

// finish: static func(this: incoming-body) -> future-trailers
FORWARD_EXPORT(TYPES, "[static]incoming-body.finish") i32 incoming_body_finish_host(i32 body) {
  return trailers_new(wv_obj_new(WV_HOST, host_incoming_body_finish(take_incoming_body(body))));
}

FORWARD_SUBSCRIBE(TYPES, "future-trailers", trailers_subscribe_host)

IMPORT(TYPES, "[method]future-trailers.get") void host_trailers_get(i32, ret_t);

// get: func() -> option<result<result<option<trailers>, error-code>>>
FORWARD_EXPORT(TYPES, "[method]future-trailers.get") void *trailers_get_host(wv_obj *self) {
  host_trailers_get(self->host, RET);
  if (FUTURE_READY && FUTURE->some.ok.u.trailers.is_some) {
    WV_WRAP_AT(FUTURE_VALUE + offsetof(wv_option_handle, handle), fields_new);
  }
  return wv_host_done();
}

// ---- errors and sending ----

// http-error-code: func(err: borrow<io-error>) -> option<error-code>
FORWARD_ERROR_CODE(TYPES, "http-error-code", http_error_code_host)

IMPORT(HTTP_HANDLER, "handle") void host_handle(i32, i32, i32, ret_t);

enum { SCHEME_HTTP = 0, SCHEME_HTTPS = 1, HTTP_REQUEST_DENIED = 15 };

// Whether --allow-http's rules let the host send the request (host handle): its scheme and
// authority (none matches no rule), asked of the host. No scheme is passed as an empty one,
// which hosts default differently: only a rule for any scheme matches it, and with no port in
// the authority, only one for any port too.
static int request_allowed(i32 request) {
  if (wv_config_get()->http_rule_count == 0) {
    return 1;
  }
  host_request_scheme_host(request, RET);
  const char *scheme = "";
  uint32_t scheme_len = 0;
  if (RET[0] && AT(RET, uint8_t, 4) == SCHEME_HTTP) {
    scheme = "http", scheme_len = 4;
  } else if (RET[0] && AT(RET, uint8_t, 4) == SCHEME_HTTPS) {
    scheme = "https", scheme_len = 5;
  } else if (RET[0] && AT(RET, uint8_t, 4) != SCHEME_HTTP) {
    scheme = AT(RET, const char *, 8), scheme_len = AT(RET, uint32_t, 12);
  }
  // The scheme's string stays in the heap until wv_release; the authority's lands after it.
  host_request_authority_host(request, RET);
  int allowed = RET[0] && wv_http_allowed(scheme, scheme_len, AT(RET, const char *, 4),
                                          AT(RET, uint32_t, 8));
  wv_release();
  return allowed;
}

// handle: func(request: outgoing-request, options: option<request-options>)
//   -> result<future-incoming-response, error-code>. With --allow-http=PATTERNS, a request to
// a host no pattern names is dropped unsent: err(HTTP-request-denied), the code at 8.
FORWARD_EXPORT(HTTP_HANDLER, "handle")
void *handle_host(i32 request, i32 has_options, i32 options) {
  i32 host_options = TAKE_OPTION(options, has_options, options);
  i32 host_request = take_request(request);
  if (!request_allowed(host_request)) {
    if (has_options) {
      host_options_drop(host_options);
    }
    host_request_drop(host_request);
    handle_result *denied = (handle_result *)RET;
    denied->is_err = 1;
    denied->u.error.tag = HTTP_REQUEST_DENIED;
    return RET;
  }
  host_handle(host_request, has_options, host_options, RET);
  if (RET[0] == 0) {
    WV_WRAP_AT(offsetof(handle_result, u), future_new);
  }
  return wv_host_done();
}

// ---- a proxy's side: the request the host received, and where the response goes ----

FORWARD_RET(TYPES, METHOD("incoming-request", "method"), incoming_request_method_host)
FORWARD_RET(TYPES, METHOD("incoming-request", "path-with-query"), incoming_request_path_host)
FORWARD_RET(TYPES, METHOD("incoming-request", "scheme"), incoming_request_scheme_host)
FORWARD_RET(TYPES, METHOD("incoming-request", "authority"), incoming_request_authority_host)
FORWARD_HANDLE(TYPES, METHOD("incoming-request", "headers"), incoming_request_headers_host,
               fields_new)
FORWARD_RESULT(TYPES, METHOD("incoming-request", "consume"), incoming_request_consume_host,
               incoming_body_new)

// set's response, result<outgoing-response, error-code>, flattened: the case, then the
// response's handle or the error-code's case, then the error-code's payload (option<u64> makes
// its second slot an i64). Only an ok's handle is the adapter's; an error's strings were
// lowered into the adapter's heap.
#define SET_TYPES P(i32, i32, i32, i32, i64, i32, i32, i32, i32)
IMPORT(TYPES, "[static]response-outparam.set") void host_outparam_set(SET_TYPES);

// set: static func(param: response-outparam, response: result<outgoing-response, error-code>)
FORWARD_EXPORT(TYPES, "[static]response-outparam.set")
void outparam_set_host(i32 param, i32 is_err, i32 value, i32 p1, i64 p2, i32 p3, i32 p4, i32 p5,
                       i32 p6) {
  i32 host_value = is_err ? value : take_response(value);
  host_outparam_set(take_outparam(param), is_err, host_value, p1, p2, p3, p4, p5, p6);
  wv_release();
}

// The bridge: an own host handle (in this instance's table) in, an own adapter handle around it
// out. The composer lifts these as func(own<host T>) -> own<adapter T> and wraps the two
// arguments of the host's incoming-handler.handle with them before calling the app's.
#define BRIDGE(RES, ID)                                                                            \
  EXPORT("wasi-virt-bridge#wrap-" RES) i32 wrap_##ID(i32 host) {                                   \
    return ID##_new(wv_obj_new(WV_HOST, host));                                                    \
  }

BRIDGE("incoming-request", incoming_request)
BRIDGE("response-outparam", outparam)
