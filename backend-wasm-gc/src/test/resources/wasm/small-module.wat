(module $Small
  (rec
    (type $java.lang.Object (sub (struct (field $hash (mut i32)))))
    (type $Point (sub final $java.lang.Object (struct (field $hash (mut i32)) (field $x i32) (field $y i16))))
  )
  (type $byte__ (array (mut i8)))
  (rec
    (type $_I_I (func (param i32) (result i32)))
    (type $__V (func))
    (type $_I_V (func (param i32)))
    (type $exc (func (param (ref null $java.lang.Object))))
  )
  (type $byte___2 (array (mut i8)))
  (import "env" "log" (func $log (type $_I_V) (param i32)))
  (memory $mem 1)
  (tag $java.lang.Throwable (type $exc) (param (ref null $java.lang.Object)))
  (global $Point.ORIGIN (ref $Point) i32.const 0 i32.const 0 i32.const 0 struct.new $Point)
  (global $counter (mut i32) i32.const 0)
  (export "run" (func $run))
  (export "memory" (memory $mem))
  (start $Point.<init>_II_V)
  (elem declare func $Point.<init>_II_V)
  (func $Point.<init>_II_V (type $__V)
    global.get $counter
    i32.const 1
    i32.add
    global.set $counter
  )
  (func $Point.<init>_II_V_2 (type $__V)
    ref.func $Point.<init>_II_V
    drop
  )
  ;;; int Small.run(int)
  (func $run (type $_I_I) (param $n i32) (result i32)
    (local $i i32)
    (local $scale f64)
    (local $i_2 (ref null $java.lang.Object))
    f64.const 0.1
    local.set $scale
    block
      loop
        local.get $i
        local.get $n
        i32.ge_s
        br_if 1
        local.get $i
        call $log
        local.get $i
        i32.const 1
        i32.add
        local.set $i
        br 0
      end
    end
    block (result (ref $Point))
      global.get $Point.ORIGIN
      local.set $i_2
      local.get $i_2
      br_on_cast 0 (ref null $java.lang.Object) (ref $Point)
      drop
      block
        block
          try_table (catch_all 0)
            ref.null $java.lang.Object
            throw $java.lang.Throwable
          end
          local.get $n
          br_table 0 1 1
        end
      end
      global.get $Point.ORIGIN
    end
    struct.get $Point $x
    local.get $n
    i32.eqz
    if (result i32)
      i32.const 0
      i32.load8_u offset=8
    else
      i32.const 4
      i32.load align=2
      f32.const nan:0x200000
      i32.reinterpret_f32
      i32.xor
    end
    i32.add
  )
  (data $greeting (i32.const 8) "hi \22kiln\22\5c\0a\00")
  (data $raw "\ca\fe")
)
