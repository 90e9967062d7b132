// The adapter's pump: the tasks that read and write WASI 0.3 streams after the adapter's
// synchronous export has returned. The generator nests it in the adapter as a component of its
// own (src/virt/wrap/async-pump.ts), whose functions the adapter's code calls with the async ABI:
// each returns at once (`task.return`) and its task goes on, on the callback ABI, waiting in a
// waitable set of its own until its stream is done. The component model lets a subtask outlive
// its caller (Concurrency.md, "Structured Concurrency"); a nested instance is another instance,
// so these calls do not re-enter the adapter.
//
// drain: async func(data: stream<u8>): reads the stream to its end and forgets what it read.
// feed: async func(data: list<u8>) -> stream<u8>: a stream holding the bytes, then its end.
// feed-entries: async func(data: list<directory-entry>) -> stream<directory-entry>: the same for
// WASI 0.3's directory entries.
//
// Freestanding; linked with an imported memory (the generator defines it first, so the stream
// built-ins can name it). Built by `npm run build:adapter` into a custom section of
// virtual-adapter.wasm.
#include <stddef.h>
#include <stdint.h>

#define EXPORT(name) __attribute__((export_name(name)))
#define BUILTIN(name) __attribute__((import_module("pump"), import_name(name)))

BUILTIN("task-return") void task_return(void);
BUILTIN("task-return-stream") void task_return_stream(uint32_t readable);
BUILTIN("stream-new") uint64_t stream_new(void);
BUILTIN("stream-read") uint32_t stream_read(uint32_t readable, void *buffer, uint32_t length);
BUILTIN("stream-write") uint32_t stream_write(uint32_t writable, const void *bytes, uint32_t length);
BUILTIN("stream-drop-readable") void stream_drop_readable(uint32_t readable);
BUILTIN("stream-drop-writable") void stream_drop_writable(uint32_t writable);
BUILTIN("entries-new") uint64_t entries_new(void);
BUILTIN("entries-write") uint32_t entries_write(uint32_t writable, const void *entries, uint32_t count);
BUILTIN("entries-drop-writable") void entries_drop_writable(uint32_t writable);
BUILTIN("task-return-entries") void task_return_entries(uint32_t readable);
BUILTIN("waitable-set-new") uint32_t waitable_set_new(void);
BUILTIN("waitable-set-drop") void waitable_set_drop(uint32_t set);
BUILTIN("waitable-join") void waitable_join(uint32_t waitable, uint32_t set);
BUILTIN("context-get") void *context_get(void);
BUILTIN("context-set") void context_set(void *context);

// CanonicalABI.md: a copy that would wait returns BLOCKED; otherwise its low 4 bits say how it
// ended and the rest how many bytes it copied. A callback returns EXIT, or WAIT with its set.
#define BLOCKED 0xffffffffu
enum { COMPLETED = 0 };
enum { EXIT = 0, WAIT = 2 };
enum { STREAM_READ = 2, STREAM_WRITE = 3 };

#define COPIED(result) ((result) >> 4)
#define ENDED(result) (((result) & 0xf) != COMPLETED)

static uint32_t wait_in(uint32_t set, uint32_t waitable) {
  waitable_join(waitable, set);
  return WAIT | (set << 4);
}

// Leaves `set` and drops it, once the task's one waitable is done with.
static void leave(uint32_t set, uint32_t waitable) {
  waitable_join(waitable, 0);
  waitable_set_drop(set);
}

// ---- memory ----

// Above the module's data: the buffer every drain task reads into (what it reads is forgotten),
// then a bump heap, emptied whenever no feed task is left: a feed's bytes (lowered into the heap
// by cabi_realloc before it starts) and its state live until it exits. (A static buffer would
// be 64 KiB of zeros in the module: the memory is imported, so the linker cannot assume zeros.)
#define SINK_SIZE 65536
extern uint8_t __heap_base;
static uintptr_t heap_top;
static uint32_t live_feeds;

static void *reserve(uintptr_t at, size_t size) {
  if (size > UINTPTR_MAX - at) __builtin_trap();
  uintptr_t end = at + size;
  size_t have = __builtin_wasm_memory_size(0) * 65536;
  if (end > have && __builtin_wasm_memory_grow(0, (end - have + 65535) / 65536) == (size_t)-1)
    __builtin_trap();
  return (void *)at;
}

