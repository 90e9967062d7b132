;; A root that imports a resource-carrying interface and two more interfaces using its resource.
(component $root
  (import "test:io/streams@1.0.0" (instance $streams
    (export "stream" (type (sub resource)))
    (export "[method]stream.write" (func (param "self" (borrow 0)) (param "n" u32)))
  ))
  (alias export $streams "stream" (type $stream))
  (import "test:cli/stdout@1.0.0" (instance
    (alias outer $root $stream (type))
    (export "stream" (type (eq 0)))
    (export "get-stdout" (func (result (own 1))))
  ))
  (import "test:cli/stderr@1.0.0" (instance
    (alias outer $root $stream (type))
    (export "stream" (type (eq 0)))
    (export "get-stderr" (func (result (own 1))))
  ))
)
