// The `[writable]` variants of wasi:io/streams' methods, which the generator picks when the plan
// has writable trees: a stream of kind WV_MEMOUT (from write-via-stream or append-via-stream on a
// writable file, fs/writable.c) writes into the file in memory; any other stream goes to the
// plain method (io/streams.c). A file's input stream (WV_FILE) reads to the file's end as it is
// at each read, since a writable file grows, shrinks and moves: each input method (and a splice
// from one) sets the stream's end to the file's length first.
//
// check-write grants CHUNK bytes; a write that would pass the tree's quota fails with
// last-operation-failed and an error whose filesystem-error-code is insufficient-space (or
// file-too-large past 1 GiB), the file unchanged; its debug string is empty (text here would
// be static data every adapter carries). Flushes succeed; subscribe is the plain one.
#include "fs/memory.h"

#define IN "[method]input-stream."
#define OUT "[method]output-stream."
#define WRITABLE(name) EXPORT("[writable]" WASI_IO_STREAMS "#" OUT name)
#define WRITABLE_IN(name) EXPORT("[writable]" WASI_IO_STREAMS "#" IN name)
#define CHUNK 4096u

IMPORT(EXPORTED(WASI_IO_ERROR), "[resource-new]error") int32_t error_new(wv_obj *rep);

// The plain methods (io/streams.c).
wv_result_u64 *output_stream_check_write(wv_obj *self);
wv_result_unit *output_stream_write(wv_obj *self, const uint8_t *ptr, uint32_t len);
wv_result_unit *output_stream_blocking_write_and_flush(wv_obj *self, const uint8_t *ptr,
                                                       uint32_t len);
wv_result_unit *output_stream_flush(wv_obj *self);
wv_result_unit *output_stream_blocking_flush(wv_obj *self);
wv_result_unit *output_stream_write_zeroes(wv_obj *self, uint64_t len);
wv_result_unit *output_stream_blocking_write_zeroes_and_flush(wv_obj *self, uint64_t len);
wv_result_u64 *output_stream_splice(wv_obj *self, wv_obj *src, uint64_t len);
wv_result_u64 *output_stream_blocking_splice(wv_obj *self, wv_obj *src, uint64_t len);
void output_stream_dtor(wv_obj *self);
wv_result_list *input_stream_read(wv_obj *self, uint64_t len);
wv_result_list *input_stream_blocking_read(wv_obj *self, uint64_t len);
wv_result_u64 *input_stream_skip(wv_obj *self, uint64_t len);
wv_result_u64 *input_stream_blocking_skip(wv_obj *self, uint64_t len);

// A file's input stream ends where its file ends now (not before its position).
static wv_obj *to_end(wv_obj *stream) {
  if (stream->kind == WV_FILE) {
    stream->len = wv_node_at(stream->node)->b;
    if (stream->pos > stream->len) {
      stream->pos = stream->len;
    }
  }
  return stream;
}

WRITABLE_IN("read") wv_result_list *file_in_read(wv_obj *self, uint64_t len) {
  return input_stream_read(to_end(self), len);
}

WRITABLE_IN("blocking-read") wv_result_list *file_in_blocking_read(wv_obj *self, uint64_t len) {
  return input_stream_blocking_read(to_end(self), len);
}

WRITABLE_IN("skip") wv_result_u64 *file_in_skip(wv_obj *self, uint64_t len) {
  return input_stream_skip(to_end(self), len);
}

WRITABLE_IN("blocking-skip") wv_result_u64 *file_in_blocking_skip(wv_obj *self, uint64_t len) {
  return input_stream_blocking_skip(to_end(self), len);
}

// Writes len bytes (zeroes when bytes is 0) at the stream's position; the result is written to
// ret (the heap released).
static wv_result_unit *put(wv_obj *self, const uint8_t *bytes, uint64_t len, wv_result_unit *ret) {
  uint32_t file = self->node;
  uint64_t at = self->len ? wv_node_at(file)->b : self->pos;
  uint32_t code = len > 0xffffffffu ? WV_FS_FILE_TOO_LARGE
                                     : wv_mem_write(file, bytes, (uint32_t)len, at);
  wv_release();
  ret->is_err = code != WV_FS_OK;
  if (ret->is_err) {
    wv_obj *error = wv_obj_new(WV_MESSAGE, 0);
    error->pos = code + 1;
    ret->err.tag = WV_STREAM_FAILED;
    ret->err.error = error_new(error);
    return ret;
  }
  self->pos = (uint32_t)(at + len);
  return ret;
}

