;; A valid component that imports one WASI interface at two 0.2.x versions, as a component
;; whose parts come from different toolchains can: get-arguments from
;; wasi:cli/environment@0.2.0 and get-environment from @0.2.12. Its wasi:cli/run@0.2.0 export
;; succeeds when it sees exactly one environment variable and at least one argument.
(component
  (import "wasi:cli/environment@0.2.0" (instance $env0
    (export "get-arguments" (func (result (list string))))))
  (import "wasi:cli/environment@0.2.12" (instance $env12
    (export "get-environment" (func (result (list (tuple string string)))))))

  (core module $heap
    (memory (export "memory") 1)
    (global $next (mut i32) (i32.const 1024))
    (func (export "cabi_realloc") (param i32 i32 i32 i32) (result i32)
      (local $at i32)
      (local.set $at (i32.and (i32.add (global.get $next) (i32.const 7)) (i32.const -8)))
      (global.set $next (i32.add (local.get $at) (local.get 3)))
      (local.get $at)))
  (core instance $heap (instantiate $heap))
  (alias core export $heap "memory" (core memory $memory))
  (alias core export $heap "cabi_realloc" (core func $realloc))

  (core func $get-arguments (canon lower (func $env0 "get-arguments")
    (memory $memory) (realloc $realloc)))
  (core func $get-environment (canon lower (func $env12 "get-environment")
    (memory $memory) (realloc $realloc)))

  (core module $app
    (import "heap" "memory" (memory 1))
    (import "env0" "get-arguments" (func $get-arguments (param i32)))
    (import "env12" "get-environment" (func $get-environment (param i32)))
    (func (export "run") (result i32)
      (call $get-arguments (i32.const 16))
      (call $get-environment (i32.const 24))
      ;; ok (0) when one variable and at least one argument, else err (1)
      (i32.eqz (i32.and
        (i32.eq (i32.load (i32.const 28)) (i32.const 1))
        (i32.ne (i32.load (i32.const 20)) (i32.const 0))))))
  (core instance $app (instantiate $app
    (with "heap" (instance $heap))
    (with "env0" (instance (export "get-arguments" (func $get-arguments))))
    (with "env12" (instance (export "get-environment" (func $get-environment))))))

  (func $run (result (result)) (canon lift (core func $app "run")))
  (instance $run (export "run" (func $run)))
  (export "wasi:cli/run@0.2.0" (instance $run))
)
