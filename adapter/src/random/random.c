// wasi:random/random, insecure and insecure-seed with --random-seed: a deterministic generator
// seeded from the configuration (adapter/README.md, "Seeded random"), never the host. The seed
// goes through SplitMix64; its first four outputs are the state of one xoshiro256** generator,
// which random and insecure share in call order; insecure-seed is the fifth and sixth outputs.
// For a policy that denies random the generator points these exports at named traps instead
// (runtime/deny.c); for one that allows it (without a seed), it keeps none of them.
#include "runtime/config-blob.h"

#define RANDOM WASI("random/random") "#"
#define INSECURE WASI("random/insecure") "#"
#define INSECURE_SEED WASI("random/insecure-seed") "#"

static uint64_t state[4];
static int seeded;

static uint64_t splitmix64(uint64_t *x) {
  uint64_t z = (*x += 0x9e3779b97f4a7c15u);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
  return z ^ (z >> 31);
}

// The seed (traps without one: the generator serves random here only with a seed).
static uint64_t seed(void) {
  const wv_config *config = wv_config_get();
  if (config->random_mode != WV_RANDOM_SEEDED) {
    __builtin_trap();
  }
  return config->seed;
}

static inline uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

// xoshiro256** (Blackman and Vigna), its state from the first four SplitMix64 outputs.
static uint64_t next(void) {
  if (!seeded) {
    uint64_t x = seed();
    for (int i = 0; i < 4; i++) {
      state[i] = splitmix64(&x);
    }
    seeded = 1;
  }
  uint64_t result = rotl(state[1] * 5, 7) * 9;
  uint64_t t = state[1] << 17;
  state[2] ^= state[0];
  state[3] ^= state[1];
  state[1] ^= state[2];
  state[0] ^= state[3];
  state[2] ^= t;
  state[3] = rotl(state[3], 45);
  return result;
}

// list<u8> of `len` bytes: each output's 8 bytes little-endian, in order; the unused bytes of
// the last output are dropped.
static wv_list *bytes(int64_t len) {
  uint64_t n = (uint64_t)len;
  if (n > UINT32_MAX) {
    __builtin_trap(); // no 32-bit memory holds it
  }
  uint8_t *out = wv_alloc(1, (size_t)n);
  for (uint64_t i = 0; i < n; i += 8) {
    uint64_t word = next();
    for (uint64_t j = 0; j < 8 && i + j < n; j++) {
      out[i + j] = (uint8_t)(word >> (8 * j));
    }
  }
  wv_list *ret = &wv_ret_area.list;
  ret->ptr = out;
  ret->count = (uint32_t)n;
  wv_release();
  return ret;
}

// wasi:random/random
EXPORT(RANDOM "get-random-bytes") wv_list *random_get_random_bytes(int64_t len) {
  return bytes(len);
}
EXPORT(RANDOM "get-random-u64") int64_t random_get_random_u64(void) { return (int64_t)next(); }

// wasi:random/insecure: the same generator
EXPORT(INSECURE "get-insecure-random-bytes") wv_list *insecure_get_bytes(int64_t len) {
  return bytes(len);
}
EXPORT(INSECURE "get-insecure-random-u64") int64_t insecure_get_u64(void) { return (int64_t)next(); }

// wasi:random/insecure-seed: tuple<u64, u64>, the fifth and sixth SplitMix64 outputs (a fixed
// function of the seed, whatever was drawn before).
EXPORT(INSECURE_SEED "insecure-seed") uint64_t *insecure_seed(void) {
  uint64_t x = seed();
  for (int i = 0; i < 4; i++) {
    splitmix64(&x);
  }
  uint64_t *ret = (uint64_t *)&wv_ret_area;
  ret[0] = splitmix64(&x);
  ret[1] = splitmix64(&x);
  return ret;
}
