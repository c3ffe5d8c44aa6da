package dev.kiln.runtime;

/**
 * Monitor ownership for {@code synchronized} and {@code Object.wait}/{@code notify}. A Kiln program has
 * one thread, so entering a monitor never blocks; what remains observable is whether that thread owns a
 * monitor, which {@code wait}, {@code notify} and {@code notifyAll} check. Owned monitors are kept as a
 * stack of entries, one per {@code monitorenter} not yet exited, innermost last: the object header stays
 * two fields, and the stack is only as deep as the nesting of {@code synchronized} regions the program is
 * in (docs/RUNTIME-CONTRACT.md weighs this against a lock field in every object). The backend calls
 * {@link #enter} and {@link #exit} for the IR's {@code monitorenter} and {@code monitorexit}.
 */
public final class Monitors {
    private static final String NOT_OWNER = "current thread is not owner";

    /** The owned monitors, one entry per entry count, innermost last; allocated by the first enter. */
    private static Object[] owned;
    private static int depth;

    private Monitors() {
    }

    /** {@code monitorenter}: the thread owns {@code o}'s monitor once more. {@code o} is not null. */
    public static void enter(Object o) {
        if (owned == null) {
            owned = new Object[8];
        } else if (depth == owned.length) {
            Object[] larger = new Object[depth * 2];
            for (int i = 0; i < depth; i++) {
                larger[i] = owned[i];
            }
            owned = larger;
        }
        owned[depth++] = o;
    }

    /**
     * {@code monitorexit}: gives up one entry of {@code o}'s monitor, the innermost. Code javac compiles
     * always exits the innermost monitor it entered.
     *
     * @throws IllegalMonitorStateException if the thread does not own {@code o}'s monitor
     */
    public static void exit(Object o) {
        for (int i = depth - 1; i >= 0; i--) {
            if (owned[i] == o) {
                for (int j = i + 1; j < depth; j++) {
                    owned[j - 1] = owned[j];
                }
                owned[--depth] = null;
                return;
            }
        }
        throw new IllegalMonitorStateException(NOT_OWNER);
    }

    /**
     * Checks that the thread owns {@code o}'s monitor, as {@code wait}, {@code notify} and
     * {@code notifyAll} require.
     *
     * @throws IllegalMonitorStateException if it does not
     */
    public static void checkOwner(Object o) {
        for (int i = depth - 1; i >= 0; i--) {
            if (owned[i] == o) {
                return;
            }
        }
        throw new IllegalMonitorStateException(NOT_OWNER);
    }

    /** True if the thread owns {@code o}'s monitor ({@code Thread.holdsLock}). */
    public static boolean owns(Object o) {
        for (int i = depth - 1; i >= 0; i--) {
            if (owned[i] == o) {
                return true;
            }
        }
        return false;
    }
}
