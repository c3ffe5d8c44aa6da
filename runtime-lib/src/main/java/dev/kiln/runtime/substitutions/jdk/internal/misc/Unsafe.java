package dev.kiln.runtime.substitutions.jdk.internal.misc;

import dev.kiln.runtime.ArrayLayout;
import dev.kiln.runtime.ArrayMemory;
import dev.kiln.runtime.Substitute;
import dev.kiln.runtime.Wasi;

/**
 * The parts of {@code Unsafe} that describe array layout, so that classes which compute offsets in their
 * static initializers ({@code ArraysSupport}) initialise, the memory fences, and the memory of primitive
 * arrays. A Kiln program has no addressable heap: the plain accessors ({@code getInt(Object, long)}, ...) and
 * the bulk copies read and write primitive arrays only ({@link ArrayMemory}: heap {@code java.nio} buffers),
 * and the other natives that touch memory (native allocation, volatile and atomic forms, references) stay
 * native, a compile error when reached, unless the frontend can tell which field or array element the call
 * accesses and lowers it to plain bytecode (docs/CLASS-LIBRARY.md, "VarHandles and Unsafe"). Direct buffers
 * need {@code allocateMemory0}, so they stay a compile error. The layout reported is a
 * 64-bit JVM's with compressed references (base offset 16; the element size in bytes as the index scale, 4 for
 * references), so offsets computed from it are consistent; the frontend's lowering of array accesses at
 * computed offsets assumes this layout.
 */
final class Unsafe {
    private Unsafe() {
    }

    /** Nothing to register: the natives that remain have no implementation. */
    @Substitute
    private static void registerNatives() {
    }

    /** The offset of element 0 in an array of class {@code arrayClass}. */
    @Substitute
    private int arrayBaseOffset0(Class<?> arrayClass) {
        component(arrayClass);
        return ArrayLayout.BASE_OFFSET;
    }

    /** The size in bytes of an element of an array of class {@code arrayClass}. */
    @Substitute
    private int arrayIndexScale0(Class<?> arrayClass) {
        Class<?> c = component(arrayClass);
        if (c == boolean.class || c == byte.class) {
            return 1;
        } else if (c == char.class || c == short.class) {
            return 2;
        } else if (c == long.class || c == double.class) {
            return 8;
        }
        return 4;
    }

    /**
     * No memory ordering to enforce: a Kiln program runs on one thread. Native on JDK 17 and 25; the other
     * fences ({@code loadFence}, {@code storeFence}, and {@code loadLoadFence}/{@code storeStoreFence} which call
     * them) are native on JDK 17 and call this one on JDK 25.
     */
    @Substitute
    public void fullFence() {
    }

    /** No memory ordering to enforce (see {@link #fullFence}). */
    @Substitute
    public void loadFence() {
    }

    /** No memory ordering to enforce (see {@link #fullFence}). */
    @Substitute
    public void storeFence() {
    }

    /**
     * Makes {@code thread}'s permit available: its next {@link #park} returns at once. Nothing for null (the
     * JVM's {@code unpark} ignores it too).
     */
    @Substitute
    public void unpark(Object thread) {
        if (thread == null || hasPermit(thread)) {
            return;
        }
        int free = 0;
        Object[] holders = permitHolders;
        if (holders == null) {
            holders = new Object[4];
        } else {
            // Drop permits no thread can use any more, as a terminated thread never parks.
            for (Object t : holders) {
                if (t != null && ((Thread) t).getState() != Thread.State.TERMINATED) {
                    holders[free++] = t;
                }
            }
            for (int i = free; i < holders.length; i++) {
                holders[i] = null;
            }
            if (free == holders.length) {
                Object[] grown = new Object[holders.length * 2];
                System.arraycopy(holders, 0, grown, 0, free);
                holders = grown;
            }
        }
        holders[free] = thread;
        permitHolders = holders;
    }

    /**
     * Parks the current thread with the JVM's permit semantics, for a program with one thread: a permit (from
     * {@link #unpark}) is consumed and returns at once, as does an interrupted thread; a timed park sleeps
     * until its time is up, as no other thread can unpark it sooner (relative {@code time} in nanoseconds, an
     * absolute one in milliseconds since the epoch; one already past returns at once). An untimed park
     * without a permit would never return on the JVM, since no other thread can run: it throws an
     * {@code Error} instead of hanging (docs/CLASS-LIBRARY.md, "Threads").
     */
    @Substitute
    public void park(boolean isAbsolute, long time) {
        Thread current = Thread.currentThread();
        if (takePermit(current) || current.isInterrupted()) {
            return;
        }
        if (isAbsolute) {
            long millis = time - System.currentTimeMillis();
            if (millis > 0) {
                Wasi.sleepNanos(millis >= Long.MAX_VALUE / 1_000_000 ? Long.MAX_VALUE : millis * 1_000_000);
            }
        } else if (time == 0) {
            throw new Error("Kiln: LockSupport.park() would wait forever: thread \"" + current.getName()
                    + "\" has no permit and no other thread can unpark it (threads run to completion, docs/CLASS-LIBRARY.md)");
        } else if (time > 0) {
            Wasi.sleepNanos(time);
        }
    }