EXPORT("cabi_realloc") void *cabi_realloc(void *old, size_t old_size, size_t align, size_t size) {
  if (old || old_size) __builtin_trap(); // only arguments are lowered here, never grown
  if (!heap_top) heap_top = (uintptr_t)&__heap_base + SINK_SIZE;
  uintptr_t at = (heap_top + align - 1) & ~(uintptr_t)(align - 1);
  void *p = reserve(at, size);
  heap_top = at + size;
  return p;
}

// ---- drain ----

// Reads until a read would wait (then waits for it) or the app drops its end (then exits).
// `last` is the last read's result.
static uint32_t drain_on(uint32_t readable, uint32_t set, uint32_t last) {
  while (!ENDED(last)) {
    last = stream_read(readable, reserve((uintptr_t)&__heap_base, SINK_SIZE), SINK_SIZE);
    if (last == BLOCKED) return wait_in(set, readable);
  }
  leave(set, readable);
  stream_drop_readable(readable);
  return EXIT;
}

EXPORT("drain") uint32_t drain(uint32_t readable) {
  task_return();
  uint32_t set = waitable_set_new();
  context_set((void *)(uintptr_t)set);
  return drain_on(readable, set, COMPLETED);
}

EXPORT("drain-callback") uint32_t drain_callback(uint32_t event, uint32_t readable, uint32_t result) {
  if (event != STREAM_READ) __builtin_trap();
  return drain_on(readable, (uint32_t)(uintptr_t)context_get(), result);
}

// ---- feed ----

// A stream type's built-ins, and the size of its elements in memory.
typedef struct {
  uint64_t (*new)(void);
  uint32_t (*write)(uint32_t writable, const void *items, uint32_t count);
  void (*drop_writable)(uint32_t writable);
  void (*task_return)(uint32_t readable);
  uint32_t size;
} stream_kind;

static const stream_kind BYTES = {stream_new, stream_write, stream_drop_writable,
                                  task_return_stream, 1};
// directory-entry { type: descriptor-type (a variant: a case byte, an option<string> at 4), name:
// string }: 24 bytes.
static const stream_kind ENTRIES = {entries_new, entries_write, entries_drop_writable,
                                    task_return_entries, 24};

typedef struct {
  const stream_kind *kind;
  uint32_t writable, set;
  const uint8_t *next;
  uint32_t left; // elements
} feed_task;

// Writes until a write would wait (then waits for it), everything is written or the app drops
// its end (then exits). `last` is the last write's result.
static uint32_t feed_on(feed_task *task, uint32_t last) {
  while (!ENDED(last) && task->left > 0) {
    last = task->kind->write(task->writable, task->next, task->left);
    if (last == BLOCKED) return wait_in(task->set, task->writable);
    task->next += COPIED(last) * task->kind->size;
    task->left -= COPIED(last);
  }
  leave(task->set, task->writable);
  task->kind->drop_writable(task->writable);
  if (--live_feeds == 0) heap_top = 0;
  return EXIT;
}

static uint32_t feed_start(const stream_kind *kind, const uint8_t *items, uint32_t count) {
  live_feeds++;
  uint64_t ends = kind->new();
  kind->task_return((uint32_t)ends);
  feed_task *task = cabi_realloc(0, 0, _Alignof(feed_task), sizeof(feed_task));
  *task = (feed_task){kind, (uint32_t)(ends >> 32), waitable_set_new(), items, count};
  context_set(task);
  return feed_on(task, COMPLETED);
}

EXPORT("feed") uint32_t feed(const uint8_t *bytes, uint32_t length) {
  return feed_start(&BYTES, bytes, length);
}

EXPORT("feed-entries") uint32_t feed_entries(const uint8_t *entries, uint32_t count) {
  return feed_start(&ENTRIES, entries, count);
}

// The callback of both feeds: a write finished; write on.
EXPORT("feed-callback") uint32_t feed_callback(uint32_t event, uint32_t writable, uint32_t result) {
  if (event != STREAM_WRITE) __builtin_trap();
  feed_task *task = context_get();
  task->next += COPIED(result) * task->kind->size;
  task->left -= COPIED(result);
  return feed_on(task, result);
}
