;; A valid module that is not a WASI command (no _start): engines must refuse to run it.
(module
  (memory (export "memory") 1)
  (func (export "main")))
