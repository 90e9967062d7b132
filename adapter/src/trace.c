// --debug: one line on the host's stderr per call of a virtualized function, as
//   wasi-virt: <interface>#<function>(<core arguments>) -> <core result>
// The generator wraps each export it keeps in a function that calls these (src/virt/trace.ts);
// the arguments and result are the canonical ABI's core values (handles, lengths, addresses,
// flags), so the line shows what crossed the boundary without decoding it. Without --debug the
// generator removes the exports and the optimizer drops this file's code.
#include "abi.h"

IMPORT("wasi:cli/stderr@0.2.12", "get-stderr") int32_t host_get_stderr(void);
IMPORT("wasi:io/streams@0.2.12", "[method]output-stream.blocking-write-and-flush")
void host_blocking_write(int32_t self, const uint8_t *ptr, uint32_t len, wv_result_unit *ret);
IMPORT("wasi:io/error@0.2.12", "[resource-drop]error") void host_error_drop(int32_t self);

#define LINE_MAX 1024 // longer lines are cut (a list of many arguments never is, in WASI 0.2)

static char line[LINE_MAX];
static uint32_t used;
static uint32_t args; // arguments appended to the current line
static int32_t stderr_handle = -1;

static void append(const char *text, uint32_t len) {
  for (uint32_t i = 0; i < len && used < LINE_MAX - 1; i++) {
    line[used++] = text[i];
  }
}

static void append_number(int64_t value) {
  char digits[21];
  uint32_t n = 0;
  uint64_t magnitude = value < 0 ? -(uint64_t)value : (uint64_t)value;
  do {
    digits[n++] = (char)('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude);
  if (value < 0) {
    append("-", 1);
  }
  while (n) {
    append(&digits[--n], 1);
  }
}

EXPORT("wasi_virt_trace_enter") void trace_enter(const char *name, uint32_t len) {
  used = 0;
  args = 0;
  append("wasi-virt: ", 11);
  append(name, len);
  append("(", 1);
}

EXPORT("wasi_virt_trace_arg") void trace_arg(int64_t value) {
  if (args++) {
    append(", ", 2);
  }
  append_number(value);
}

static void finish(void) {
  line[used++] = '\n';
  if (stderr_handle < 0) {
    stderr_handle = host_get_stderr();
  }
  wv_result_unit result;
  host_blocking_write(stderr_handle, (const uint8_t *)line, used, &result);
  if (result.is_err && result.err.tag == WV_STREAM_FAILED) {
    host_error_drop(result.err.error);
  }
}

EXPORT("wasi_virt_trace_result") void trace_result(int64_t value) {
  append(") -> ", 5);
  append_number(value);
  finish();
}

EXPORT("wasi_virt_trace_done") void trace_done(void) {
  append(")", 1);
  finish();
}
