;;; void example.Counter.<init>()
(func $example.Counter.<init>__void (type $fn:example.Counter->) (param $this (ref null $example.Counter))
  local.get $this
  call $java.lang.Object.<init>__void
)

;;; int example.Counter.twice(int)
(func $example.Counter.twice_int_int (type $fn:i32->i32) (param $p0 i32) (result i32)
  local.get $p0
  i32.const 2
  i32.mul
)

;;; int example.Counter.depth(int)
(func $example.Counter.depth_int_int (type $fn:i32->i32) (param $p0 i32) (result i32)
  (local $frame i32)
  global.get $kiln.stack_top
  local.set $frame
  local.get $p0
  if
    local.get $p0
    i32.const 1
    i32.sub
    local.get $frame
    global.get $kiln.stack_limit
    i32.ge_u
    if
      call $kiln.stack_overflow
    end
    local.get $frame
    i32.const 24
    i32.add
    global.set $kiln.stack_top
    local.get $frame
    i32.const 0
    i32.store
    call $example.Counter.depth_int_int
    call $example.Counter.twice_int_int
    i32.const 1
    i32.add
    local.get $frame
    global.set $kiln.stack_top
    return
  end
  i32.const 0
  local.get $frame
  global.set $kiln.stack_top
)

;;; int example.Counter.bump()
(func $example.Counter.bump__int (type $fn:example.Counter->i32) (param $this (ref null $example.Counter)) (result i32)
  (local $frame i32)
  (local $v3 i32)
  (local $v5 i32)
  global.get $kiln.stack_top
  local.set $frame
  local.get $this
  struct.get $example.Counter $count
  i32.const 1
  i32.add
  local.set $v3
  local.get $this
  local.get $v3
  struct.set $example.Counter $count
  local.get $this
  local.get $this
  struct.get $java.lang.Object $vtable
  struct.get $java.lang.Object#vtable $toString__java.lang.String
  local.get $frame
  global.get $kiln.stack_limit
  i32.ge_u
  if
    call $kiln.stack_overflow
  end
  local.get $frame
  i32.const 32
  i32.add
  global.set $kiln.stack_top
  local.get $frame
  i32.const 1
  i32.store
  call_ref $fn:java.lang.Object->java.lang.String
  drop
  local.get $this
  local.get $this
  struct.get $java.lang.Object $vtable
  struct.get $java.lang.Object#vtable $hashCode__int
  call_ref $fn:java.lang.Object->i32
  local.set $v5
  local.get $v3
  local.get $v5
  i32.add
  local.get $frame
  global.set $kiln.stack_top
)

;;; int example.Counter.checked(example.Counter,int)
(func $example.Counter.checked_example.Counter_int_int (type $fn:example.Counter_i32->i32) (param $p0 (ref null $example.Counter)) (param $p1 i32) (result i32)
  (local $frame i32)
  (local $v3 (ref null $java.lang.String))
  (local $v4 (ref null $java.lang.RuntimeException))
  global.get $kiln.stack_top
  local.set $frame
  local.get $p1
  i32.const 0
  i32.lt_s
  if
    local.get $p0
    local.get $p0
    struct.get $java.lang.Object $vtable
    struct.get $java.lang.Object#vtable $toString__java.lang.String
    local.get $frame
    i32.const 9
    i32.const 2
    call $kiln.enter_frame
    call_ref $fn:java.lang.Object->java.lang.String
    local.set $v3
    global.get $java.lang.RuntimeException#vtable
    i32.const 0
    ref.null $java.lang.String
    struct.new $java.lang.RuntimeException
    local.set $v4
    local.get $v4
    local.get $v3
    call $java.lang.RuntimeException.<init>_java.lang.String_void
    local.get $v4
    ref.as_non_null
    throw $java.lang.Throwable#exception
  end
  local.get $p1
)

;;; int example.Counter.safe(example.Counter)
(func $example.Counter.safe_example.Counter_int (type $fn:example.Counter->i32) (param $p0 (ref null $example.Counter)) (result i32)
  (local $frame i32)
  (local $v2 i32)
  (local $v3 i32)
  (local $exception (ref null $java.lang.Throwable))
  global.get $kiln.stack_top
  local.tee $frame
  global.get $kiln.stack_limit
  i32.ge_u
  if
    call $kiln.stack_overflow
  end
  local.get $frame
  i32.const 32
  i32.add
  global.set $kiln.stack_top
  block
    block
      block (result (ref $java.lang.Throwable))
        try_table (catch $java.lang.Throwable#exception 0)
          local.get $p0
          local.get $p0
          struct.get $java.lang.Object $vtable
          struct.get $java.lang.Object#vtable $hashCode__int
          local.get $frame
          i32.const 3
          i32.store
          call_ref $fn:java.lang.Object->i32
          local.set $v2
        end
        br 1
      end
      local.set $exception
      local.get $frame
      i32.const 32
      i32.add
      global.set $kiln.stack_top
      local.get $exception
      ref.test (ref $java.lang.RuntimeException)
      if
        br 2
      end
      local.get $exception
      ref.as_non_null
      throw $java.lang.Throwable#exception
    end
    block
      block (result (ref $java.lang.Throwable))
        try_table (catch $java.lang.Throwable#exception 0)
          local.get $p0
          local.get $p0
          struct.get $java.lang.Object $vtable
          struct.get $java.lang.Object#vtable $hashCode__int
          local.get $frame
          i32.const 3
          i32.store
          call_ref $fn:java.lang.Object->i32
          local.set $v3
        end
        br 1
      end
      local.set $exception
      local.get $frame
      i32.const 32
      i32.add
      global.set $kiln.stack_top
      local.get $exception
      ref.test (ref $java.lang.RuntimeException)
      if
        br 2
      end
      local.get $exception
      ref.as_non_null
      throw $java.lang.Throwable#exception
    end
    local.get $v2
    local.get $v3
    i32.add
    local.get $frame
    global.set $kiln.stack_top
    return
  end
  i32.const -1
  local.get $frame
  global.set $kiln.stack_top
)
