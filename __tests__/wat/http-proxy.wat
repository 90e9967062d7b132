;; A proxy-world component in outline: it imports wasi:http's types and exports the incoming
;; handler (empty instances are enough for the virtualizer to see both).
(component
  (import "wasi:http/types@0.2.12" (instance))
  (instance $handler)
  (export "wasi:http/incoming-handler@0.2.12" (instance $handler))
)
