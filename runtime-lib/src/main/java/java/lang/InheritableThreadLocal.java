package java.lang;

/**
 * A thread-local variable whose value a new thread starts with: when a thread is created, it gets
 * {@link #childValue} of the creating thread's value of each such variable that has one (Java SE 17).
 */
public class InheritableThreadLocal<T> extends ThreadLocal<T> {
    /** A variable with no value in any thread yet. */
    public InheritableThreadLocal() {
    }

    /** The value a new thread starts with, from its creator's: the same value unless overridden. */
    protected T childValue(T parentValue) {
        return parentValue;
    }
}
