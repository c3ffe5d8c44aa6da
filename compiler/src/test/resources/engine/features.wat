;; Uses the proposals Kiln's output depends on, so that running it proves an engine has them enabled:
;; GC structs with subtyping and arrays (struct.new, ref.test, ref.cast, array.new), exception handling
;; with exnref (try_table, catch_all_ref, throw_ref), tail calls (a million deep return_call), bulk memory
;; (memory.fill), non-trapping conversion (i32.trunc_sat_f64_s) and sign extension (i32.extend8_s).
;; Expected output: "gc 12 0 10\nexn 42\ntail 500000500000\nmisc -2147483648 -1 7\n".
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (type $base (sub (struct (field i32))))
  (type $derived (sub $base (struct (field i32) (field (mut i32)))))
  (type $ints (array (mut i32)))
  (tag $boom (param i32))
  (memory (export "memory") 1)
  (data (i32.const 100) "gc exn tail misc")

  (func $write (param $ptr i32) (param $len i32)
    (i32.store (i32.const 0) (local.get $ptr))
    (i32.store (i32.const 4) (local.get $len))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))

  ;; Writes " " (or nothing when first) and then the decimal digits of $v.
  (func $print (param $v i64) (param $first i32)
    (local $p i32)
    (local $neg i32)
    (if (i32.eqz (local.get $first)) (then (i32.store8 (i32.const 200) (i32.const 32)) (call $write (i32.const 200) (i32.const 1))))
    (local.set $neg (i64.lt_s (local.get $v) (i64.const 0)))
    (local.set $p (i32.const 300))
    (loop $digit
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i32.store8 (local.get $p)
        (i32.add (i32.const 48) (i32.wrap_i64 (select (i64.sub (i64.const 0) (i64.rem_s (local.get $v) (i64.const 10)))
                                                      (i64.rem_s (local.get $v) (i64.const 10))
                                                      (local.get $neg)))))
      (local.set $v (i64.div_s (local.get $v) (i64.const 10)))
      (br_if $digit (i64.ne (local.get $v) (i64.const 0))))
    (if (local.get $neg) (then
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i32.store8 (local.get $p) (i32.const 45))))
    (call $write (local.get $p) (i32.sub (i32.const 300) (local.get $p))))

  (func $newline
    (i32.store8 (i32.const 200) (i32.const 10))
    (call $write (i32.const 200) (i32.const 1)))

  (func $make (param $derived i32) (result (ref $base))
    (if (result (ref $base)) (local.get $derived)
      (then (struct.new $derived (i32.const 5) (i32.const 7)))
      (else (struct.new $base (i32.const 5)))))

  ;; 5 + 7 when the object is a $derived (ref.test, then ref.cast to read the subtype's field).
  (func $gc_value (param $o (ref $base)) (result i32)
    (if (result i32) (ref.test (ref $derived) (local.get $o))
      (then (i32.add (struct.get $base 0 (local.get $o))
                     (struct.get $derived 1 (ref.cast (ref $derived) (local.get $o)))))
      (else (i32.const 0))))

  (func $array_sum (result i32)
    (local $a (ref $ints))
    (local.set $a (array.new $ints (i32.const 2) (i32.const 4)))
    (array.set $ints (local.get $a) (i32.const 3) (i32.const 4))
    (i32.add (i32.add (array.get $ints (local.get $a) (i32.const 0)) (array.get $ints (local.get $a) (i32.const 3)))
             (i32.add (array.len (local.get $a)) (i32.const 0))))

  (func $thrower (param $v i32)
    (throw $boom (local.get $v)))

  ;; Catches the exception as an exnref, rethrows it with throw_ref and catches its payload outside.
  (func $rethrown (result i32)
    (block $caught (result i32)
      (try_table (catch $boom $caught)
        (throw_ref
          (block $handler (result exnref)
            (try_table (catch_all_ref $handler)
              (call $thrower (i32.const 42)))
            (unreachable))))
      (unreachable)))

  ;; 1 + 2 + ... + n in a million tail calls: without real tail calls this overflows every engine's stack.
  (func $sum (param $n i32) (param $acc i64) (result i64)
    (if (result i64) (i32.eqz (local.get $n))
      (then (local.get $acc))
      (else (return_call $sum (i32.sub (local.get $n) (i32.const 1))
                              (i64.add (local.get $acc) (i64.extend_i32_u (local.get $n)))))))

  (func (export "_start")
    (call $write (i32.const 100) (i32.const 2))
    (call $print (i64.extend_i32_s (call $gc_value (call $make (i32.const 1)))) (i32.const 0))
    (call $print (i64.extend_i32_s (call $gc_value (call $make (i32.const 0)))) (i32.const 0))
    (call $print (i64.extend_i32_s (call $array_sum)) (i32.const 0))
    (call $newline)
    (call $write (i32.const 103) (i32.const 3))
    (call $print (i64.extend_i32_s (call $rethrown)) (i32.const 0))
    (call $newline)
    (call $write (i32.const 107) (i32.const 4))
    (call $print (call $sum (i32.const 1000000) (i64.const 0)) (i32.const 0))
    (call $newline)
    (call $write (i32.const 112) (i32.const 4))
    (call $print (i64.extend_i32_s (i32.trunc_sat_f64_s (f64.const -1e300))) (i32.const 0))
    (call $print (i64.extend_i32_s (i32.extend8_s (i32.const 255))) (i32.const 0))
    (memory.fill (i32.const 400) (i32.const 7) (i32.const 16))
    (call $print (i64.extend_i32_s (i32.load8_u (i32.const 415))) (i32.const 0))
    (call $newline)))
