/**
 * An in-memory WebAssembly module, as the backend builds it and the binary writer and WAT printer read
 * it. Everything refers to everything else by object, never by index: indices are assigned when the
 * module is written. Only standard, shipped proposals are modelled: GC, function references, reference
 * types, exception handling with exnref, tail calls, bulk memory, non-trapping float-to-int, sign
 * extension and multi-value.
 */
package dev.kiln.wasm.model;
