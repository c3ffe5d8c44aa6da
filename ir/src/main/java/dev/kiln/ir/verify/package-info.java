/**
 * The IR verifier: {@link dev.kiln.ir.verify.IrVerifier} checks the invariants every stage may rely on
 * and reports each violation attached to the instruction, phi, handler or block it is about.
 */
package dev.kiln.ir.verify;
