// The representations of the adapter's own resources (error, pollable, input-stream,
// output-stream, terminal-input, terminal-output, descriptor, directory-entry-stream,
// network, and the wasi:http client's fields, outgoing-request, outgoing-response,
// outgoing-body, request-options): one small struct per handle, whose address is the
// resource's rep. Structs are recycled through a free list when their dtor runs.
#ifndef WASI_VIRT_HANDLES_H
#define WASI_VIRT_HANDLES_H

#include "runtime/abi.h"

// What a handle is. WV_HOST wraps a host handle of the same resource type; the stdio modes of
// runtime/config-blob.h map onto the stream kinds (0 host, 1 ignore, 2 deny).
enum {
  WV_HOST = 0,    // any resource: forwards to `host`
  WV_IGNORE = 1,  // streams: input ends at once, output vanishes
  WV_DENY = 2,    // streams: every operation fails with an error carrying `data`/`len`
  WV_FILE = 3,    // input-stream: file `node`, read from `pos` to its end (as it is then), then closed
  WV_READY = 4,   // pollable: always ready
  WV_MESSAGE = 5, // error: the fixed message `data`/`len`
  WV_NODE = 6,    // descriptor: the virtual node `node`, opened with the descriptor-flags `flags`
  WV_ENTRIES = 7, // directory-entry-stream: the children of directory `node`, from index `pos`
  WV_NETWORK = 8, // network: the instance network of denied sockets, which reaches nothing
  // Denied HTTP (http/http.h): header maps, and what a client builds before sending.
  WV_FIELDS = 9,    // fields: `len` entries at `data` (a block), immutable if `flags`
  WV_REQUEST = 10,  // outgoing-request: its parts in the block at `data`
  WV_RESPONSE = 11, // outgoing-response: headers as WV_FIELDS, the status in `flags`
  WV_BODY = 12,     // outgoing-body
  WV_OPTIONS = 13,  // request-options: three option<duration> in the block at `data`
  WV_TIMER = 14,    // pollable: the virtual clock's, due at instant `node` | `len` << 32
  WV_MEMOUT = 15,   // output-stream: writes into writable file `node` at `pos` (at its end if `len`)
};

typedef struct wv_obj {
  uint32_t kind;
  union {
    int32_t host;   // WV_HOST: the host's handle
    uint32_t node;  // WV_NODE, WV_ENTRIES, WV_FILE, WV_MEMOUT: the node's index (fs/tree.h)
    uint32_t taken; // WV_REQUEST, WV_RESPONSE: body() was called; WV_BODY: write() was
  };
  union {
    const char *data;    // WV_DENY, WV_MESSAGE: the message
    void *block;         // WV_FIELDS, WV_REQUEST, WV_RESPONSE, WV_OPTIONS: see above
    struct wv_obj *next; // on the free list
  };
  uint32_t len;
  union {
    uint32_t pos;   // WV_FILE, WV_MEMOUT: the next byte; WV_ENTRIES: the next child;
                    // WV_MESSAGE: its filesystem error-code + 1 (0: none)
    uint32_t flags; // WV_NODE: the descriptor-flags it was opened with; HTTP kinds: see above
  };
} wv_obj;

_Static_assert(sizeof(wv_obj) == 20, "handle structs are 20 bytes");

// A handle struct of the given kind (data, len and pos zero); `host` is also `node`. Never
// fails (traps on OOM).
wv_obj *wv_obj_new(uint32_t kind, int32_t host);

// Returns a struct to the free list (a dtor's last step).
void wv_obj_free(wv_obj *obj);

// Memory that lives as long as a resource (runtime/blocks.c): at least `size` bytes, 8-byte
// aligned, until wv_block_free (which takes 0 too). Never fails (traps on OOM).
void *wv_block(size_t size);
void wv_block_free(void *block);

// The shared return area, as bytes, and a value at an offset in a result.
#define RET ((uint8_t *)&wv_ret_area)
#define AT(ret, type, offset) (*(type *)((ret) + (offset)))

// After a host call that wrote its result into the return area: releases the heap and
// returns the area (the host's lists and strings stay intact until the caller lifts them).
void *wv_host_done(void);

// Replaces the host handle at `offset` in the return area with an adapter handle of kind
// WV_HOST around it, made by `wrap` (a resource's `[resource-new]` or a constructor below).
// A macro, so that `wrap` is called directly: a function pointer would put imports in the
// table, which the generator cannot rewrite.
#define WV_WRAP_AT(offset, wrap)                                                                   \
  (AT(RET, int32_t, offset) = wrap(wv_obj_new(WV_HOST, AT(RET, int32_t, offset))))

// After a host call that wrote a result<own<T>, E> into the return area (the handle at 4):
// wraps the handle when ok, then wv_host_done().
#define WV_HOST_RESULT(wrap) ((RET[0] == 0 ? (void)WV_WRAP_AT(4, wrap) : (void)0), wv_host_done())

// The canonical ABI's intrinsics for the adapter's own resource RES of IFACE (imported from
// `[export]IFACE`): `id`_new, `id`_rep and `id`_drop.
#define WV_RESOURCE(IFACE, RES, id)                                                                \
  IMPORT(EXPORTED(IFACE), "[resource-new]" RES) int32_t id##_new(wv_obj *rep);                     \
  IMPORT(EXPORTED(IFACE), "[resource-rep]" RES) wv_obj *id##_rep(int32_t handle);                  \
  IMPORT(EXPORTED(IFACE), "[resource-drop]" RES) void id##_drop(int32_t handle);

// Handle constructors shared between interfaces (defined in io/error.c, io/poll.c,
// io/streams.c). Each returns an own handle of the adapter's resource.
int32_t wv_error_host(int32_t host);
int32_t wv_error_message(const char *message, uint32_t len);
int32_t wv_pollable_host(int32_t host);
int32_t wv_pollable_ready(void);
// A pollable of the virtual monotonic clock (--fixed-time), due at instant `due`.
int32_t wv_pollable_timer(uint64_t due);
// The virtual monotonic clock's instant: 0 at the start, moved on by waiting (io/poll.c).
extern uint64_t wv_virtual_clock;
int32_t wv_input_stream(wv_obj *stream);
int32_t wv_output_stream(wv_obj *stream);
// An input stream over mounted file `node` from byte `at`: reads return its bytes, then the
// stream is closed.
int32_t wv_input_file(uint32_t node, uint32_t at);

#endif
