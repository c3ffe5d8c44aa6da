;;; int example.Safe.parse(java.lang.String)
(func $example.Safe.parse_java.lang.String_int (type $fn:java.lang.String->i32) (param $p0 (ref null $java.lang.String)) (result i32)
  (local $frame i32)
  (local $v2 i32)
  (local $exception (ref null $java.lang.Throwable))
  global.get $kiln.stack_top
  local.set $frame
  block
    block
      block
        block
          block (result (ref $java.lang.Throwable))
            try_table (catch $java.lang.Throwable#exception 0)
              local.get $p0
              local.get $p0
              struct.get $java.lang.Object $vtable
              struct.get $java.lang.Object#vtable $hashCode__int
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
              call_ref $fn:java.lang.Object->i32
              local.set $v2
            end
            br 1
          end
          local.set $exception
          local.get $frame
          global.set $kiln.stack_top
          local.get $exception
          ref.test (ref $java.lang.RuntimeException)
          if
            br 3
          end
          local.get $exception
          ref.test (ref $java.lang.Exception)
          if
            br 2
          end
          local.get $exception
          ref.as_non_null
          throw $java.lang.Throwable#exception
        end
        local.get $v2
        local.get $frame
        global.set $kiln.stack_top
        return
      end
      i32.const -2
      local.set $v2
      br 1
    end
    i32.const -1
    local.set $v2
  end
  local.get $v2
  local.get $frame
  global.set $kiln.stack_top
)
