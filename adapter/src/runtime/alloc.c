// The adapter's heap: a bump allocator with a floor (see runtime/abi.h) and the canonical ABI's
// cabi_realloc, through which hosts and callers place lists and strings in the adapter's memory.
#include "runtime/abi.h"

// Where the heap starts: a mutable i32 wasm global, exported as `wasi_virt_heap_start`. The
// linker gives it the initial value 0, which means "start at __heap_base"; the generator sets
// it past the configuration blob it places there. The adapter only reads it.
// (Assembly rather than clang's address_space(1) globals: see runtime/config-blob.c.)
__asm__(".globl wasi_virt_heap_start\n"
        ".globaltype wasi_virt_heap_start, i32\n"
        "wasi_virt_heap_start:\n");

extern unsigned char __heap_base;

wv_ret wv_ret_area;

static uint32_t heap_floor; // 0 until the first allocation
static uint32_t heap_top;

static uint32_t bump(size_t align, size_t size) {
  if (heap_floor == 0) {
    uint32_t start;
    __asm__("global.get wasi_virt_heap_start\n\tlocal.set %0" : "=r"(start));
    heap_floor = heap_top = start ? start : (uint32_t)(uintptr_t)&__heap_base;
  }
  uint64_t start = ((uint64_t)heap_top + align - 1) & ~(uint64_t)(align - 1);
  uint64_t end = start + size;
  uint64_t have = (uint64_t)__builtin_wasm_memory_size(0) << 16;
  if (end > have) {
    if (end > (1ull << 32) ||
        __builtin_wasm_memory_grow(0, (size_t)((end - have + 0xffff) >> 16)) == (size_t)-1) {
      __builtin_trap();
    }
  }
  heap_top = (uint32_t)end;
  return (uint32_t)start;
}

void *wv_alloc(size_t align, size_t size) { return (void *)(uintptr_t)bump(align, size); }

void *wv_keep(size_t align, size_t size) {
  void *kept = wv_alloc(align, size);
  heap_floor = heap_top; // anything transient below stays too: bounded, see runtime/handles.c
  return kept;
}

void wv_release(void) {
  if (heap_floor) {
    heap_top = heap_floor;
  }
}

EXPORT("cabi_realloc")
void *cabi_realloc(void *old, size_t old_size, size_t align, size_t new_size) {
  if (old && new_size <= old_size) {
    return old;
  }
  unsigned char *fresh = wv_alloc(align, new_size);
  const unsigned char *from = old;
  for (size_t i = 0; old && i < old_size; i++) {
    fresh[i] = from[i];
  }
  return fresh;
}
