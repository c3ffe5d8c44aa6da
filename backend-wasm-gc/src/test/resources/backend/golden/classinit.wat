;;; void example.Base.<clinit>()
(func $example.Base.<clinit>__void (type $fn:->)
  i32.const 40
  global.set $example.Base.base
)

;;; void example.Counter.<clinit>()
(func $example.Counter.<clinit>__void (type $fn:->)
  global.get $example.Base.base
  i32.const 2
  i32.add
  global.set $example.Counter.count
)

;;; int example.Counter.next()
(func $example.Counter.next__int (type $fn:->i32) (result i32)
  (local $frame i32)
  (local $v2 i32)
  global.get $kiln.stack_top
  local.set $frame
  global.get $example.Counter#init_state
  if
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
    call $example.Counter#init
  end
  global.get $example.Counter.count
  i32.const 1
  i32.add
  local.set $v2
  local.get $v2
  global.set $example.Counter.count
  local.get $v2
  local.get $frame
  global.set $kiln.stack_top
)

;;; example.Counter#init
(func $example.Counter#init (type $fn:->)
  (local $thrown (ref null $java.lang.Throwable))
  (local $stack_top i32)
  global.get $example.Counter#init_state
  i32.const 1
  i32.ne
  if
    global.get $example.Counter#init_state
    i32.const 3
    i32.eq
    if
      global.get $example.Counter#class
      global.get $example.Counter#init_error
      call $java.lang.ClassInitFailures.couldNotInitialize_java.lang.Class_java.lang.Throwable_java.lang.Throwable
      ref.as_non_null
      throw $java.lang.Throwable#exception
    end
    return
  end
  i32.const 2
  global.set $example.Counter#init_state
  global.get $kiln.stack_top
  local.set $stack_top
  block (result (ref $java.lang.Throwable))
    block (result (ref $java.lang.Throwable))
      try_table (catch $java.lang.Throwable#exception 0)
        call $example.Base#init
      end
      try_table (catch $java.lang.Throwable#exception 1)
        call $example.Counter.<clinit>__void
      end
      i32.const 0
      global.set $example.Counter#init_state
      return
    end
    local.get $stack_top
    global.set $kiln.stack_top
    local.tee $thrown
    call $java.lang.ClassInitFailures.recordFailure_java.lang.Throwable_java.lang.Throwable
    global.set $example.Counter#init_error
    i32.const 3
    global.set $example.Counter#init_state
    local.get $thrown
    ref.as_non_null
    throw $java.lang.Throwable#exception
  end
  local.get $stack_top
  global.set $kiln.stack_top
  local.tee $thrown
  call $java.lang.ClassInitFailures.recordFailure_java.lang.Throwable_java.lang.Throwable
  global.set $example.Counter#init_error
  i32.const 3
  global.set $example.Counter#init_state
  local.get $thrown
  call $java.lang.ClassInitFailures.initializerFailed_java.lang.Throwable_java.lang.Throwable
  ref.as_non_null
  throw $java.lang.Throwable#exception
)

;;; example.Base#init
(func $example.Base#init (type $fn:->)
  (local $thrown (ref null $java.lang.Throwable))
  (local $stack_top i32)
  global.get $example.Base#init_state
  i32.const 1
  i32.ne
  if
    global.get $example.Base#init_state
    i32.const 3
    i32.eq
    if
      global.get $example.Base#class
      global.get $example.Base#init_error
      call $java.lang.ClassInitFailures.couldNotInitialize_java.lang.Class_java.lang.Throwable_java.lang.Throwable
      ref.as_non_null
      throw $java.lang.Throwable#exception
    end
    return
  end
  i32.const 2
  global.set $example.Base#init_state
  global.get $kiln.stack_top
  local.set $stack_top
  block (result (ref $java.lang.Throwable))
    try_table (catch $java.lang.Throwable#exception 0)
      call $example.Base.<clinit>__void
    end
    i32.const 0
    global.set $example.Base#init_state
    return
  end
  local.get $stack_top
  global.set $kiln.stack_top
  local.tee $thrown
  call $java.lang.ClassInitFailures.recordFailure_java.lang.Throwable_java.lang.Throwable
  global.set $example.Base#init_error
  i32.const 3
  global.set $example.Base#init_state
  local.get $thrown
  call $java.lang.ClassInitFailures.initializerFailed_java.lang.Throwable_java.lang.Throwable
  ref.as_non_null
  throw $java.lang.Throwable#exception
)
