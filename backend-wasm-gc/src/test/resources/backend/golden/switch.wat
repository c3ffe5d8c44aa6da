;;; int example.Days.dense(int)
(func $example.Days.dense_int_int (type $fn:i32->i32) (param $p0 i32) (result i32)
  block
    block
      block
        block
          block
            local.get $p0
            i32.const 1
            i32.sub
            br_table 3 2 2 0 1 0
          end
          i32.const -1
          local.set $p0
          br 3
        end
        i32.const 30
        return
      end
      i32.const 20
      local.set $p0
      br 1
    end
    i32.const 10
    local.set $p0
  end
  local.get $p0
)

;;; int example.Days.sparse(int)
(func $example.Days.sparse_int_int (type $fn:i32->i32) (param $p0 i32) (result i32)
  block
    block
      block
        block
          local.get $p0
          i32.const -1000
          i32.eq
          br_if 2
          local.get $p0
          i32.const 7
          i32.eq
          br_if 1
          local.get $p0
          i32.const 100000
          i32.eq
          br_if 2
        end
        i32.const 0
        return
      end
      i32.const 7
      local.set $p0
      br 1
    end
    i32.const 100
    local.set $p0
  end
  local.get $p0
)
