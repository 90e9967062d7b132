// Reading the generator's configuration blob (adapter/CONFIG.md).
#include "runtime/config-blob.h"

// Address of the blob, 0 for none: a mutable i32 wasm global, exported as `wasi_virt_config`,
// whose initial value the generator sets. Defined and read in assembly: clang-16's
// address_space(1) globals silently drop initializers and can miscompile (a zero-extending
// read became a memory load), so the adapter does not use them.
__asm__(".globl wasi_virt_config\n"
        ".globaltype wasi_virt_config, i32\n"
        "wasi_virt_config:\n");

static inline uint32_t config_address(void) {
  uint32_t address;
  __asm__("global.get wasi_virt_config\n\tlocal.set %0" : "=r"(address));
  return address;
}

static wv_config no_config; // all zero: in .bss, so not in the data section

const wv_config *wv_config_get(void) {
  uint32_t address = config_address();
  if (address == 0) {
    return &no_config;
  }
  const wv_config *config = (const wv_config *)address;
  if (config->magic != WV_MAGIC || config->version != WV_VERSION) {
    __builtin_trap();
  }
  return config;
}

static int str_eq(const wv_str *a, const char *b, uint32_t b_len) {
  if (a->len != b_len) {
    return 0;
  }
  for (uint32_t i = 0; i < b_len; i++) {
    if (a->ptr[i] != b[i]) {
      return 0;
    }
  }
  return 1;
}

const wv_str *wv_override(const wv_policy *policy, const char *key, uint32_t key_len) {
  for (uint32_t i = 0; i < policy->override_count; i++) {
    if (str_eq(&policy->overrides[i].key, key, key_len)) {
      return &policy->overrides[i].value;
    }
  }
  return NULL;
}

int wv_admits(const wv_policy *policy, const char *key, uint32_t key_len) {
  uint32_t mode = policy->mode;
  if (mode == WV_MODE_ALL) {
    return 1;
  }
  if (mode != WV_MODE_ALLOW && mode != WV_MODE_DENY) {
    return 0;
  }
  int listed = 0;
  for (uint32_t i = 0; i < policy->name_count; i++) {
    if (str_eq(&policy->names[i], key, key_len)) {
      listed = 1;
      break;
    }
  }
  return listed == (mode == WV_MODE_ALLOW);
}

void wv_merge(const wv_policy *policy, wv_list *list) {
  uint32_t count = policy->override_count;
  if (policy->mode == WV_MODE_NONE) {
    // The overrides alone: lifted straight out of the blob.
    list->ptr = policy->overrides;
    list->count = count;
    return;
  }
  const wv_pair *host = list->ptr;
  uint32_t host_count = list->count;
  wv_pair *merged = wv_alloc(4, ((size_t)count + host_count) * sizeof(wv_pair));
  for (uint32_t i = 0; i < count; i++) {
    merged[i] = policy->overrides[i];
  }
  for (uint32_t i = 0; i < host_count; i++) {
    const wv_str *key = &host[i].key;
    if (wv_admits(policy, key->ptr, key->len) && !wv_override(policy, key->ptr, key->len)) {
      merged[count++] = host[i];
    }
  }
  list->ptr = merged;
  list->count = count;
}
