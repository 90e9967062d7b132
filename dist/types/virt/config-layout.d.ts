/**
 * The configuration blob's layout (adapter/CONFIG.md), described once: the encoder
 * (config-blob.ts) writes its header from HEADER_FIELDS, and a test checks the adapter's C
 * declarations (adapter/src/runtime/config-blob.h: its enums and offset assertions) against it.
 */
export declare const CONFIG_MAGIC = 826496599;
export declare const LAYOUT_VERSION = 9;
/** The header's fields in order, in u32 words, by their names in config-blob.h's `wv_config`. */
export declare const HEADER_FIELDS: {
    readonly magic: 1;
    readonly version: 1;
    readonly size: 1;
    readonly env: 5;
    readonly config: 5;
    readonly args_mode: 1;
    readonly args: 2;
    readonly cwd_mode: 1;
    readonly cwd: 2;
    readonly stdio_mode: 3;
    readonly preopens: 2;
    readonly nodes: 2;
    readonly host_preopens: 1;
    readonly host_fs: 1;
    readonly clock_mode: 1;
    readonly random_mode: 1;
    readonly wall: 4;
    readonly seed: 2;
    readonly http_rules: 2;
    readonly socket_rules: 2;
    readonly writable: 2;
};
export type HeaderField = keyof typeof HEADER_FIELDS;
/** A field's byte offset in the header. */
export declare function headerOffset(field: HeaderField): number;
export declare const HEADER_SIZE: number;
/** The enums config-blob.h declares, by their C names. */
export declare const CONFIG_ENUMS: {
    readonly WV_MODE_NONE: 0;
    readonly WV_MODE_ALL: 1;
    readonly WV_MODE_ALLOW: 2;
    readonly WV_MODE_DENY: 3;
    readonly WV_ARGS_HOST: 0;
    readonly WV_ARGS_FIXED: 1;
    readonly WV_CWD_HOST: 0;
    readonly WV_CWD_NONE: 1;
    readonly WV_CWD_FIXED: 2;
    readonly WV_STDIO_HOST: 0;
    readonly WV_STDIO_IGNORE: 1;
    readonly WV_STDIO_DENY: 2;
    readonly WV_STDIO_NO_TERMINAL: 256;
    readonly WV_NODE_DIR: 1;
    readonly WV_NODE_FILE: 2;
    readonly WV_NODE_HOST_DIR: 3;
    readonly WV_NODE_HOST_FILE: 4;
    readonly WV_NODE_PASSIVE_FILE: 5;
    readonly WV_CLOCK_HOST: 0;
    readonly WV_CLOCK_FIXED: 1;
    readonly WV_RANDOM_HOST: 0;
    readonly WV_RANDOM_SEEDED: 1;
    readonly WV_SOCKET_TCP: 1;
    readonly WV_SOCKET_UDP: 2;
    readonly WV_HOST_ANY: 0;
    readonly WV_HOST_IPV4: 1;
    readonly WV_HOST_IPV6: 2;
    readonly WV_HOST_NAME: 3;
};
/** A preopen record (wv_preopen): path {ptr, len}, root node. */
export declare const PREOPEN_WORDS = 3;
/** A node record (wv_node): kind, name {ptr, len}, parent, a, b. */
export declare const NODE_WORDS = 6;
/** An HTTP rule (wv_http_rule): scheme {ptr, len}, host {ptr, len}, port (0: any). */
export declare const HTTP_RULE_WORDS = 5;
/** A socket rule (wv_socket_rule): protocols, host kind, prefix, 16 address bytes, lowest and highest port, name {ptr, len}. */
export declare const SOCKET_RULE_WORDS = 11;
/** A writable tree (wv_writable): root node, quota in bytes. */
export declare const WRITABLE_WORDS = 2;
