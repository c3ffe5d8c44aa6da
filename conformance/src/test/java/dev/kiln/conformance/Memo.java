package dev.kiln.conformance;

/**
 * A step that runs at most once; its value, or the failure it ended with, is handed to every later caller.
 * Used so that a program is compiled once however many engines run it.
 */
final class Memo<T> {
    interface Step<T> {
        T run() throws Throwable;
    }

    private final Step<T> step;
    private boolean done;
    private T value;
    private Throwable failure;

    Memo(Step<T> step) {
        this.step = step;
    }

    synchronized T get() throws Throwable {
        if (!done) {
            try {
                value = step.run();
            } catch (Throwable t) {
                failure = t;
            }
            done = true;
        }
        if (failure != null) throw failure;
        return value;
    }
}
