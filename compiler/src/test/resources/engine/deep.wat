;; Recurses 100,000 calls deep (not a tail call) and exits with 0 if the depth came back intact. Java code
;; recurses too, so every engine must offer a stack at least this deep.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  (func $depth (param $n i32) (result i32)
    (if (result i32) (i32.eqz (local.get $n))
      (then (i32.const 0))
      (else (i32.add (i32.const 1) (call $depth (i32.sub (local.get $n) (i32.const 1)))))))
  (func (export "_start")
    (call $proc_exit (i32.ne (call $depth (i32.const 100000)) (i32.const 100000)))))
