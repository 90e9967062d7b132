// wasi:io/error: the adapter's `error` resource. An error wraps a host error (from a
// host stream) or carries a fixed message (from a virtual stream the policy denies).
#include "runtime/handles.h"

IMPORT(WASI_IO_ERROR, "[method]error.to-debug-string")
void host_error_to_debug_string(int32_t self, wv_str *ret);
IMPORT(WASI_IO_ERROR, "[resource-drop]error") void host_error_drop(int32_t self);
IMPORT(EXPORTED(WASI_IO_ERROR), "[resource-new]error") int32_t error_new(wv_obj *rep);

int32_t wv_error_host(int32_t host) { return error_new(wv_obj_new(WV_HOST, host)); }

int32_t wv_error_message(const char *message, uint32_t len) {
  wv_obj *obj = wv_obj_new(WV_MESSAGE, 0);
  obj->data = message;
  obj->len = len;
  return error_new(obj);
}

// to-debug-string: func() -> string
EXPORT(WASI_IO_ERROR "#[method]error.to-debug-string")
wv_str *error_to_debug_string(wv_obj *self) {
  wv_str *ret = &wv_ret_area.str;
  if (self->kind == WV_HOST) {
    host_error_to_debug_string(self->host, ret);
  } else {
    ret->ptr = self->data;
    ret->len = self->len;
  }
  wv_release();
  return ret;
}

EXPORT(WASI_IO_ERROR "#[dtor]error") void error_dtor(wv_obj *self) {
  if (self->kind == WV_HOST) {
    host_error_drop(self->host);
  }
  wv_obj_free(self);
}
