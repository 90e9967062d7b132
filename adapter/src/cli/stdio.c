// wasi:cli/stdin, stdout and stderr: the streams the policy's stdio modes make
// (runtime/config-blob.h): the host's stream wrapped (the host is asked only then), an ignored one,
// or a denied one whose errors name it.
#include "runtime/config-blob.h"
#include "runtime/handles.h"
#include "runtime/futures.h"
#include "runtime/pump.h"

IMPORT(WASI_CLI_STDIN, "get-stdin") int32_t host_get_stdin(void);
IMPORT(WASI_CLI_STDOUT, "get-stdout") int32_t host_get_stdout(void);
IMPORT(WASI_CLI_STDERR, "get-stderr") int32_t host_get_stderr(void);

#define DENIED " is denied by the wasi-virt policy"
static const char denied_stdin[] = "stdin" DENIED;
static const char denied_stdout[] = "stdout" DENIED;
static const char denied_stderr[] = "stderr" DENIED;

enum { STDIN, STDOUT, STDERR };

static uint32_t mode(int stream) {
  uint32_t mode = WV_STDIO_MODE(wv_config_get()->stdio_mode[stream]);
  if (mode > WV_STDIO_DENY) {
    __builtin_trap(); // a blob from a newer generator
  }
  return mode;
}

// A stream of the mode's kind; `host` is the host's handle in WV_STDIO_HOST.
static wv_obj *stream(uint32_t mode, int32_t host, const char *denied, uint32_t denied_len) {
  wv_obj *obj = wv_obj_new(mode, host); // the modes are the kinds
  obj->data = denied;
  obj->len = denied_len;
  return obj;
}

#define STREAM(which, host_get, denied)                                                        \
  (mode(which) == WV_STDIO_HOST ? stream(WV_STDIO_HOST, host_get(), 0, 0)                        \
                                : stream(mode(which), 0, denied, sizeof(denied) - 1))

// get-stdin: func() -> input-stream
EXPORT(WASI_CLI_STDIN "#get-stdin") int32_t get_stdin(void) {
  return wv_input_stream(STREAM(STDIN, host_get_stdin, denied_stdin));
}

// get-stdout: func() -> output-stream
EXPORT(WASI_CLI_STDOUT "#get-stdout") int32_t get_stdout(void) {
  return wv_output_stream(STREAM(STDOUT, host_get_stdout, denied_stdout));
}

// get-stderr: func() -> output-stream
EXPORT(WASI_CLI_STDERR "#get-stderr") int32_t get_stderr(void) {
  return wv_output_stream(STREAM(STDERR, host_get_stderr, denied_stderr));
}

// WASI 0.3's stdio, served when the policy does not allow it (an allowed stream is the host's at
// 0.3). The stream and future built-ins of the functions' types are imported as wit-component
// names an export's: the n-th stream or future type of the function (the generator defines
// them, src/virt/wrap/async-builtins.ts).
#define BUILTIN(stream, fn, builtin) IMPORT(EXPORTED(stream), "[" builtin "]" fn)
BUILTIN(WASI_CLI_STDIN, "read-via-stream", "stream-new-0") uint64_t stdin_stream_new(void);
BUILTIN(WASI_CLI_STDIN, "read-via-stream", "stream-drop-writable-0")
void stdin_stream_drop_writable(uint32_t writable);
BUILTIN(WASI_CLI_STDIN, "read-via-stream", "future-new-1") uint64_t stdin_future_new(void);
BUILTIN(WASI_CLI_STDIN, "read-via-stream", "future-write-1")
uint32_t stdin_future_write(uint32_t writable, const void *value);
BUILTIN(WASI_CLI_STDOUT, "write-via-stream", "stream-drop-readable-0")
void stdout_stream_drop_readable(uint32_t readable);
BUILTIN(WASI_CLI_STDOUT, "write-via-stream", "future-new-1") uint64_t stdout_future_new(void);
BUILTIN(WASI_CLI_STDOUT, "write-via-stream", "future-write-1")
uint32_t stdout_future_write(uint32_t writable, const void *value);
BUILTIN(WASI_CLI_STDERR, "write-via-stream", "stream-drop-readable-0")
void stderr_stream_drop_readable(uint32_t readable);
BUILTIN(WASI_CLI_STDERR, "write-via-stream", "future-new-1") uint64_t stderr_future_new(void);
BUILTIN(WASI_CLI_STDERR, "write-via-stream", "future-write-1")
uint32_t stderr_future_write(uint32_t writable, const void *value);

// result<_, error-code>: ok, and err(io) (a discriminant byte, then the enum's byte).
static const uint8_t stdio_results[2][2] = {{0, 0}, {1, 0}};

// A future<result<_, error-code>> holding ok, or err(io) when `denied`: its readable end.
static uint32_t result_future(uint64_t (*new)(void), uint32_t (*write)(uint32_t, const void *),
                              int denied) {
  return wv_future_holding(new, write, stdio_results[denied]);
}

static uint32_t stdin_ends[2];

// read-via-stream: func() -> tuple<stream<u8>, future<result<_, error-code>>>, ignored or denied:
// the stream ends at once (its writable end dropped: the app reads end-of-stream), the future
// holds ok (ignored) or err(io) (denied).
EXPORT(WASI_CLI_STDIN "#read-via-stream") uint32_t *stdin_read_via_stream(void) {
  uint64_t stream = stdin_stream_new();
  stdin_stream_drop_writable((uint32_t)(stream >> 32));
  stdin_ends[0] = (uint32_t)stream;
  stdin_ends[1] = result_future(stdin_future_new, stdin_future_write, mode(STDIN) == WV_STDIO_DENY);
  return stdin_ends;
}

// write-via-stream: func(data: stream<u8>) -> future<result<_, error-code>>. Denied: the stream's
// readable end is dropped at once (the app's writes fail) and the future holds err(io), as the WIT
// says of a failed write. Ignored: the pump reads the stream to its end (the app's writes succeed
// and go nowhere) and the future holds ok.
#define WRITE_VIA_STREAM(which, prefix)                                                        \
  int denied = mode(which) == WV_STDIO_DENY;                                                   \
  if (denied) prefix##_stream_drop_readable(data);                                             \
  else if (mode(which) == WV_STDIO_IGNORE) WV_PUMPED(wv_pump_drain(data));                     \
  else __builtin_trap();                                                                       \
  return result_future(prefix##_future_new, prefix##_future_write, denied)

EXPORT(WASI_CLI_STDOUT "#write-via-stream") uint32_t stdout_write_via_stream(uint32_t data) {
  WRITE_VIA_STREAM(STDOUT, stdout);
}

EXPORT(WASI_CLI_STDERR "#write-via-stream") uint32_t stderr_write_via_stream(uint32_t data) {
  WRITE_VIA_STREAM(STDERR, stderr);
}
