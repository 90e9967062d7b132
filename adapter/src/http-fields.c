// wasi:http/types@0.2.12 `fields`: a header map. Entries keep their order and their names'
// case; names compare ASCII case-insensitively. A map's entries and all their bytes live in one
// block (blocks.c), which every change replaces. As on a real host, a name must be a token and
// a value must hold no control character but tab (else header-error.invalid-syntax), and the
// connection-level headers a host manages itself are forbidden (header-error.forbidden).
#include "http.h"

#define FIELDS "[method]fields."

enum { INVALID_SYNTAX = 0, FORBIDDEN = 1, IMMUTABLE = 2, VALID = 3 };

IMPORT(EXPORTED(HTTP_TYPES), "[resource-new]fields") int32_t fields_new(wv_obj *rep);
IMPORT(EXPORTED(HTTP_TYPES), "[resource-rep]fields") wv_obj *fields_rep(int32_t handle);
IMPORT(EXPORTED(HTTP_TYPES), "[resource-drop]fields") void fields_drop(int32_t handle);

// The headers wasmtime forbids by default: hop-by-hop and connection control.
static const wv_str forbidden[] = {
    {"connection", 10},       {"keep-alive", 10}, {"proxy-authenticate", 18},
    {"proxy-authorization", 19}, {"proxy-connection", 16}, {"transfer-encoding", 17},
    {"upgrade", 7},           {"host", 4},        {"http2-settings", 14},
};

// result<_, header-error>: the error at 1. result<fields, header-error>: the handle or the
// error at 4.
static struct {
  uint8_t is_err;
  uint8_t error;
} unit_result;
static struct {
  uint8_t is_err;
  int32_t payload;
} fields_result;

int wv_http_token(const char *text, uint32_t len) {
  static const char specials[] = "!#$%&'*+-.^_`|~";
  for (uint32_t i = 0; i < len; i++) {
    char c = text[i];
    int ok = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    for (const char *s = specials; !ok && *s; s++) {
      ok = c == *s;
    }
    if (!ok) {
      return 0;
    }
  }
  return len > 0;
}

static int same_name(wv_str a, const char *name, uint32_t len) {
  if (a.len != len) {
    return 0;
  }
  for (uint32_t i = 0; i < len; i++) {
    char x = a.ptr[i], y = name[i];
    if (x != y && !((x | 0x20) == (y | 0x20) && (x | 0x20) >= 'a' && (x | 0x20) <= 'z')) {
      return 0;
    }
  }
  return 1;
}

static int valid_value(wv_list value) {
  const uint8_t *bytes = value.ptr;
  for (uint32_t i = 0; i < value.count; i++) {
    if ((bytes[i] < 0x20 && bytes[i] != '\t') || bytes[i] == 0x7f) {
      return 0;
    }
  }
  return 1;
}

// Why a change of `name` to `values` is refused, or VALID.
static int check(const char *name, uint32_t len, const wv_list *values, uint32_t count) {
  if (!wv_http_token(name, len)) {
    return INVALID_SYNTAX;
  }
  for (uint32_t i = 0; i < sizeof forbidden / sizeof forbidden[0]; i++) {
    if (same_name(forbidden[i], name, len)) {
      return FORBIDDEN;
    }
  }
  for (uint32_t i = 0; i < count; i++) {
    if (!valid_value(values[i])) {
      return INVALID_SYNTAX;
    }
  }
  return VALID;
}

static char *copy(char *to, const void *from, uint32_t len) {
  const char *bytes = from;
  for (uint32_t i = 0; i < len; i++) {
    to[i] = bytes[i];
  }
  return to + len;
}

// A new block: the entries of `old` except those named `name` (when `drop`), then one entry
// per value of `values` under `name`. Sets *count; returns 0 for no entries.
static wv_field *rebuild(const wv_field *old, uint32_t old_count, int drop, wv_str name,
                         const wv_list *values, uint32_t value_count, uint32_t *count) {
  uint32_t n = 0;
  size_t bytes = 0;
  for (uint32_t i = 0; i < old_count; i++) {
    if (!(drop && same_name(old[i].name, name.ptr, name.len))) {
      n++;
      bytes += old[i].name.len + old[i].value.count;
    }
  }
  for (uint32_t i = 0; i < value_count; i++) {
    bytes += name.len + values[i].count;
  }
  *count = n + value_count;
  if (*count == 0) {
    return 0;
  }
  wv_field *entries = wv_block(*count * sizeof(wv_field) + bytes);
  char *end = (char *)(entries + *count);
  wv_field *next = entries;
  for (uint32_t i = 0; i < old_count; i++) {
    if (!(drop && same_name(old[i].name, name.ptr, name.len))) {
      next->name = (wv_str){end, old[i].name.len};
      end = copy(end, old[i].name.ptr, old[i].name.len);
      next->value = (wv_list){end, old[i].value.count};
      end = copy(end, old[i].value.ptr, old[i].value.count);
      next++;
    }
  }
  for (uint32_t i = 0; i < value_count; i++, next++) {
    next->name = (wv_str){end, name.len};
    end = copy(end, name.ptr, name.len);
    next->value = (wv_list){end, values[i].count};
    end = copy(end, values[i].ptr, values[i].count);
  }
  return entries;
}

