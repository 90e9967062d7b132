// The configuration blob written by the generator (layout version 9, adapter/CONFIG.md).
#ifndef WASI_VIRT_CONFIG_BLOB_H
#define WASI_VIRT_CONFIG_BLOB_H

#include "runtime/abi.h"

#define WV_MAGIC 0x31435657u // "WVC1"
#define WV_VERSION 9u

enum { WV_MODE_NONE = 0, WV_MODE_ALL = 1, WV_MODE_ALLOW = 2, WV_MODE_DENY = 3 };
enum { WV_ARGS_HOST = 0, WV_ARGS_FIXED = 1 };
enum { WV_CWD_HOST = 0, WV_CWD_NONE = 1, WV_CWD_FIXED = 2 };
// Stdio modes; the values are also the kinds of the streams they make (runtime/handles.h).
enum { WV_STDIO_HOST = 0, WV_STDIO_IGNORE = 1, WV_STDIO_DENY = 2 };
// A flag on a stdio mode word (--hide-terminals): the stream's get-terminal-* answers none.
enum { WV_STDIO_NO_TERMINAL = 256 };
#define WV_STDIO_MODE(word) ((word) & 0xffu)

// --fixed-time: the clocks are virtual (clocks/wall-clock.c, clocks/monotonic.c, io/poll.c).
enum { WV_CLOCK_HOST = 0, WV_CLOCK_FIXED = 1 };
// --random-seed: wasi:random comes from the seeded generator (random/random.c).
enum { WV_RANDOM_HOST = 0, WV_RANDOM_SEEDED = 1 };

// wasi:clocks/wall-clock's datetime, in its canonical ABI layout: 16 bytes, align 8.
typedef struct {
  uint64_t seconds;
  uint32_t nanoseconds;
} wv_datetime;

// Which host variables (or configuration properties) pass, and the values that replace them.
typedef struct {
  uint32_t mode;
  const wv_pair *overrides; // sorted by key (the adapter does not rely on the order)
  uint32_t override_count;
  const wv_str *names; // allow list (WV_MODE_ALLOW) or deny list (WV_MODE_DENY)
  uint32_t name_count;
} wv_policy;

// A mounted tree's guest path and its root node (parent = itself; a runtime host directory
// for a --preopen remap). 12 bytes.
typedef struct {
  wv_str path;
  uint32_t node;
} wv_preopen;

// Runtime host nodes name a host path (a, b: the string), reached through the host's preopens
// when the guest gets to them: a directory only as a preopen's root, a file anywhere. A passive
// file's contents are a passive data segment of their own, copied out as they are read.
enum {
  WV_NODE_DIR = 1,
  WV_NODE_FILE = 2,
  WV_NODE_HOST_DIR = 3,
  WV_NODE_HOST_FILE = 4,
  WV_NODE_PASSIVE_FILE = 5,
};

// A node of the mounted trees. 24 bytes. A root has an empty name and is its own parent.
typedef struct {
  uint32_t kind; // WV_NODE_*
  wv_str name;
  uint32_t parent;
  uint32_t a; // directory: address of the u32 child indices (sorted bytewise by name);
              // file: address of the contents; passive file: its segment's ordinal
  uint32_t b; // directory: child count; files: length in bytes
              // host nodes: the host path's address and length
} wv_node;

// An --allow-http pattern (http/allow.c), lowercased: scheme or "*", host, "*" or "*.suffix",
// port or 0 for any. 20 bytes.
typedef struct {
  wv_str scheme;
  wv_str host;
  uint32_t port;
} wv_http_rule;

// An --allow-sockets pattern (sockets/allow.c). 44 bytes.
enum { WV_SOCKET_TCP = 1, WV_SOCKET_UDP = 2 }; // protocols: a set of these bits
enum { WV_HOST_ANY = 0, WV_HOST_IPV4 = 1, WV_HOST_IPV6 = 2, WV_HOST_NAME = 3 };
typedef struct {
  uint32_t protocols;  // WV_SOCKET_* bits
  uint32_t kind;       // WV_HOST_*
  uint32_t prefix;     // IPv4/IPv6 blocks: how many leading bits of `address` must match
  uint8_t address[16]; // network order; IPv4 in the first 4 bytes
  uint32_t port_low;   // the ports, inclusive (0-65535: any)
  uint32_t port_high;
  wv_str name; // WV_HOST_NAME: a host name or "*.suffix", lowercased
} wv_socket_rule;
// A writable tree (fs/memory.c): the root node of a --writable directory (or, with --overlay, of
// a mounted tree) and its quota, the most bytes its files may hold together. 8 bytes.
typedef struct {
  uint32_t node;
  uint32_t quota;
} wv_writable;

