;; A plug that defines its own stream resource and exports test:io/streams (a newer
;; compatible version than the root imports) with it, shaped the way wit-component
;; shapes exports: a nested component re-exports the resource and the method.
(component $plug
  (type $stream-def (resource (rep i32)))
  (export $stream "stream" (type $stream-def))
  (core module $m (func (export "write") (param i32 i32)))
  (core instance $i (instantiate $m))
  (alias core export $i "write" (core func $w))
  (type $write-type (func (param "self" (borrow $stream)) (param "n" u32)))
  (func $write (type $write-type) (canon lift (core func $w)))
  (component $shape
    (import "import-type-stream" (type $s (sub resource)))
    (import "import-method-write" (func $f (param "self" (borrow $s)) (param "n" u32)))
    (export $exported "stream" (type $s))
    (export "[method]stream.write" (func $f) (func (param "self" (borrow $exported)) (param "n" u32)))
  )
  (instance $streams (instantiate $shape
    (with "import-type-stream" (type $stream))
    (with "import-method-write" (func $write))))
  (export "test:io/streams@1.0.2" (instance $streams))
)
