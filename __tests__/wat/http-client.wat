;; A component that imports wasi:http's outgoing handler (an empty instance is enough for the
;; virtualizer to see the interface) and nothing else.
(component
  (import "wasi:http/outgoing-handler@0.2.12" (instance))
)