static wv_result_unit *done(void) {
  wv_result_unit *ret = &wv_ret_area.result_unit;
  ret->is_err = 0;
  return ret;
}

WRITABLE("check-write") wv_result_u64 *file_out_check_write(wv_obj *self) {
  if (self->kind != WV_MEMOUT) {
    return output_stream_check_write(self);
  }
  wv_result_u64 *ret = &wv_ret_area.result_u64;
  ret->is_err = 0;
  ret->u.ok = CHUNK;
  return ret;
}

WRITABLE("write") wv_result_unit *file_out_write(wv_obj *self, const uint8_t *ptr, uint32_t len) {
  return self->kind == WV_MEMOUT ? put(self, ptr, len, &wv_ret_area.result_unit)
                                 : output_stream_write(self, ptr, len);
}

WRITABLE("blocking-write-and-flush")
wv_result_unit *file_out_blocking_write(wv_obj *self, const uint8_t *ptr, uint32_t len) {
  return self->kind == WV_MEMOUT ? put(self, ptr, len, &wv_ret_area.result_unit)
                                 : output_stream_blocking_write_and_flush(self, ptr, len);
}

WRITABLE("flush") wv_result_unit *file_out_flush(wv_obj *self) {
  return self->kind == WV_MEMOUT ? done() : output_stream_flush(self);
}

WRITABLE("blocking-flush") wv_result_unit *file_out_blocking_flush(wv_obj *self) {
  return self->kind == WV_MEMOUT ? done() : output_stream_blocking_flush(self);
}

WRITABLE("write-zeroes") wv_result_unit *file_out_write_zeroes(wv_obj *self, uint64_t len) {
  return self->kind == WV_MEMOUT ? put(self, 0, len, &wv_ret_area.result_unit)
                                 : output_stream_write_zeroes(self, len);
}

WRITABLE("blocking-write-zeroes-and-flush")
wv_result_unit *file_out_blocking_write_zeroes(wv_obj *self, uint64_t len) {
  return self->kind == WV_MEMOUT ? put(self, 0, len, &wv_ret_area.result_unit)
                                 : output_stream_blocking_write_zeroes_and_flush(self, len);
}

// splice into a file: room made for CHUNK more bytes, then a read of at most CHUNK bytes from
// src, then a write of what came (which allocates nothing, so the bytes read, in the released
// heap, stay intact). The static results are each variant's own (PER_CALLER).
PER_CALLER wv_result_u64 *splice(wv_obj *self, wv_obj *src, uint64_t len, int blocking) {
  static wv_result_u64 ret;
  static wv_result_unit written;
  uint64_t want = len < CHUNK ? len : CHUNK;
  uint64_t end = (self->len ? wv_node_at(self->node)->b : self->pos) + want;
  wv_mem_room(self->node, end < (1u << 30) ? (uint32_t)end : 0);
  wv_result_list *read = blocking ? file_in_blocking_read(src, want) : file_in_read(src, want);
  if (read->is_err) {
    ret.is_err = 1;
    ret.u.err = read->u.err;
    return &ret;
  }
  uint32_t count = read->u.ok.count;
  put(self, read->u.ok.ptr, count, &written);
  ret.is_err = written.is_err;
  if (written.is_err) {
    ret.u.err = written.err;
  } else {
    ret.u.ok = count;
  }
  return &ret;
}

WRITABLE("splice") wv_result_u64 *file_out_splice(wv_obj *self, wv_obj *src, uint64_t len) {
  return self->kind == WV_MEMOUT ? splice(self, src, len, 0)
                                 : output_stream_splice(self, to_end(src), len);
}

WRITABLE("blocking-splice")
wv_result_u64 *file_out_blocking_splice(wv_obj *self, wv_obj *src, uint64_t len) {
  return self->kind == WV_MEMOUT ? splice(self, src, len, 1)
                                 : output_stream_blocking_splice(self, to_end(src), len);
}

EXPORT("[writable]" WASI_IO_STREAMS "#[dtor]output-stream") void file_out_output_dtor(wv_obj *self) {
  if (self->kind == WV_MEMOUT) {
    wv_mem_release(self->node);
  }
  output_stream_dtor(self);
}
