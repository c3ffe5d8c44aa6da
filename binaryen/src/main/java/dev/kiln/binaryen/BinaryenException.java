package dev.kiln.binaryen;

/** Binaryen could not read, validate or optimise a module; the message is what Binaryen said. */
public final class BinaryenException extends Exception {
    public BinaryenException(String message) {
        super(message);
    }
}