typedef struct {
  uint32_t magic;
  uint32_t version;
  uint32_t size;
  wv_policy env;    // offset 12
  wv_policy config; // offset 32
  uint32_t args_mode;
  const wv_str *args; // offset 56
  uint32_t arg_count;
  uint32_t cwd_mode;
  wv_str cwd;                 // offset 68
  uint32_t stdio_mode[3];     // offset 76: stdin, stdout, stderr
  const wv_preopen *preopens; // offset 88
  uint32_t preopen_count;
  const wv_node *nodes; // offset 96
  uint32_t node_count;
  uint32_t host_preopens; // offset 104: 1 = the host's preopens are listed after these
  uint32_t host_fs;       // offset 108: 1 = the host's filesystem is imported (reachable)
  uint32_t clock_mode;    // offset 112: WV_CLOCK_*
  uint32_t random_mode;   // offset 116: WV_RANDOM_*
  wv_datetime wall;       // offset 120: the fixed instant (WV_CLOCK_FIXED)
  uint64_t seed;          // offset 136: the generator's seed (WV_RANDOM_SEEDED)
  const wv_http_rule *http_rules; // offset 144: none: a request may go to any host
  uint32_t http_rule_count;
  const wv_socket_rule *socket_rules; // offset 152: none: every address and name
  uint32_t socket_rule_count;
  const wv_writable *writable; // offset 160: none: every node is read-only
  uint32_t writable_count;
} wv_config;

_Static_assert(offsetof(wv_config, env) == 12, "env at 12");
_Static_assert(offsetof(wv_config, config) == 32, "config at 32");
_Static_assert(offsetof(wv_config, args_mode) == 52, "args.mode at 52");
_Static_assert(offsetof(wv_config, args) == 56, "args.values at 56");
_Static_assert(offsetof(wv_config, cwd_mode) == 64, "cwd.mode at 64");
_Static_assert(offsetof(wv_config, cwd) == 68, "cwd.path at 68");
_Static_assert(offsetof(wv_config, stdio_mode) == 76, "stdin.mode at 76");
_Static_assert(offsetof(wv_config, stdio_mode[1]) == 80, "stdout.mode at 80");
_Static_assert(offsetof(wv_config, stdio_mode[2]) == 84, "stderr.mode at 84");
_Static_assert(offsetof(wv_config, preopens) == 88, "fs.preopens at 88");
_Static_assert(offsetof(wv_config, nodes) == 96, "fs.nodes at 96");
_Static_assert(offsetof(wv_config, host_preopens) == 104, "fs.host_preopens at 104");
_Static_assert(offsetof(wv_config, host_fs) == 108, "fs.host_fs at 108");
_Static_assert(offsetof(wv_config, clock_mode) == 112, "clocks.mode at 112");
_Static_assert(offsetof(wv_config, random_mode) == 116, "random.mode at 116");
_Static_assert(offsetof(wv_config, wall) == 120, "clocks.wall at 120");
_Static_assert(offsetof(wv_config, seed) == 136, "random.seed at 136");
_Static_assert(offsetof(wv_config, http_rules) == 144, "http.rules at 144");
_Static_assert(offsetof(wv_config, socket_rules) == 152, "sockets.rules at 152");
_Static_assert(offsetof(wv_config, writable) == 160, "fs.writable at 160");
_Static_assert(sizeof(wv_config) == 168, "header is 168 bytes");
_Static_assert(sizeof(wv_socket_rule) == 44 && offsetof(wv_socket_rule, port_low) == 28 &&
                   offsetof(wv_socket_rule, name) == 36,
               "socket rule layout");
_Static_assert(sizeof(wv_writable) == 8 && offsetof(wv_writable, quota) == 4, "writable layout");
_Static_assert(sizeof(wv_datetime) == 16 && offsetof(wv_datetime, nanoseconds) == 8,
               "datetime layout");
_Static_assert(sizeof(wv_preopen) == 12 && offsetof(wv_preopen, node) == 8, "preopen layout");
_Static_assert(sizeof(wv_node) == 24 && offsetof(wv_node, name) == 4 &&
                   offsetof(wv_node, parent) == 12 && offsetof(wv_node, a) == 16 &&
                   offsetof(wv_node, b) == 20,
               "node layout");
_Static_assert(sizeof(wv_http_rule) == 20 && offsetof(wv_http_rule, port) == 16, "rule layout");
_Static_assert(sizeof(wv_pair) == 16 && sizeof(wv_str) == 8, "canonical ABI layouts");
_Static_assert(sizeof(wv_result) == 16 && offsetof(wv_result, u) == 4, "result layout");
_Static_assert(sizeof(wv_tagged_str) == 12 && offsetof(wv_tagged_str, str) == 4, "option layout");

// The configuration; an all-zero one when the generator wrote none. Traps on a bad header.
const wv_config *wv_config_get(void);

// The override's value for key, or NULL. (Keys are passed as pointer and length, never as a
// wv_str: wasm32 passes structs through the shadow stack, which the adapter otherwise avoids.)
const wv_str *wv_override(const wv_policy *policy, const char *key, uint32_t key_len);

// Whether the policy's mode lets the host's value for key through.
int wv_admits(const wv_policy *policy, const char *key, uint32_t key_len);

// Replaces *list, the host's pairs (not read in WV_MODE_NONE), with the overrides followed by
// the host pairs the mode admits and no override shadows.
void wv_merge(const wv_policy *policy, wv_list *list);

#endif
