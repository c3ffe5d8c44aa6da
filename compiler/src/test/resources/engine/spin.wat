;; Loops forever: the engine must stop it when the timeout expires.
(module
  (memory (export "memory") 1)
  (func (export "_start")
    (loop $forever (br $forever))))
