;; Like streams-plug.wat, but its write method takes a u64 where the root passes a u32.
(component $plug
  (type $stream-def (resource (rep i32)))
  (export $stream "stream" (type $stream-def))
  (core module $m (func (export "write") (param i32 i64)))
  (core instance $i (instantiate $m))
  (alias core export $i "write" (core func $w))
  (type $write-type (func (param "self" (borrow $stream)) (param "n" u64)))
  (func $write (type $write-type) (canon lift (core func $w)))
  (component $shape
    (import "import-type-stream" (type $s (sub resource)))
    (import "import-method-write" (func $f (param "self" (borrow $s)) (param "n" u64)))
    (export $exported "stream" (type $s))
    (export "[method]stream.write" (func $f) (func (param "self" (borrow $exported)) (param "n" u64)))
  )
  (instance $streams (instantiate $shape
    (with "import-type-stream" (type $stream))
    (with "import-method-write" (func $write))))
  (export "test:io/streams@1.0.0" (instance $streams))
)
