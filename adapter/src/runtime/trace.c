// --debug: one line on the host's stderr per call of a virtualized function, as
//   wasi-virt: <interface>#<function>(<arguments>) -> <core result>
// The generator wraps each export it keeps in a function that calls these (src/virt/trace.ts).
// Arguments are the canonical ABI's core values (handles, flags, integers), except strings,
// shown quoted (cut at STRING_MAX bytes), and byte lists, shown as `<N bytes>`, where the
// generator knows the parameter's shape (src/virt/trace-args.ts). The result is decoded by its
// shape (src/virt/trace-shapes.ts: cases by name, strings quoted, lists by length, records
// field by field), or shown as the core value where the generator has none. A call the adapter
// makes into itself while one is traced (dropping a handle of its own runs its dtor) gets a
// line of its own, written before the outer call's. A denied function's line is written before
// it traps (trace_denied). Without --debug, wasi_virt_denied writes a denied function's message
// the same way when the app's stderr is the host's; the generator removes the exports it does not
// use and the optimizer drops the code nothing calls.
#include "runtime/abi.h"

IMPORT(WASI_CLI_STDERR, "get-stderr") int32_t host_get_stderr(void);
IMPORT(WASI_IO_STREAMS, "[method]output-stream.blocking-write-and-flush")
void host_blocking_write(int32_t self, const uint8_t *ptr, uint32_t len, wv_result_unit *ret);
IMPORT(WASI_IO_ERROR, "[resource-drop]error") void host_error_drop(int32_t self);

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

static void append_unsigned(uint64_t value) {
  char digits[20];
  uint32_t n = 0;
  do {
    digits[n++] = (char)('0' + value % 10);
    value /= 10;
  } while (value);
  while (n) {
    append(&digits[--n], 1);
  }
}

static void append_number(int64_t value) {
  if (value < 0) {
    append("-", 1);
  }
  append_unsigned(value < 0 ? -(uint64_t)value : (uint64_t)value);
}

// A new line, for a call the adapter's own calls may nest in.
static void begin(void) {
  depth++;
  current()->used = 0;
  current()->args = 0;
}

EXPORT("wasi_virt_trace_enter") void trace_enter(const char *name, uint32_t len) {
  begin();
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

static void append_quoted(const char *text, uint32_t len) {
  static const char hex[] = "0123456789abcdef";
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

EXPORT("wasi_virt_trace_string") void trace_string(const char *text, uint32_t len) {
  separate();
  append_quoted(text, len);
}

static void append_count(uint32_t count, const char *unit, uint32_t len) {
  append("<", 1);
  append_unsigned(count);
  append(unit, len);
}

EXPORT("wasi_virt_trace_bytes") void trace_bytes(const void *bytes, uint32_t len) {
  separate();
  append_count(len, " bytes>", 7);
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

// ---- results by shape (the grammar is in src/virt/trace-shapes.ts) ----

static uint64_t load(const uint8_t *at, uint32_t size) {
  uint64_t value = 0;
  for (uint32_t i = 0; i < size; i++) {
    value |= (uint64_t)at[i] << (8 * i);
  }
  return value;
}

static uint32_t number(const char **shape) {
  uint32_t n = 0;
  while (**shape >= '0' && **shape <= '9') {
    n = n * 10 + (uint32_t)(*(*shape)++ - '0');
  }
  if (**shape == ',') {
    (*shape)++;
  }
  return n;
}

static uint32_t digit(const char **shape) { return (uint32_t)(*(*shape)++ - '0'); }

// The name up to `|`, appended when `show`; the shape moves past it.
static void name(const char **shape, int show) {
  const char *start = *shape;
  while (**shape != '|') {
    (*shape)++;
  }
  if (show) {
    append(start, (uint32_t)(*shape - start));
  }
  (*shape)++;
}

// Appends the value at `at` as `shape` says and returns the rest of the shape; with `at` null,
// only skips the shape (a case not taken).
static const char *shaped(const char *shape, const uint8_t *at) {
  char op = *shape++;
  switch (op) {
  case 'u':
  case 's':
  case 'F': {
    uint32_t size = digit(&shape);
    if (at) {
      uint64_t value = load(at, size);
      if (op == 's' && size < 8 && (value >> (8 * size - 1)) & 1) {
        value |= ~0ull << (8 * size);
      }
      op == 's' ? append_number((int64_t)value) : append_unsigned(value);
    }
    return shape;
  }
  case 'b':
    if (at) {
      append(*at ? "true" : "false", *at ? 4 : 5);
    }
    return shape;
  case 'h':
    if (at) {
      append_unsigned(load(at, 4));
    }
    return shape;
  case 'S':
  case 'L':
  case 'l':
    if (at) {
      uint32_t ptr = (uint32_t)load(at, 4), len = (uint32_t)load(at + 4, 4);
      op == 'S'   ? append_quoted((const char *)(uintptr_t)ptr, len)
      : op == 'L' ? append_count(len, " bytes>", 7)
                  : append_count(len, " items>", 7);
    }
    return shape;
  case 'E': {
    uint32_t size = digit(&shape), count = number(&shape);
    uint64_t which = at ? load(at, size) : count;
    for (uint32_t i = 0; i < count; i++) {
      name(&shape, i == which);
    }
    return shape;
  }
  case 'V': {
    uint32_t size = digit(&shape), payload = number(&shape), count = number(&shape);
    uint64_t which = at ? load(at, size) : count;
    for (uint32_t i = 0; i < count; i++) {
      int taken = i == which;
      name(&shape, taken);
      if (*shape == '_') {
        shape++;
      } else {
        if (taken) {
          append("(", 1);
        }
        shape = shaped(shape, taken ? at + payload : 0);
        if (taken) {
          append(")", 1);
        }
      }
    }
    return shape;
  }
  case 'R':
  case 'T': {
    uint32_t count = number(&shape);
    if (at) {
      append(op == 'R' ? "{" : "(", 1);
    }
    for (uint32_t i = 0; i < count; i++) {
      uint32_t offset = number(&shape);
      if (at && i) {
        append(", ", 2);
      }
      if (op == 'R') {
        name(&shape, at != 0);
        if (at) {
          append(": ", 2);
        }
      }
      shape = shaped(shape, at ? at + offset : 0);
    }
    if (at) {
      append(op == 'R' ? "}" : ")", 1);
    }
    return shape;
  }
  default:
    return shape; // not a shape the generator writes
  }
}

// The result decoded by its shape: `indirect` when the core result is the address of the value
// (it takes more than one core value), else the core value itself.
EXPORT("wasi_virt_trace_shaped")
void trace_shaped(int64_t value, const char *shape, int32_t indirect) {
  append(") -> ", 5);
  shaped(shape, indirect ? (const uint8_t *)(uintptr_t)(uint32_t)value : (const uint8_t *)&value);
  finish();
}

EXPORT("wasi_virt_trace_done") void trace_done(void) {
  append(")", 1);
  finish();
}

// A denied function's traced call, written before it traps: `) -> ` and the generator's text
// (which says what allows it).
EXPORT("wasi_virt_trace_denied") void trace_denied(const char *text, uint32_t len) {
  append(") -> ", 5);
  append(text, len);
  finish();
}

// A denied function's message, written as a line of its own before it traps (without --debug,
// when the app's stderr is the host's).
EXPORT("wasi_virt_denied") void denied(const char *text, uint32_t len) {
  begin();
  append(text, len);
  finish();
}
