// wasi:cli/terminal-input, terminal-output and terminal-stdin/-stdout/-stderr: the
// adapter's terminal resources wrap the host's. A stream the host provides (stdio mode 0) has
// the host's terminal (or none, if the host says so), unless the mode word carries
// WV_STDIO_NO_TERMINAL (--hide-terminals); an ignored or denied one has none.
#include "runtime/config-blob.h"
#include "runtime/handles.h"

#define TERMINAL_INPUT WASI("cli/terminal-input")
#define TERMINAL_OUTPUT WASI("cli/terminal-output")
#define TERMINAL_STDIN WASI("cli/terminal-stdin")
#define TERMINAL_STDOUT WASI("cli/terminal-stdout")
#define TERMINAL_STDERR WASI("cli/terminal-stderr")

IMPORT(TERMINAL_STDIN, "get-terminal-stdin")
void host_get_terminal_stdin(wv_option_handle *ret);
IMPORT(TERMINAL_STDOUT, "get-terminal-stdout")
void host_get_terminal_stdout(wv_option_handle *ret);
IMPORT(TERMINAL_STDERR, "get-terminal-stderr")
void host_get_terminal_stderr(wv_option_handle *ret);
IMPORT(TERMINAL_INPUT, "[resource-drop]terminal-input") void host_terminal_input_drop(int32_t);
IMPORT(TERMINAL_OUTPUT, "[resource-drop]terminal-output") void host_terminal_output_drop(int32_t);
IMPORT(EXPORTED(TERMINAL_INPUT), "[resource-new]terminal-input")
int32_t terminal_input_new(wv_obj *rep);
IMPORT(EXPORTED(TERMINAL_OUTPUT), "[resource-new]terminal-output")
int32_t terminal_output_new(wv_obj *rep);

static int from_host(int stream) { return wv_config_get()->stdio_mode[stream] == WV_STDIO_HOST; }

// ret holds the host's answer (or none): replaces its handle with a new adapter struct's.
static wv_option_handle *wrap(wv_option_handle *ret, int output) {
  if (ret->is_some) {
    wv_obj *obj = wv_obj_new(WV_HOST, ret->handle);
    ret->handle = output ? terminal_output_new(obj) : terminal_input_new(obj);
  }
  return ret;
}

// get-terminal-stdin: func() -> option<terminal-input>
EXPORT(TERMINAL_STDIN "#get-terminal-stdin")
wv_option_handle *get_terminal_stdin(void) {
  wv_option_handle *ret = &wv_ret_area.option_handle;
  ret->is_some = 0;
  if (from_host(0)) {
    host_get_terminal_stdin(ret);
  }
  return wrap(ret, 0);
}

// get-terminal-stdout: func() -> option<terminal-output>
EXPORT(TERMINAL_STDOUT "#get-terminal-stdout")
wv_option_handle *get_terminal_stdout(void) {
  wv_option_handle *ret = &wv_ret_area.option_handle;
  ret->is_some = 0;
  if (from_host(1)) {
    host_get_terminal_stdout(ret);
  }
  return wrap(ret, 1);
}

// get-terminal-stderr: func() -> option<terminal-output>
EXPORT(TERMINAL_STDERR "#get-terminal-stderr")
wv_option_handle *get_terminal_stderr(void) {
  wv_option_handle *ret = &wv_ret_area.option_handle;
  ret->is_some = 0;
  if (from_host(2)) {
    host_get_terminal_stderr(ret);
  }
  return wrap(ret, 1);
}

EXPORT(TERMINAL_INPUT "#[dtor]terminal-input") void terminal_input_dtor(wv_obj *self) {
  host_terminal_input_drop(self->host);
  wv_obj_free(self);
}

EXPORT(TERMINAL_OUTPUT "#[dtor]terminal-output") void terminal_output_dtor(wv_obj *self) {
  host_terminal_output_drop(self->host);
  wv_obj_free(self);
}
