// wasi:cli/stdin, stdout and stderr: the streams the policy's stdio modes make
// (runtime/config-blob.h): the host's stream wrapped (the host is asked only then), an ignored one,
// or a denied one whose errors name it.
#include "runtime/config-blob.h"
#include "runtime/handles.h"

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
