// wasi:io/streams: the adapter's `input-stream` and `output-stream` resources.
//
// Kinds (runtime/handles.h): WV_HOST forwards every call to the host's stream and wraps what comes
// back (errors into the adapter's errors, pollables into the adapter's pollables).
// WV_IGNORE input is closed at once; WV_IGNORE output accepts everything and drops it,
// granting IGNORE_BUDGET bytes per check-write. WV_DENY fails every read, write, flush and
// check-write with last-operation-failed and an error carrying the stream's message (every
// time, not only the first: the message is the point). WV_FILE input returns its bytes, then
// is closed. Virtual streams never block, so their pollables are always ready.
#include "fs/tree.h"
#include "runtime/handles.h"

// check-write's grant for an ignored output: large enough that writers never wait or split
// their writes much, small enough that a caller sizing a buffer by it is not hurt.
#define IGNORE_BUDGET (1u << 20)
// The most blocking-write-and-flush takes at once; blocking-splice moves at most this much.
#define BLOCKING_CHUNK 4096u

#define IN "[method]input-stream."
#define OUT "[method]output-stream."

typedef void host_read_fn(int32_t self, uint64_t len, wv_result_list *ret);
typedef void host_skip_fn(int32_t self, uint64_t len, wv_result_u64 *ret);
typedef void host_unit_fn(int32_t self, wv_result_unit *ret);
typedef void host_write_fn(int32_t self, const uint8_t *ptr, uint32_t len, wv_result_unit *ret);
typedef void host_zeroes_fn(int32_t self, uint64_t len, wv_result_unit *ret);
typedef void host_splice_fn(int32_t self, int32_t src, uint64_t len, wv_result_u64 *ret);

IMPORT(WASI_IO_STREAMS, IN "read") host_read_fn host_read;
IMPORT(WASI_IO_STREAMS, IN "blocking-read") host_read_fn host_blocking_read;
IMPORT(WASI_IO_STREAMS, IN "skip") host_skip_fn host_skip;
IMPORT(WASI_IO_STREAMS, IN "blocking-skip") host_skip_fn host_blocking_skip;
IMPORT(WASI_IO_STREAMS, IN "subscribe") int32_t host_input_subscribe(int32_t self);
IMPORT(WASI_IO_STREAMS, OUT "check-write")
void host_check_write(int32_t self, wv_result_u64 *ret);
IMPORT(WASI_IO_STREAMS, OUT "write") host_write_fn host_write;
IMPORT(WASI_IO_STREAMS, OUT "blocking-write-and-flush") host_write_fn host_blocking_write;
IMPORT(WASI_IO_STREAMS, OUT "flush") host_unit_fn host_flush;
IMPORT(WASI_IO_STREAMS, OUT "blocking-flush") host_unit_fn host_blocking_flush;
IMPORT(WASI_IO_STREAMS, OUT "subscribe") int32_t host_output_subscribe(int32_t self);
IMPORT(WASI_IO_STREAMS, OUT "write-zeroes") host_zeroes_fn host_write_zeroes;
IMPORT(WASI_IO_STREAMS, OUT "blocking-write-zeroes-and-flush") host_zeroes_fn host_blocking_zeroes;
IMPORT(WASI_IO_STREAMS, OUT "splice") host_splice_fn host_splice;
IMPORT(WASI_IO_STREAMS, OUT "blocking-splice") host_splice_fn host_blocking_splice;
IMPORT(WASI_IO_STREAMS, "[resource-drop]input-stream") void host_input_drop(int32_t self);
IMPORT(WASI_IO_STREAMS, "[resource-drop]output-stream") void host_output_drop(int32_t self);
IMPORT(EXPORTED(WASI_IO_STREAMS), "[resource-new]input-stream")
int32_t input_stream_new(wv_obj *rep);
IMPORT(EXPORTED(WASI_IO_STREAMS), "[resource-new]output-stream")
int32_t output_stream_new(wv_obj *rep);

int32_t wv_input_stream(wv_obj *stream) { return input_stream_new(stream); }
int32_t wv_output_stream(wv_obj *stream) { return output_stream_new(stream); }

