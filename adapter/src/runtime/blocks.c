// Memory that belongs to a resource and is freed with it (a header map's entries, a request's
// strings): power-of-two size classes from 16 bytes, each with a free list. A fresh block comes
// from wv_keep, so the heap's floor rises only when more blocks of a class are alive at once
// than ever before; what was transient below it then stays too (bounded, as in runtime/handles.c).
#include "runtime/handles.h"

#define CLASSES 27 // the largest block is 1 GiB

// The 8 bytes before a block: its class while in use, the next free block of its class after.
typedef union header {
  union header *next;
  uint64_t size_class;
} header;

static header *free_blocks[CLASSES];

void *wv_block(size_t size) {
  uint32_t size_class = 0;
  while (size_class < CLASSES && ((size_t)16 << size_class) - sizeof(header) < size) {
    size_class++;
  }
  if (size_class == CLASSES) {
    __builtin_trap();
  }
  header *block = free_blocks[size_class];
  if (block) {
    free_blocks[size_class] = block->next;
  } else {
    block = wv_keep(8, (size_t)16 << size_class);
  }
  block->size_class = size_class;
  return block + 1;
}

void wv_block_free(void *ptr) {
  if (!ptr) {
    return;
  }
  header *block = (header *)ptr - 1;
  uint32_t size_class = (uint32_t)block->size_class;
  block->next = free_blocks[size_class];
  free_blocks[size_class] = block;
}
