package java.lang;

import java.util.function.Supplier;

/**
 * A variable with a value per thread (Java SE 17). A Kiln program has one thread, so each variable holds
 * one value: {@link #get()} returns what {@link #set} stored, or else stores and returns
 * {@link #initialValue()}; {@link #remove()} forgets the value, so the next {@code get} initialises it
 * again.
 */
public class ThreadLocal<T> {
    private T value;
    /** True once the value is set or initialised, until removed. */
    private boolean present;

    /** A variable whose initial value is {@link #initialValue()}. */
    public ThreadLocal() {}

    /** The value {@link #get()} stores when the variable has none; null unless overridden. */
    protected T initialValue() {
        return null;
    }

    /** A variable whose initial value is {@code supplier.get()}, called each time it is initialised. */
    public static <S> ThreadLocal<S> withInitial(Supplier<? extends S> supplier) {
        if (supplier == null) throw new NullPointerException();
        return new SuppliedThreadLocal<>(supplier);
    }

    /** The current thread's value, initialised first if the variable has none. */
    public T get() {
        if (!present) {
            T initial = initialValue();
            value = initial;
            present = true;
        }
        return value;
    }

    /** Sets the current thread's value. */
    public void set(T value) {
        this.value = value;
        present = true;
    }

    /** Removes the current thread's value: the next {@link #get()} initialises it again. */
    public void remove() {
        value = null;
        present = false;
    }

    /** The variable {@link #withInitial} makes. */
    static final class SuppliedThreadLocal<T> extends ThreadLocal<T> {
        private final Supplier<? extends T> supplier;

        SuppliedThreadLocal(Supplier<? extends T> supplier) {
            this.supplier = supplier;
        }

        @Override
        protected T initialValue() {
            return supplier.get();
        }
    }
}