int32_t wv_input_file(uint32_t node, uint32_t at) {
  wv_obj *stream = wv_obj_new(WV_FILE, (int32_t)node);
  stream->pos = at;
  stream->len = wv_node_at(node)->b;
  return input_stream_new(stream);
}

// After a host call: a host error becomes the adapter's.
static void wrap_error(uint8_t is_err, wv_stream_error *err) {
  if (is_err && err->tag == WV_STREAM_FAILED) {
    err->error = wv_error_host(err->error);
  }
}

// The failure of a virtual stream: closed, or (WV_DENY) last-operation-failed with its message.
// Returns 1 (is_err) for the caller to store.
static uint8_t fail(const wv_obj *stream, wv_stream_error *err) {
  err->tag = WV_STREAM_CLOSED;
  if (stream->kind == WV_DENY) {
    err->tag = WV_STREAM_FAILED;
    err->error = wv_error_message(stream->data, stream->len);
  }
  return 1;
}

// ---- input ----

// Whether a virtual stream has nothing (more) to give: anything but a WV_FILE with bytes left.
static int exhausted(const wv_obj *self) { return self->kind != WV_FILE || self->pos == self->len; }

// How many of `len` bytes a WV_FILE stream gives at once.
static uint32_t file_take(const wv_obj *self, uint64_t len) {
  uint32_t left = self->len - self->pos;
  return len < left ? (uint32_t)len : left;
}

PER_CALLER void input_read(wv_obj *self, uint64_t len, int blocking, wv_result_list *ret) {
  if (self->kind == WV_HOST) {
    if (blocking) {
      host_blocking_read(self->host, len, ret);
    } else {
      host_read(self->host, len, ret);
    }
    wrap_error(ret->is_err, &ret->u.err);
    return;
  }
  if (exhausted(self)) {
    ret->is_err = fail(self, &ret->u.err);
    return;
  }
  uint32_t n = file_take(self, len);
  ret->is_err = 0;
  ret->u.ok.ptr = wv_file_bytes(wv_node_at(self->node), self->pos, &n);
  ret->u.ok.count = n;
  self->pos += n;
}

PER_CALLER void input_skip(wv_obj *self, uint64_t len, int blocking, wv_result_u64 *ret) {
  if (self->kind == WV_HOST) {
    if (blocking) {
      host_blocking_skip(self->host, len, ret);
    } else {
      host_skip(self->host, len, ret);
    }
    wrap_error(ret->is_err, &ret->u.err);
    return;
  }
  if (exhausted(self)) { // virtual: nothing to wait for, and skipped bytes are never copied
    ret->is_err = fail(self, &ret->u.err);
    return;
  }
  ret->is_err = 0;
  ret->u.ok = file_take(self, len);
  self->pos += (uint32_t)ret->u.ok;
}

// read: func(len: u64) -> result<list<u8>, stream-error>
EXPORT(WASI_IO_STREAMS "#" IN "read")
wv_result_list *input_stream_read(wv_obj *self, uint64_t len) {
  input_read(self, len, 0, &wv_ret_area.result_list);
  wv_release();
  return &wv_ret_area.result_list;
}

// blocking-read: func(len: u64) -> result<list<u8>, stream-error>
EXPORT(WASI_IO_STREAMS "#" IN "blocking-read")
wv_result_list *input_stream_blocking_read(wv_obj *self, uint64_t len) {
  input_read(self, len, 1, &wv_ret_area.result_list);
  wv_release();
  return &wv_ret_area.result_list;
}

// skip: func(len: u64) -> result<u64, stream-error>
EXPORT(WASI_IO_STREAMS "#" IN "skip")
wv_result_u64 *input_stream_skip(wv_obj *self, uint64_t len) {
  static wv_result_u64 ret;
  input_skip(self, len, 0, &ret);
  return &ret;
}

