package java.lang;

import dev.kiln.runtime.Intrinsic;

/**
 * The root of the class hierarchy. Identity hash codes and classes come from the object header the
 * backend lays out ({@code $hash} and the vtable's class), via intrinsics.
 *
 * <p>Kiln programs are single-threaded and have no monitors: {@code notify} and {@code notifyAll} have no
 * thread to wake, and the {@code wait} methods return at once, which the specification allows as a
 * spurious wakeup. The monitor-ownership check ({@link IllegalMonitorStateException}) is not performed.
 */
public class Object {
    /** Constructs a new object. */
    public Object() {
    }

    /** The runtime class of this object. */
    @Intrinsic("kiln.get_class")
    public final native Class<?> getClass();

    /** The identity hash code: stable for the object's lifetime. */
    public int hashCode() {
        return identityHash(this);
    }

    /** Reference equality. */
    public boolean equals(Object obj) {
        return this == obj;
    }

    /**
     * A shallow copy of this object.
     *
     * @throws CloneNotSupportedException if this object's class does not implement {@link Cloneable}
     */
    protected Object clone() throws CloneNotSupportedException {
        if (!(this instanceof Cloneable)) {
            throw new CloneNotSupportedException(getClass().getName());
        }
        return shallowCopy(this);
    }

    /** The class name, '@' and the unsigned hexadecimal hash code. */
    public String toString() {
        return getClass().getName() + "@" + Integer.toHexString(hashCode());
    }

    /** Wakes a thread waiting on this object's monitor: there is none in a Kiln program. */
    public final void notify() {
    }

    /** Wakes all threads waiting on this object's monitor: there are none in a Kiln program. */
    public final void notifyAll() {
    }

    /** Returns at once (a spurious wakeup): no other thread could ever notify. */
    public final void wait() throws InterruptedException {
        wait(0L);
    }

    /**
     * Returns at once (a spurious wakeup).
     *
     * @throws IllegalArgumentException if {@code timeoutMillis} is negative
     */
    public final void wait(long timeoutMillis) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
    }

    /**
     * Returns at once (a spurious wakeup).
     *
     * @throws IllegalArgumentException if {@code timeoutMillis} is negative or {@code nanos} is not in
     *     0-999999
     */
    public final void wait(long timeoutMillis, int nanos) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeoutMillis value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
    }

    /** Never called: Kiln has no finalization. */
    @Deprecated(since = "9")
    protected void finalize() throws Throwable {
    }

    /** The identity hash code of {@code o}, assigned on first use. */
    @Intrinsic("kiln.identity_hash")
    static native int identityHash(Object o);

    /** A new object of {@code o}'s exact class with the same field values (or array of the same elements). */
    @Intrinsic("kiln.clone")
    private static native Object shallowCopy(Object o);
}
