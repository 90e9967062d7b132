// The adapter's heap: a bump allocator (memory is never freed; an adapter instance lives as
// long as the component using it) and the canonical ABI's cabi_realloc, through which hosts
// and callers place lists and strings in the adapter's memory.
#include "abi.h"

// The next free address: a mutable i32 wasm global, exported as `wasi_virt_heap_start`. The
// linker gives it the initial value 0, which means "start at __heap_base"; the generator sets
// it past the configuration blob it places there. The allocator keeps its top in it.
// (Assembly rather than clang's address_space(1) globals: see config-blob.c.)
__asm__(".globl wasi_virt_heap_start\n"
        ".globaltype wasi_virt_heap_start, i32\n"
        "wasi_virt_heap_start:\n");

static inline uint32_t heap_top(void) {
  uint32_t top;
  __asm__ volatile("global.get wasi_virt_heap_start\n\tlocal.set %0" : "=r"(top));
  return top;
}

static inline void set_heap_top(uint32_t top) {
  __asm__ volatile("local.get %0\n\tglobal.set wasi_virt_heap_start" : : "r"(top));
}

extern unsigned char __heap_base;

wv_ret wv_ret_area;

void *wv_alloc(size_t align, size_t size) {
  uint64_t top = heap_top();
  if (top == 0) {
    top = (uintptr_t)&__heap_base;
  }
  uint64_t start = (top + align - 1) & ~(uint64_t)(align - 1);
  uint64_t end = start + size;
  uint64_t have = (uint64_t)__builtin_wasm_memory_size(0) << 16;
  if (end > have) {
    if (end > (1ull << 32) ||
        __builtin_wasm_memory_grow(0, (size_t)((end - have + 0xffff) >> 16)) == (size_t)-1) {
      __builtin_trap();
    }
  }
  set_heap_top((uint32_t)end);
  return (void *)(uintptr_t)start;
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
