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
  (local $v2 i32)
  global.get $example.Counter#init_state
  if
    call $example.Counter#init
  end
  global.get $example.Counter.count
  i32.const 1
  i32.add
  local.set $v2
  local.get $v2
  global.set $example.Counter.count
  local.get $v2
)

;;; example.Counter#init
(func $example.Counter#init (type $fn:->)
  (local $thrown (ref null $java.lang.Throwable))
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
    local.tee $thrown
    call $java.lang.ClassInitFailures.recordFailure_java.lang.Throwable_java.lang.Throwable
    global.set $example.Counter#init_error
    i32.const 3
    global.set $example.Counter#init_state
    local.get $thrown
    ref.as_non_null
    throw $java.lang.Throwable#exception
  end
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
  block (result (ref $java.lang.Throwable))
    try_table (catch $java.lang.Throwable#exception 0)
      call $example.Base.<clinit>__void
    end
    i32.const 0
    global.set $example.Base#init_state
    return
  end
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
