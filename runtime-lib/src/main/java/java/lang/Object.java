package java.lang;

import dev.kiln.runtime.Intrinsic;
import dev.kiln.runtime.Monitors;
import dev.kiln.runtime.Wasi;

/**
 * The root of the class hierarchy. Identity hash codes and classes come from the object header the
 * backend lays out ({@code $hash} and the vtable's class), via intrinsics.
 *
 * <p>A Kiln program has one thread. {@code wait}, {@code notify} and {@code notifyAll} check that it owns
 * the monitor ({@link Monitors}), as on the JVM; {@code notify} then has nobody to wake, and a timed
 * {@code wait} sleeps for its timeout, as no notification can end it sooner. An untimed {@code wait} could
 * never return, so it throws an {@link Error} saying so instead of hanging (docs/RUNTIME-CONTRACT.md).
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

    /**
     * Wakes a thread waiting on this object's monitor: there is none in a Kiln program.
     *
     * @throws IllegalMonitorStateException if the thread does not own this object's monitor
     */
    public final void notify() {
        Monitors.checkOwner(this);
    }

    /**
     * Wakes all threads waiting on this object's monitor: there are none in a Kiln program.
     *
     * @throws IllegalMonitorStateException if the thread does not own this object's monitor
     */
    public final void notifyAll() {
        Monitors.checkOwner(this);
    }

    /**
     * Would wait until notified, which no other thread can ever do.
     *
     * @throws IllegalMonitorStateException if the thread does not own this object's monitor
     * @throws Error always otherwise: the JVM would wait forever
     */
    public final void wait() throws InterruptedException {
        wait(0L);
    }

    /**
     * Waits {@code timeoutMillis} milliseconds, as no other thread can notify sooner; 0 waits forever,
     * which is reported instead (see {@link #wait()}).
     *
     * @throws IllegalArgumentException if {@code timeoutMillis} is negative
     * @throws IllegalMonitorStateException if the thread does not own this object's monitor
     */
    public final void wait(long timeoutMillis) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        Monitors.checkOwner(this);
        if (timeoutMillis == 0 || timeoutMillis > Long.MAX_VALUE / 1_000_000L) {
            throw new Error("wait() without a timeout would never return: a Kiln program has no other thread to notify");
        }
        Wasi.sleepNanos(timeoutMillis * 1_000_000L);
    }

    /**
     * {@link #wait(long)} for {@code timeoutMillis} milliseconds, one more if {@code nanos} is positive.
     *
     * @throws IllegalArgumentException if {@code timeoutMillis} is negative or {@code nanos} is not in
     *     0-999999
     * @throws IllegalMonitorStateException if the thread does not own this object's monitor
     */
    public final void wait(long timeoutMillis, int nanos) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeoutMillis value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        wait(nanos > 0 && timeoutMillis < Long.MAX_VALUE ? timeoutMillis + 1 : timeoutMillis);
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