    // The memory of primitive arrays, for heap java.nio buffers (ArrayMemory): the accesses the frontend cannot
    // lower because their offset is computed at run time on an Object (ScopedMemoryAccess, the Unaligned forms).

    /** The {@code boolean} at {@code offset} of the primitive array {@code o}. */
    @Substitute
    public boolean getBoolean(Object o, long offset) {
        return ArrayMemory.getByte(o, offset) != 0;
    }

    /** Stores {@code x} at {@code offset} of the primitive array {@code o}. */
    @Substitute
    public void putBoolean(Object o, long offset, boolean x) {
        ArrayMemory.putByte(o, offset, (byte) (x ? 1 : 0));
    }

    /** The {@code byte} at {@code offset} of the primitive array {@code o}. */
    @Substitute
    public byte getByte(Object o, long offset) {
        return ArrayMemory.getByte(o, offset);
    }

    /** Stores {@code x} at {@code offset} of the primitive array {@code o}. */
    @Substitute
    public void putByte(Object o, long offset, byte x) {
        ArrayMemory.putByte(o, offset, x);
    }

    /** The {@code short} at {@code offset} of the primitive array {@code o}. */
    @Substitute
    public short getShort(Object o, long offset) {
        return (short) ArrayMemory.get(o, offset, 2);
    }

    /** Stores {@code x} at {@code offset} of the primitive array {@code o}. */
    @Substitute
    public void putShort(Object o, long offset, short x) {
        ArrayMemory.put(o, offset, 2, x);
    }

    /** The {@code char} at {@code offset} of the primitive array {@code o}. */
    @Substitute
    public char getChar(Object o, long offset) {
        return (char) ArrayMemory.get(o, offset, 2);
    }

    /** Stores {@code x} at {@code offset} of the primitive array {@code o}. */
    @Substitute
    public void putChar(Object o, long offset, char x) {
        ArrayMemory.put(o, offset, 2, x);
    }

    /** The {@code int} at {@code offset} of the primitive array {@code o}. */
    @Substitute
    public int getInt(Object o, long offset) {
        return (int) ArrayMemory.get(o, offset, 4);
    }

    /** Stores {@code x} at {@code offset} of the primitive array {@code o}. */
    @Substitute
    public void putInt(Object o, long offset, int x) {
        ArrayMemory.put(o, offset, 4, x);
    }

    /** The {@code long} at {@code offset} of the primitive array {@code o}. */
    @Substitute
    public long getLong(Object o, long offset) {
        return ArrayMemory.get(o, offset, 8);
    }

    /** Stores {@code x} at {@code offset} of the primitive array {@code o}. */
    @Substitute
    public void putLong(Object o, long offset, long x) {
        ArrayMemory.put(o, offset, 8, x);
    }

    /** The {@code float} at {@code offset} of the primitive array {@code o}. */
    @Substitute
    public float getFloat(Object o, long offset) {
        return Float.intBitsToFloat((int) ArrayMemory.get(o, offset, 4));
    }

    /** Stores {@code x} at {@code offset} of the primitive array {@code o}. */
    @Substitute
    public void putFloat(Object o, long offset, float x) {
        ArrayMemory.put(o, offset, 4, Float.floatToRawIntBits(x));
    }

    /** The {@code double} at {@code offset} of the primitive array {@code o}. */
    @Substitute
    public double getDouble(Object o, long offset) {
        return Double.longBitsToDouble(ArrayMemory.get(o, offset, 8));
    }

    /** Stores {@code x} at {@code offset} of the primitive array {@code o}. */
    @Substitute
    public void putDouble(Object o, long offset, double x) {
        ArrayMemory.put(o, offset, 8, Double.doubleToRawLongBits(x));
    }

    /** Copies between primitive arrays (the only memory a Kiln program has). */
    @Substitute
    private void copyMemory0(Object srcBase, long srcOffset, Object destBase, long destOffset, long bytes) {
        ArrayMemory.copy(srcBase, srcOffset, destBase, destOffset, bytes);
    }

    /** Copies between primitive arrays, reversing the bytes of each {@code elemSize}-byte element. */
    @Substitute
    private void copySwapMemory0(Object srcBase, long srcOffset, Object destBase, long destOffset, long bytes, long elemSize) {
        ArrayMemory.copySwap(srcBase, srcOffset, destBase, destOffset, bytes, elemSize);
    }

    /** Fills part of a primitive array. */
    @Substitute
    private void setMemory0(Object o, long offset, long bytes, byte value) {
        ArrayMemory.fill(o, offset, bytes, value);
    }

    /** The threads whose permit is available, null entries aside; null until the first {@link #unpark}. */
    private static Object[] permitHolders;

    private static boolean hasPermit(Object thread) {
        if (permitHolders != null) {
            for (Object t : permitHolders) {
                if (t == thread) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean takePermit(Object thread) {
        if (permitHolders != null) {
            for (int i = 0; i < permitHolders.length; i++) {
                if (permitHolders[i] == thread) {
                    permitHolders[i] = null;
                    return true;
                }
            }
        }
        return false;
    }

    private static Class<?> component(Class<?> arrayClass) {
        Class<?> c = arrayClass.getComponentType();
        if (c == null) {
            throw new IllegalArgumentException("not an array class: " + arrayClass.getName());
        }
        return c;
    }
}
