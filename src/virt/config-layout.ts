/**
 * The configuration blob's layout (adapter/CONFIG.md), described once: the encoder
 * (config-blob.ts) writes its header from HEADER_FIELDS, and a test checks the adapter's C
 * declarations (adapter/src/runtime/config-blob.h: its enums and offset assertions) against it.
 */

export const CONFIG_MAGIC = 0x31435657; // "WVC1"
export const LAYOUT_VERSION = 9;

/** The header's fields in order, in u32 words, by their names in config-blob.h's `wv_config`. */
export const HEADER_FIELDS = {
  magic: 1,
  version: 1,
  size: 1,
  env: 5, // wv_policy: mode, overrides {ptr, count}, names {ptr, count}
  config: 5,
  args_mode: 1,
  args: 2, // {ptr, count}
  cwd_mode: 1,
  cwd: 2, // wv_str
  stdio_mode: 3, // stdin, stdout, stderr
  preopens: 2, // {ptr, count} of wv_preopen
  nodes: 2, // {ptr, count} of wv_node
  host_preopens: 1,
  host_fs: 1,
  clock_mode: 1,
  random_mode: 1,
  wall: 4, // wasi:clocks/wall-clock's datetime: seconds (u64), nanoseconds, padding
  seed: 2, // u64
  http_rules: 2, // {ptr, count} of wv_http_rule; count 0: every host
  socket_rules: 2, // {ptr, count} of wv_socket_rule; count 0: every address and name
  writable: 2, // {ptr, count} of wv_writable; count 0: every node is read-only
} as const;

export type HeaderField = keyof typeof HEADER_FIELDS;

/** A field's byte offset in the header. */
export function headerOffset(field: HeaderField): number {
  let words = 0;
  for (const [name, size] of Object.entries(HEADER_FIELDS)) {
    if (name === field) return words * 4;
    words += size;
  }
  throw new Error(`internal: no header field ${field}`);
}

export const HEADER_SIZE = Object.values(HEADER_FIELDS).reduce((a, b) => a + b, 0) * 4;

/** The enums config-blob.h declares, by their C names. */
export const CONFIG_ENUMS = {
  WV_MODE_NONE: 0,
  WV_MODE_ALL: 1,
  WV_MODE_ALLOW: 2,
  WV_MODE_DENY: 3,
  WV_ARGS_HOST: 0,
  WV_ARGS_FIXED: 1,
  WV_CWD_HOST: 0,
  WV_CWD_NONE: 1,
  WV_CWD_FIXED: 2,
  WV_STDIO_HOST: 0,
  WV_STDIO_IGNORE: 1,
  WV_STDIO_DENY: 2,
  WV_STDIO_NO_TERMINAL: 256,
  WV_NODE_DIR: 1,
  WV_NODE_FILE: 2,
  WV_NODE_HOST_DIR: 3,
  WV_NODE_HOST_FILE: 4,
  WV_NODE_PASSIVE_FILE: 5,
  WV_CLOCK_HOST: 0,
  WV_CLOCK_FIXED: 1,
  WV_RANDOM_HOST: 0,
  WV_RANDOM_SEEDED: 1,
  WV_SOCKET_TCP: 1,
  WV_SOCKET_UDP: 2,
  WV_HOST_ANY: 0,
  WV_HOST_IPV4: 1,
  WV_HOST_IPV6: 2,
  WV_HOST_NAME: 3,
} as const;

/** A preopen record (wv_preopen): path {ptr, len}, root node. */
export const PREOPEN_WORDS = 3;
/** A node record (wv_node): kind, name {ptr, len}, parent, a, b. */
export const NODE_WORDS = 6;
/** An HTTP rule (wv_http_rule): scheme {ptr, len}, host {ptr, len}, port (0: any). */
export const HTTP_RULE_WORDS = 5;
/** A socket rule (wv_socket_rule): protocols, host kind, prefix, 16 address bytes, lowest and highest port, name {ptr, len}. */
export const SOCKET_RULE_WORDS = 11;
/** A writable tree (wv_writable): root node, quota in bytes. */
export const WRITABLE_WORDS = 2;
