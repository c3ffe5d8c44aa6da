package java.lang;

import java.util.function.Supplier;

/**
 * A variable with a value per thread (Java SE 17). The values live in each {@link Thread} (threads run to
 * completion, one after another or nested, so the current thread's values are the ones in use):
 * {@link #get()} returns what {@link #set} stored in the current thread, or else stores and returns
 * {@link #initialValue()}; {@link #remove()} forgets the current thread's value, so the next {@code get}
 * initialises it again. Values are held strongly, as Wasm GC has no weak references.
 */
public class ThreadLocal<T> {
    /** A variable whose initial value is {@link #initialValue()}. */
    public ThreadLocal() {
    }

    /** The value {@link #get()} stores when the variable has none in the current thread; null unless overridden. */
    protected T initialValue() {
        return null;
    }

    /** A variable whose initial value is {@code supplier.get()}, called each time it is initialised. */
    public static <S> ThreadLocal<S> withInitial(Supplier<? extends S> supplier) {
        if (supplier == null) {
            throw new NullPointerException();
        }
        return new SuppliedThreadLocal<>(supplier);
    }

    /** The current thread's value, initialised first if the variable has none. */
    @SuppressWarnings("unchecked")
    public T get() {
        Thread t = Thread.currentThread();
        int i = t.localIndex(this);
        if (i >= 0) {
            return (T) t.localValue(i);
        }
        T initial = initialValue();
        t.putLocal(this, initial);
        return initial;
    }

    /** Sets the current thread's value. */
    public void set(T value) {
        Thread.currentThread().putLocal(this, value);
    }

    /** Forgets the current thread's value. */
    public void remove() {
        Thread.currentThread().removeLocal(this);
    }

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
