package dev.kiln.frontend.lift;

/**
 * Bytecode the JVM's verifier would reject (stack underflow, a long read as an int, a merge of
 * incompatible stack shapes...). The lifter never guesses at the meaning of such code: {@link TypeFlow}
 * turns this into a {@link dev.kiln.ir.CompileError} located at the offending instruction.
 */
final class InvalidBytecode extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidBytecode(String message) {
        super(message);
    }
}