// blocking-skip: func(len: u64) -> result<u64, stream-error>
EXPORT(WASI_IO_STREAMS "#" IN "blocking-skip")
wv_result_u64 *input_stream_blocking_skip(wv_obj *self, uint64_t len) {
  static wv_result_u64 ret;
  input_skip(self, len, 1, &ret);
  return &ret;
}

// subscribe: func() -> pollable
EXPORT(WASI_IO_STREAMS "#" IN "subscribe") int32_t input_stream_subscribe(wv_obj *self) {
  return self->kind == WV_HOST ? wv_pollable_host(host_input_subscribe(self->host))
                               : wv_pollable_ready();
}

EXPORT(WASI_IO_STREAMS "#[dtor]input-stream") void input_stream_dtor(wv_obj *self) {
  if (self->kind == WV_HOST) {
    host_input_drop(self->host);
  }
  wv_obj_free(self);
}

// ---- output ----

static void output_check_write(wv_obj *self, wv_result_u64 *ret) {
  if (self->kind == WV_HOST) {
    host_check_write(self->host, ret);
    wrap_error(ret->is_err, &ret->u.err);
  } else if (self->kind == WV_IGNORE) {
    ret->is_err = 0;
    ret->u.ok = IGNORE_BUDGET;
  } else {
    ret->is_err = fail(self, &ret->u.err);
  }
}

// The answer of a virtual output to a write, flush or write-zeroes: ok when ignored.
static wv_result_unit *output_virtual(const wv_obj *self, wv_result_unit *ret) {
  ret->is_err = self->kind != WV_IGNORE && fail(self, &ret->err);
  return ret;
}

PER_CALLER wv_result_unit *output_write(wv_obj *self, const uint8_t *ptr, uint32_t len, int blocking,
                                    wv_result_unit *ret) {
  if (self->kind != WV_HOST) {
    return output_virtual(self, ret);
  }
  if (blocking) {
    host_blocking_write(self->host, ptr, len, ret);
  } else {
    host_write(self->host, ptr, len, ret);
  }
  wrap_error(ret->is_err, &ret->err);
  return ret;
}

PER_CALLER wv_result_unit *output_flush(wv_obj *self, int blocking) {
  wv_result_unit *ret = &wv_ret_area.result_unit;
  if (self->kind != WV_HOST) {
    return output_virtual(self, ret);
  }
  if (blocking) {
    host_blocking_flush(self->host, ret);
  } else {
    host_flush(self->host, ret);
  }
  wrap_error(ret->is_err, &ret->err);
  return ret;
}

PER_CALLER wv_result_unit *output_write_zeroes(wv_obj *self, uint64_t len, int blocking) {
  wv_result_unit *ret = &wv_ret_area.result_unit;
  if (self->kind != WV_HOST) {
    return output_virtual(self, ret);
  }
  if (blocking) {
    host_blocking_zeroes(self->host, len, ret);
  } else {
    host_write_zeroes(self->host, len, ret);
  }
  wrap_error(ret->is_err, &ret->err);
  return ret;
}

// Moves bytes from src to self. Two host streams: the host's splice. Otherwise check-write
// (a failure is the result), a read from src of at most what self grants (BLOCKING_CHUNK when
// blocking: blocking-write-and-flush takes no more), then a write of what came; an error of
// either side is the result.
PER_CALLER wv_result_u64 *output_splice(wv_obj *self, wv_obj *src, uint64_t len, int blocking) {
  static wv_result_u64 ret;
  if (self->kind == WV_HOST && src->kind == WV_HOST) {
    if (blocking) {
      host_blocking_splice(self->host, src->host, len, &ret);
    } else {
      host_splice(self->host, src->host, len, &ret);
    }
    wrap_error(ret.is_err, &ret.u.err);
    return &ret;
  }
  output_check_write(self, &ret);
  if (ret.is_err) {
    return &ret;
  }
  uint64_t grant = blocking ? BLOCKING_CHUNK : ret.u.ok;
  wv_result_list *read = &wv_ret_area.result_list;
  input_read(src, len < grant ? len : grant, blocking, read);
  if (read->is_err) {
    ret.is_err = 1;
    ret.u.err = read->u.err;
    return &ret;
  }
  static wv_result_unit written_ret;
  uint32_t count = read->u.ok.count;
  wv_result_unit *written = output_write(self, read->u.ok.ptr, count, blocking, &written_ret);
  ret.is_err = written->is_err;
  if (written->is_err) {
    ret.u.err = written->err;
  } else {
    ret.u.ok = count;
  }
  return &ret;
}

