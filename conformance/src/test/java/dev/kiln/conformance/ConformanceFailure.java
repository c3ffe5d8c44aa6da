package dev.kiln.conformance;

/**
 * A failed check whose message says everything: what differs, where the outputs are, how to reproduce. It
 * carries no stack trace of its own (the harness's frames would only bury the message); a cause, attached
 * only when the compiler itself crashed, keeps its trace.
 */
final class ConformanceFailure extends AssertionError {
    private static final long serialVersionUID = 1L;

    ConformanceFailure(String message) {
        super(message);
    }

    ConformanceFailure(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
