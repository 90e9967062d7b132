// --debug: one line on the host's stderr per call of a virtualized function, as
//   wasi-virt: <interface>#<function>(<arguments>) -> <core result>
// The generator wraps each export it keeps in a function that calls these (src/virt/trace.ts).
// Arguments are the canonical ABI's core values (handles, flags, integers), except strings,
// shown quoted (cut at STRING_MAX bytes), and byte lists, shown as `<N bytes>`, where the
// generator knows the parameter's shape (src/virt/trace-args.ts). The result is the core value
// (for a result in memory, its address). A call the adapter
// makes into itself while one is traced (dropping a handle of its own runs its dtor) gets a
// line of its own, written before the outer call's. Without --debug the generator removes the
// exports and the optimizer drops this file's code.
#include "abi.h"

IMPORT("wasi:cli/stderr@0.2.12", "get-stderr") int32_t host_get_stderr(void);
IMPORT("wasi:io/streams@0.2.12", "[method]output-stream.blocking-write-and-flush")
void host_blocking_write(int32_t self, const uint8_t *ptr, uint32_t len, wv_result_unit *ret);
IMPORT("wasi:io/error@0.2.12", "[resource-drop]error") void host_error_drop(int32_t self);

#define LINE_MAX 1024 // longer lines are cut (a list of many arguments never is, in WASI 0.2)
#define DEPTH 2       // an export, and a dtor it runs; deeper calls would share the last line
#define STRING_MAX 200

typedef struct {
  char text[LINE_MAX];
  uint32_t used;
  uint32_t args; // arguments appended so far
} trace_line;

static trace_line lines[DEPTH];
static uint32_t depth; // traced calls in progress
static int32_t stderr_handle = -1;

static trace_line *current(void) { return &lines[(depth < DEPTH ? depth : DEPTH) - 1]; }

static void append(const char *text, uint32_t len) {
  trace_line *line = current();
  for (uint32_t i = 0; i < len && line->used < LINE_MAX - 1; i++) {
    line->text[line->used++] = text[i];
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
  depth++;
  current()->used = 0;
  current()->args = 0;
  append("wasi-virt: ", 11);
  append(name, len);
  append("(", 1);
}

static void separate(void) {
  if (current()->args++) {
    append(", ", 2);
  }
}

EXPORT("wasi_virt_trace_arg") void trace_arg(int64_t value) {
  separate();
  append_number(value);
}

EXPORT("wasi_virt_trace_string") void trace_string(const char *text, uint32_t len) {
  static const char hex[] = "0123456789abcdef";
  separate();
  append("\"", 1);
  for (uint32_t i = 0; i < len && i < STRING_MAX; i++) {
    unsigned char c = (unsigned char)text[i];
    if (c == '"' || c == '\\') {
      append("\\", 1);
      append(&text[i], 1);
    } else if (c >= 0x20 && c < 0x7f) {
      append(&text[i], 1);
    } else {
      char escape[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
      append(escape, 4);
    }
  }
  append(len > STRING_MAX ? "\"..." : "\"", len > STRING_MAX ? 4 : 1);
}

EXPORT("wasi_virt_trace_bytes") void trace_bytes(const void *bytes, uint32_t len) {
  separate();
  append("<", 1);
  append_number(len);
  append(" bytes>", 7);
}

static void finish(void) {
  trace_line *line = current();
  line->text[line->used++] = '\n';
  if (stderr_handle < 0) {
    stderr_handle = host_get_stderr();
  }
  wv_result_unit result;
  host_blocking_write(stderr_handle, (const uint8_t *)line->text, line->used, &result);
  if (result.is_err && result.err.tag == WV_STREAM_FAILED) {
    host_error_drop(result.err.error);
  }
  depth--;
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