static const wv_str no_name = {0, 0};

int32_t wv_fields_new(const wv_field *entries, uint32_t count, int immutable) {
  wv_obj *obj = wv_obj_new(WV_FIELDS, 0);
  obj->block = rebuild(entries, count, 0, no_name, 0, 0, &obj->len);
  obj->flags = immutable;
  return fields_new(obj);
}

wv_field *wv_fields_take(int32_t handle, uint32_t *count) {
  wv_obj *obj = fields_rep(handle);
  wv_field *entries = obj->block;
  *count = obj->len;
  obj->block = 0; // so the dtor the drop runs keeps them
  obj->len = 0;
  fields_drop(handle);
  return entries;
}

void wv_fields_drop(int32_t handle) { fields_drop(handle); }

// constructor()
EXPORT(HTTP_TYPES "#[constructor]fields") int32_t fields_constructor(void) {
  return wv_fields_new(0, 0, 0);
}

// from-list: static func(entries: list<tuple<field-name, field-value>>) -> result<fields, header-error>
EXPORT(HTTP_TYPES "#[static]fields.from-list")
void *fields_from_list(const wv_field *entries, uint32_t count) {
  fields_result.is_err = 0;
  for (uint32_t i = 0; i < count && !fields_result.is_err; i++) {
    int refused = check(entries[i].name.ptr, entries[i].name.len, &entries[i].value, 1);
    fields_result.is_err = refused != VALID;
    fields_result.payload = refused;
  }
  if (!fields_result.is_err) {
    fields_result.payload = wv_fields_new(entries, count, 0);
  }
  wv_release();
  return &fields_result;
}

// get: func(name: field-name) -> list<field-value>
EXPORT(HTTP_TYPES "#" FIELDS "get")
wv_list *fields_get(wv_obj *self, const char *name, uint32_t len) {
  const wv_field *entries = self->block;
  wv_list *values = wv_alloc(4, self->len * sizeof(wv_list));
  uint32_t n = 0;
  for (uint32_t i = 0; i < self->len; i++) {
    if (same_name(entries[i].name, name, len)) {
      values[n++] = entries[i].value; // lifted straight from the block
    }
  }
  wv_ret_area.list = (wv_list){values, n};
  wv_release();
  return &wv_ret_area.list;
}

// has: func(name: field-name) -> bool
EXPORT(HTTP_TYPES "#" FIELDS "has")
int32_t fields_has(wv_obj *self, const char *name, uint32_t len) {
  const wv_field *entries = self->block;
  int found = 0;
  for (uint32_t i = 0; i < self->len && !found; i++) {
    found = same_name(entries[i].name, name, len);
  }
  wv_release();
  return found;
}

// Replaces the values of `name` (when `drop`) or adds to them, unless the change is refused.
static void *change(wv_obj *self, const char *name, uint32_t len, int drop,
                    const wv_list *values, uint32_t count) {
  int refused = check(name, len, values, count);
  if (refused == VALID && self->flags) {
    refused = IMMUTABLE;
  }
  unit_result.is_err = refused != VALID;
  unit_result.error = refused;
  if (refused == VALID) {
    wv_field *old = self->block;
    self->block = rebuild(old, self->len, drop, (wv_str){name, len}, values, count, &self->len);
    wv_block_free(old);
  }
  wv_release();
  return &unit_result;
}

// set: func(name: field-name, value: list<field-value>) -> result<_, header-error>
EXPORT(HTTP_TYPES "#" FIELDS "set")
void *fields_set(wv_obj *self, const char *name, uint32_t len, const wv_list *values,
                 uint32_t count) {
  return change(self, name, len, 1, values, count);
}

// delete: func(name: field-name) -> result<_, header-error>
EXPORT(HTTP_TYPES "#" FIELDS "delete")
void *fields_delete(wv_obj *self, const char *name, uint32_t len) {
  return change(self, name, len, 1, 0, 0);
}

// append: func(name: field-name, value: field-value) -> result<_, header-error>
EXPORT(HTTP_TYPES "#" FIELDS "append")
void *fields_append(wv_obj *self, const char *name, uint32_t len, const uint8_t *value,
                    uint32_t value_len) {
  wv_list one = {value, value_len};
  return change(self, name, len, 0, &one, 1);
}

// entries: func() -> list<tuple<field-name, field-value>>
EXPORT(HTTP_TYPES "#" FIELDS "entries") wv_list *fields_entries(wv_obj *self) {
  wv_ret_area.list = (wv_list){self->block, self->len};
  return &wv_ret_area.list;
}

// clone: func() -> fields (mutable, whatever self is)
EXPORT(HTTP_TYPES "#" FIELDS "clone") int32_t fields_clone(wv_obj *self) {
  return wv_fields_new(self->block, self->len, 0);
}

EXPORT(HTTP_TYPES "#[dtor]fields") void fields_dtor(wv_obj *self) {
  wv_block_free(self->block);
  wv_obj_free(self);
}
