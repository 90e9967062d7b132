;; A plug that serves test:http/types with a request resource of its own wrapping the
;; host's, and exports wasi-virt:bridge/http with wrap-request: own<host's> -> own<its own>.
(component
  (import "test:http/types@1.0.0" (instance $host (export "request" (type (sub resource)))))
  (alias export $host "request" (type $host-request))
  (core func $host-drop (canon resource.drop $host-request))
  (type $request (resource (rep i32)))
  (core func $new (canon resource.new $request))
  (core instance $imports (export "new" (func $new)) (export "host-drop" (func $host-drop)))
  (core module $m
    (import "types" "new" (func $new (param i32) (result i32)))
    (import "types" "host-drop" (func $host-drop (param i32)))
    (func (export "wrap") (param i32) (result i32) local.get 0 call $new))
  (core instance $i (instantiate $m (with "types" (instance $imports))))
  (component $types-shape
    (import "import-type-request" (type $r (sub resource)))
    (export "request" (type $r)))
  (instance $types (instantiate $types-shape (with "import-type-request" (type $request))))
  (export $exported "test:http/types@1.0.0" (instance $types))
  (alias export $exported "request" (type $own-request))
  (alias core export $i "wrap" (core func $wrap-core))
  (type $host-own (own $host-request))
  (type $own (own $own-request))
  (type $wrap-type (func (param "handle" $host-own) (result $own)))
  (func $wrap (type $wrap-type) (canon lift (core func $wrap-core)))
  (instance $bridge (export "wrap-request" (func $wrap)))
  (export "wasi-virt:bridge/http" (instance $bridge))
)
