;;; void example.Pet.<init>(int)
(func $example.Pet.<init>_int_void (type $fn:example.Pet_i32->) (param $this (ref null $example.Pet)) (param $p0 i32)
  local.get $this
  call $java.lang.Object.<init>__void
  local.get $this
  local.get $p0
  struct.set $example.Pet $age
)

;;; int example.Pet.years()
(func $example.Pet.years__int (type $fn:example.Pet->i32) (param $this (ref null $example.Pet)) (result i32)
  local.get $this
  struct.get $example.Pet $age
)

;;; void example.Dog.<init>(int)
(func $example.Dog.<init>_int_void (type $fn:example.Dog_i32->) (param $this (ref null $example.Dog)) (param $p0 i32)
  local.get $this
  local.get $p0
  call $example.Pet.<init>_int_void
)

;;; int example.Dog.legs()
(func $example.Dog.legs__int (type $fn:java.lang.Object->i32) (param $this (ref null $java.lang.Object)) (result i32)
  i32.const 4
)

;;; int example.Dog.years()
(func $example.Dog.years__int (type $fn:example.Pet->i32) (param $this (ref null $example.Pet)) (result i32)
  (local $v0 (ref null $example.Dog))
  local.get $this
  ref.cast (ref null $example.Dog)
  local.set $v0
  local.get $v0
  struct.get $example.Pet $age
  i32.const 7
  i32.mul
)

;;; void example.Bird.<init>(int)
(func $example.Bird.<init>_int_void (type $fn:example.Bird_i32->) (param $this (ref null $example.Bird)) (param $p0 i32)
  local.get $this
  local.get $p0
  call $example.Pet.<init>_int_void
)

;;; int example.Bird.legs()
(func $example.Bird.legs__int (type $fn:java.lang.Object->i32) (param $this (ref null $java.lang.Object)) (result i32)
  i32.const 2
)

;;; int example.Zoo.total(example.Pet,example.Animal)
(func $example.Zoo.total_example.Pet_example.Animal_int (type $fn:example.Pet_java.lang.Object->i32) (param $p0 (ref null $example.Pet)) (param $p1 (ref null $java.lang.Object)) (result i32)
  (local $frame i32)
  global.get $kiln.stack_top
  local.set $frame
  local.get $p0
  local.get $p0
  struct.get $example.Pet $vtable
  struct.get $example.Pet#vtable $years__int
  local.get $frame
  global.get $kiln.stack_limit
  i32.ge_u
  if
    call $kiln.stack_overflow
  end
  local.get $frame
  i32.const 28
  i32.add
  global.set $kiln.stack_top
  local.get $frame
  i32.const 0
  i32.store
  call_ref $fn:example.Pet->i32
  local.get $p1
  local.get $p1
  struct.get $java.lang.Object $vtable
  struct.get $java.lang.Object#vtable $itable
  struct.get $kiln.itable $slot0
  ref.cast (ref $example.Animal#methods)
  struct.get $example.Animal#methods $legs__int
  call_ref $fn:java.lang.Object->i32
  i32.add
  local.get $p0
  struct.get $java.lang.Object $vtable
  struct.get $java.lang.Object#vtable $class
  ref.as_non_null
  call $java.lang.Class.getName__java.lang.String
  call $test.Out.println_java.lang.String_void
  local.get $frame
  global.set $kiln.stack_top
)
