;;; long example.Sum.sum(long[])
(func $example.Sum.sum_long___long (type $fn:long__->i64) (param $p0 (ref null $long__)) (result i64)
  (local $v3 i32)
  (local $v4 i32)
  (local $v5 i64)
  local.get $p0
  struct.get $long__ $data
  array.len
  local.set $v3
  i32.const 0
  local.set $v4
  i64.const 0
  local.set $v5
  loop
    local.get $v4
    local.get $v3
    i32.ge_s
    if
      local.get $v5
      return
    end
    local.get $p0
    struct.get $long__ $data
    local.get $v4
    array.get $long__#data
    local.get $v5
    i64.add
    local.set $v5
    local.get $v4
    i32.const 1
    i32.add
    local.set $v4
    br 0
  end
  unreachable
)

;;; long[] example.Sum.squares(int)
(func $example.Sum.squares_int_long__ (type $fn:i32->long__) (param $p0 i32) (result (ref null $long__))
  (local $frame i32)
  (local $v1 (ref null $long__))
  (local $v3 i32)
  (local $v4 i64)
  global.get $kiln.stack_top
  local.set $frame
  local.get $p0
  i32.const 0
  i32.lt_s
  if
    local.get $p0
    local.get $frame
    i32.const 9
    i32.const 0
    call $kiln.enter_frame
    call $dev.kiln.runtime.Exceptions.negativeArraySize_int_java.lang.NegativeArraySizeException
    ref.as_non_null
    throw $java.lang.Throwable#exception
  end
  global.get $long__#vtable
  i32.const 0
  local.get $p0
  array.new_default $long__#data
  struct.new $long__
  local.set $v1
  i32.const 0
  local.set $v3
  loop
    local.get $v3
    local.get $p0
    i32.ge_s
    if
      local.get $v1
      return
    end
    local.get $v3
    i64.extend_i32_s
    local.set $v4
    local.get $v4
    local.get $v4
    i64.mul
    local.set $v4
    local.get $v1
    struct.get $long__ $data
    local.get $v3
    local.get $v4
    array.set $long__#data
    local.get $v3
    i32.const 1
    i32.add
    local.set $v3
    br 0
  end
  unreachable
)
