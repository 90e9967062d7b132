// wasi:http/types `fields`: a header map. Entries keep their order and their names' case; names
// compare ASCII case-insensitively. A map's entries and all their bytes live in one block
// (runtime/blocks.c), which every change replaces. A change is checked as a real host checks it
// (http/syntax.c): an invalid name or value is header-error.invalid-syntax, a header the host
// manages itself header-error.forbidden, and only then is an immutable map's
// header-error.immutable.
#include "http/http.h"

#define FIELDS "[method]fields."

enum { INVALID_SYNTAX = 0, FORBIDDEN = 1, IMMUTABLE = 2, VALID = 3 };

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

// Why a change of `name` to `values` is refused, or VALID.
static int check(const char *name, uint32_t len, const wv_list *values, uint32_t count) {
  if (!wv_http_token(name, len)) {
    return INVALID_SYNTAX;
  }
  if (wv_http_forbidden(name, len)) {
    return FORBIDDEN;
  }
  for (uint32_t i = 0; i < count; i++) {
    if (!wv_http_field_value(values[i])) {
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

// Stores one entry, its bytes at `end`; returns the end of its bytes.
static char *put(wv_field *to, char *end, wv_str name, wv_list value) {
  to->name = (wv_str){end, name.len};
  end = copy(end, name.ptr, name.len);
  to->value = (wv_list){end, value.count};
  return copy(end, value.ptr, value.count);
}

// Whether `rebuild` keeps old entry `entry`.
static int kept(const wv_field *entry, int drop, wv_str name) {
  return !(drop && wv_http_same_name(entry->name, name.ptr, name.len));
}

// A new block: the entries of `old` except those named `name` (when `drop`), then one entry
// per value of `values` under `name`. Sets *count; returns 0 for no entries.
static wv_field *rebuild(const wv_field *old, uint32_t old_count, int drop, wv_str name,
                         const wv_list *values, uint32_t value_count, uint32_t *count) {
  uint32_t n = value_count;
  size_t bytes = 0;
  for (uint32_t i = 0; i < old_count; i++) {
    if (kept(&old[i], drop, name)) {
      n++;
      bytes += old[i].name.len + old[i].value.count;
    }
  }
  for (uint32_t i = 0; i < value_count; i++) {
    bytes += name.len + values[i].count;
  }
  *count = n;
  if (n == 0) {
    return 0;
  }
  wv_field *entries = wv_block(n * sizeof(wv_field) + bytes);
  char *end = (char *)(entries + n);
  wv_field *next = entries;
  for (uint32_t i = 0; i < old_count; i++) {
    if (kept(&old[i], drop, name)) {
      end = put(next++, end, old[i].name, old[i].value);
    }
  }
  for (uint32_t i = 0; i < value_count; i++) {
    end = put(next++, end, name, values[i]);
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
    if (wv_http_same_name(entries[i].name, name, len)) {
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
    found = wv_http_same_name(entries[i].name, name, len);
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
