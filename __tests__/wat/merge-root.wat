;; A root importing an interface that its plug imports too (with another function of it).
(component $root
  (import "test:io/streams@1.0.0" (instance $streams
    (export "stream" (type (sub resource)))
    (export "[method]stream.write" (func (param "self" (borrow 0)) (param "n" u32)))
  ))
  (import "test:other/api@1.0.0" (instance $api (export "ping" (func (result u32)))))
  (export "api" (instance $api))
)
