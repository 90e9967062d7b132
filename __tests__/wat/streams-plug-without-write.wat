;; Like streams-plug.wat, but the exported interface lacks the write method.
(component $plug
  (type $stream (resource (rep i32)))
  (instance $streams (export "stream" (type $stream)))
  (export "test:io/streams@1.0.0" (instance $streams))
)