// check-write: func() -> result<u64, stream-error>
EXPORT(WASI_IO_STREAMS "#" OUT "check-write")
wv_result_u64 *output_stream_check_write(wv_obj *self) {
  output_check_write(self, &wv_ret_area.result_u64);
  return &wv_ret_area.result_u64;
}

// write: func(contents: list<u8>) -> result<_, stream-error>
EXPORT(WASI_IO_STREAMS "#" OUT "write")
wv_result_unit *output_stream_write(wv_obj *self, const uint8_t *ptr, uint32_t len) {
  output_write(self, ptr, len, 0, &wv_ret_area.result_unit);
  wv_release(); // the contents
  return &wv_ret_area.result_unit;
}

// blocking-write-and-flush: func(contents: list<u8>) -> result<_, stream-error>
EXPORT(WASI_IO_STREAMS "#" OUT "blocking-write-and-flush")
wv_result_unit *output_stream_blocking_write_and_flush(wv_obj *self, const uint8_t *ptr,
                                                       uint32_t len) {
  output_write(self, ptr, len, 1, &wv_ret_area.result_unit);
  wv_release();
  return &wv_ret_area.result_unit;
}

// flush: func() -> result<_, stream-error>
EXPORT(WASI_IO_STREAMS "#" OUT "flush") wv_result_unit *output_stream_flush(wv_obj *self) {
  return output_flush(self, 0);
}

// blocking-flush: func() -> result<_, stream-error>
EXPORT(WASI_IO_STREAMS "#" OUT "blocking-flush")
wv_result_unit *output_stream_blocking_flush(wv_obj *self) {
  return output_flush(self, 1);
}

// subscribe: func() -> pollable
EXPORT(WASI_IO_STREAMS "#" OUT "subscribe") int32_t output_stream_subscribe(wv_obj *self) {
  return self->kind == WV_HOST ? wv_pollable_host(host_output_subscribe(self->host))
                               : wv_pollable_ready();
}

// write-zeroes: func(len: u64) -> result<_, stream-error>
EXPORT(WASI_IO_STREAMS "#" OUT "write-zeroes")
wv_result_unit *output_stream_write_zeroes(wv_obj *self, uint64_t len) {
  return output_write_zeroes(self, len, 0);
}

// blocking-write-zeroes-and-flush: func(len: u64) -> result<_, stream-error>
EXPORT(WASI_IO_STREAMS "#" OUT "blocking-write-zeroes-and-flush")
wv_result_unit *output_stream_blocking_write_zeroes_and_flush(wv_obj *self, uint64_t len) {
  return output_write_zeroes(self, len, 1);
}

// splice: func(src: borrow<input-stream>, len: u64) -> result<u64, stream-error>
EXPORT(WASI_IO_STREAMS "#" OUT "splice")
wv_result_u64 *output_stream_splice(wv_obj *self, wv_obj *src, uint64_t len) {
  wv_result_u64 *ret = output_splice(self, src, len, 0);
  wv_release(); // what a host read returned
  return ret;
}

// blocking-splice: func(src: borrow<input-stream>, len: u64) -> result<u64, stream-error>
EXPORT(WASI_IO_STREAMS "#" OUT "blocking-splice")
wv_result_u64 *output_stream_blocking_splice(wv_obj *self, wv_obj *src, uint64_t len) {
  wv_result_u64 *ret = output_splice(self, src, len, 1);
  wv_release();
  return ret;
}

EXPORT(WASI_IO_STREAMS "#[dtor]output-stream") void output_stream_dtor(wv_obj *self) {
  if (self->kind == WV_HOST) {
    host_output_drop(self->host);
  }
  wv_obj_free(self);
}
