;; A plug that imports test:io/streams (a newer compatible version, another method)
;; and exports test:other/api.
(component $plug
  (import "test:io/streams@1.0.1" (instance $streams
    (export "stream" (type (sub resource)))
    (export "[method]stream.flush" (func (param "self" (borrow 0))))
  ))
  (core module $m (func (export "ping") (result i32) i32.const 7))
  (core instance $i (instantiate $m))
  (alias core export $i "ping" (core func $p))
  (func $ping (result u32) (canon lift (core func $p)))
  (instance $api (export "ping" (func $ping)))
  (export "test:other/api@1.0.0" (instance $api))
)
