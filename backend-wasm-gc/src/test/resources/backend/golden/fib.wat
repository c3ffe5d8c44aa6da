;;; int example.Fib.fib(int)
(func $example.Fib.fib_int_int (type $fn:i32->i32) (param $p0 i32) (result i32)
  (local $v4 i32)
  (local $v5 i32)
  i32.const 1
  local.set $v4
  local.get $p0
  local.set $v5
  i32.const 0
  local.set $p0
  loop
    local.get $v5
    i32.const 0
    i32.le_s
    if
      local.get $p0
      return
    end
    local.get $p0
    local.get $v4
    i32.add
    local.set $p0
    local.get $v5
    i32.const 1
    i32.sub
    local.set $v5
    local.get $v4
    local.get $p0
    local.set $v4
    local.set $p0
    br 0
  end
  unreachable
)
