// Handle structs: bump-allocated in batches (wv_keep), recycled through a free list. The heap
// floor rises only when more handles are alive at once than ever before, so transient data
// kept below a batch is bounded by that high-water mark.
#include "runtime/handles.h"

#define BATCH 16

static wv_obj *free_list;

wv_obj *wv_obj_new(uint32_t kind, int32_t host) {
  if (!free_list) {
    wv_obj *batch = wv_keep(_Alignof(wv_obj), BATCH * sizeof(wv_obj));
    for (int i = 0; i < BATCH; i++) {
      wv_obj_free(&batch[i]);
    }
  }
  wv_obj *obj = free_list;
  free_list = obj->next;
  obj->kind = kind;
  obj->host = host;
  obj->data = 0;
  obj->len = 0;
  obj->pos = 0;
  return obj;
}

void wv_obj_free(wv_obj *obj) {
  obj->next = free_list;
  free_list = obj;
}

void *wv_host_done(void) {
  wv_release();
  return RET;
}
