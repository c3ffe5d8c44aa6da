// Runs a program TeaVM compiled to WebAssembly GC on Node: node run-teavm.cjs <wasm-gc-runtime.js> <classes.wasm> args...
// TeaVM's runtime defines TeaVM.wasmGC.load; the module's main is a JS function among its exports, so only a JS host
// can start it (../shared/FIELD-NOTES.md). A Java exception escaping main rejects the promise: exit status 1.
"use strict";
require(process.argv[2]);
TeaVM.wasmGC.load(process.argv[3]).then((teavm) => {
  teavm.exports.main(process.argv.slice(4));
}).catch((e) => {
  console.error(e);
  process.exit(1);
});
