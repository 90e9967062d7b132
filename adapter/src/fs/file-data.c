// The contents of mounted files. Embedded files are lifted in place. Files above the
// generator's passive cutoff are passive data segments, so they take no linear memory until
// read; `data-init` copies from one of them. The generator defines that function (one
// memory.init per segment, chosen by the segment's ordinal): a memory.init's segment is an
// immediate, which C cannot express.
#include "fs/tree.h"

IMPORT("wasi-virt", "data-init")
void data_init(uint32_t segment, void *dst, uint32_t offset, uint32_t len);

const char *wv_file_bytes(const wv_node *file, uint32_t at, uint32_t *count) {
  if (file->kind == WV_NODE_FILE) {
    return (const char *)file->a + at;
  }
  if (*count > WV_PASSIVE_CHUNK) {
    *count = WV_PASSIVE_CHUNK;
  }
  char *buffer = wv_alloc(1, *count);
  data_init(file->a, buffer, at, *count);
  return buffer;
}

void wv_file_copy(const wv_node *file, uint32_t len, void *dst) {
  if (file->kind == WV_NODE_PASSIVE_FILE) {
    data_init(file->a, dst, 0, len);
    return;
  }
  const char *from = (const char *)file->a;
  char *to = dst;
  for (uint32_t i = 0; i < len; i++) {
    to[i] = from[i];
  }
}

const char *wv_file_span(const wv_node *file, uint32_t at, uint32_t count) {
  if (file->kind == WV_NODE_FILE) {
    return (const char *)file->a + at;
  }
  char *buffer = wv_alloc(1, count);
  data_init(file->a, buffer, at, count);
  return buffer;
}
