;;; int example.Checks.count(example.Checks)
(func $example.Checks.count_example.Checks_int (type $fn:example.Checks->i32) (param $p0 (ref null $example.Checks)) (result i32)
  (local $frame i32)
  global.get $kiln.stack_top
  local.set $frame
  local.get $p0
  ref.is_null
  if
    i32.const 0
    i32.const 56
    call $kiln.latin1_text
    local.get $frame
    i32.const 6
    i32.const 0
    call $kiln.enter_frame
    call $dev.kiln.runtime.Exceptions.nullPointer_java.lang.String_java.lang.NullPointerException
    ref.as_non_null
    throw $java.lang.Throwable#exception
  end
  local.get $p0
  struct.get $example.Checks $count
)

;;; int example.Checks.element(int[],int)
(func $example.Checks.element_int___int_int (type $fn:int___i32->i32) (param $p0 (ref null $int__)) (param $p1 i32) (result i32)
  (local $frame i32)
  (local $checked_array (ref $int__#data))
  global.get $kiln.stack_top
  local.set $frame
  local.get $p0
  ref.is_null
  if
    i32.const 56
    i32.const 57
    call $kiln.latin1_text
    local.get $frame
    i32.const 7
    i32.const 1
    call $kiln.enter_frame
    call $dev.kiln.runtime.Exceptions.nullPointer_java.lang.String_java.lang.NullPointerException
    ref.as_non_null
    throw $java.lang.Throwable#exception
  end
  local.get $p1
  local.get $p0
  struct.get $int__ $data
  local.tee $checked_array
  array.len
  i32.ge_u
  if
    local.get $p1
    local.get $p0
    struct.get $int__ $data
    array.len
    local.get $frame
    i32.const 7
    i32.const 1
    call $kiln.enter_frame
    call $dev.kiln.runtime.Exceptions.arrayIndex_int_int_java.lang.ArrayIndexOutOfBoundsException
    ref.as_non_null
    throw $java.lang.Throwable#exception
  end
  local.get $checked_array
  local.get $p1
  array.get $int__#data
)

;;; long example.Checks.quotient(long,long)
(func $example.Checks.quotient_long_long_long (type $fn:i64_i64->i64) (param $p0 i64) (param $p1 i64) (result i64)
  (local $frame i32)
  global.get $kiln.stack_top
  local.set $frame
  local.get $p1
  i64.eqz
  if
    local.get $frame
    i32.const 7
    i32.const 2
    call $kiln.enter_frame
    call $dev.kiln.runtime.Exceptions.divisionByZero__java.lang.ArithmeticException
    ref.as_non_null
    throw $java.lang.Throwable#exception
  end
  local.get $p1
  i64.const -1
  i64.eq
  if (result i64)
    i64.const 0
    local.get $p0
    i64.sub
  else
    local.get $p0
    local.get $p1
    i64.div_s
  end
)

;;; void example.Checks.store(java.lang.Object[],int,java.lang.Object)
(func $example.Checks.store_java.lang.Object___int_java.lang.Object_void (type $fn:java.lang.Object___i32_java.lang.Object->) (param $p0 (ref null $java.lang.Object__)) (param $p1 i32) (param $p2 (ref null $java.lang.Object))
  (local $frame i32)
  (local $checked_array (ref $java.lang.Object__#data))
  (local $element_vtable (ref null $java.lang.Object#vtable))
  global.get $kiln.stack_top
  local.set $frame
  local.get $p0
  ref.is_null
  if
    i32.const 113
    i32.const 59
    call $kiln.latin1_text
    local.get $frame
    i32.const 8
    i32.const 3
    call $kiln.enter_frame
    call $dev.kiln.runtime.Exceptions.nullPointer_java.lang.String_java.lang.NullPointerException
    ref.as_non_null
    throw $java.lang.Throwable#exception
  end
  local.get $p1
  local.get $p0
  struct.get $java.lang.Object__ $data
  local.tee $checked_array
  array.len
  i32.ge_u
  if
    local.get $p1
    local.get $p0
    struct.get $java.lang.Object__ $data
    array.len
    local.get $frame
    i32.const 8
    i32.const 3
    call $kiln.enter_frame
    call $dev.kiln.runtime.Exceptions.arrayIndex_int_int_java.lang.ArrayIndexOutOfBoundsException
    ref.as_non_null
    throw $java.lang.Throwable#exception
  end
  block
    local.get $p2
    ref.is_null
    br_if 0
    local.get $p2
    struct.get $java.lang.Object $vtable
    local.tee $element_vtable
    local.get $p0
    struct.get $java.lang.Object__ $vtable
    struct.get $java.lang.Object__#vtable $component
    ref.eq
    br_if 0
    local.get $p0
    struct.get $java.lang.Object__ $vtable
    struct.get $java.lang.Object__#vtable $component
    global.get $java.lang.Object#vtable
    ref.eq
    br_if 0
    local.get $element_vtable
    ref.as_non_null
    local.get $p0
    struct.get $java.lang.Object__ $vtable
    struct.get $java.lang.Object__#vtable $componentTest
    call_ref $fn:!java.lang.Object#vtable->i32
    br_if 0
    local.get $p2
    local.get $frame
    i32.const 8
    i32.const 3
    call $kiln.enter_frame
    call $dev.kiln.runtime.Exceptions.arrayStore_java.lang.Object_java.lang.ArrayStoreException
    ref.as_non_null
    throw $java.lang.Throwable#exception
  end
  local.get $checked_array
  local.get $p1
  local.get $p2
  array.set $java.lang.Object__#data
)

;;; example.Checks example.Checks.narrow(java.lang.Object)
(func $example.Checks.narrow_java.lang.Object_example.Checks (type $fn:java.lang.Object->example.Checks) (param $p0 (ref null $java.lang.Object)) (result (ref null $example.Checks))
  (local $frame i32)
  global.get $kiln.stack_top
  local.set $frame
  block (result (ref null $example.Checks))
    local.get $p0
    br_on_cast 0 (ref null $java.lang.Object) (ref null $example.Checks)
    global.get $example.Checks#class
    local.get $frame
    i32.const 6
    i32.const 4
    call $kiln.enter_frame
    call $dev.kiln.runtime.Exceptions.classCast_java.lang.Object_java.lang.Class_java.lang.ClassCastException
    ref.as_non_null
    throw $java.lang.Throwable#exception
  end
)
