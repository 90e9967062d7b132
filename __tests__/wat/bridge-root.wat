;; A proxy in outline: the host calls its exported handle with a request of the types it
;; imports; handle drops the request. Exports are shaped as wit-component shapes them.
(component
  (import "test:http/types@1.0.0" (instance $types (export "request" (type (sub resource)))))
  (alias export $types "request" (type $request))
  (core func $drop (canon resource.drop $request))
  (core instance $imports (export "drop" (func $drop)))
  (core module $m
    (import "types" "drop" (func $drop (param i32)))
    (func (export "handle") (param i32) local.get 0 call $drop))
  (core instance $i (instantiate $m (with "types" (instance $imports))))
  (alias core export $i "handle" (core func $handle-core))
  (type $own-request (own $request))
  (type $handle-type (func (param "request" $own-request)))
  (func $handle (type $handle-type) (canon lift (core func $handle-core)))
  (component $shape
    (import "import-type-request" (type $r (sub resource)))
    (import "import-func-handle" (func $f (param "request" (own $r))))
    (export "handle" (func $f)))
  (instance $handler (instantiate $shape
    (with "import-type-request" (type $request))
    (with "import-func-handle" (func $handle))))
  (export "test:http/handler@1.0.0" (instance $handler))
)
