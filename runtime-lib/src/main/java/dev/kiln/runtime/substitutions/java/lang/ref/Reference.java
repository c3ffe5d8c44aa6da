package dev.kiln.runtime.substitutions.java.lang.ref;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;

/**
 * References without a garbage collector that clears them: Wasm GC keeps every object that is reachable
 * through a field, so a soft or weak reference holds its referent as long as the reference itself lives,
 * and the collector never enqueues one (only {@code enqueue()} and {@code clear()} do). The specification
 * allows both: a collector is never obliged to clear a softly or weakly reachable object. The JDK's static
 * initializer starts the reference handler thread, which has nothing to do here.
 */
final class Reference<T> {
    /** The referent; package-private so that the {@code PhantomReference} substitution can clear it. */
    @Alias
    T referent;
    @Alias
    private static Object processPendingLock;
    @Alias
    private static boolean processPendingActive;
    @Alias
    static boolean $assertionsDisabled;

    private Reference() {
    }

    @Substitute(name = "<clinit>")
    static void clinit() {
        $assertionsDisabled = true;
        processPendingLock = new Object();
        processPendingActive = false;
    }

    /** Whether the referent is {@code o}: a plain comparison, as nothing clears references behind the program. */
    @Substitute
    private boolean refersTo0(Object o) {
        return referent == o;
    }

    /** Drops the referent. */
    @Substitute
    private void clear0() {
        referent = null;
    }

    /** No collector discovers references, so nothing is ever pending. */
    @Substitute
    private static boolean hasReferencePendingList() {
        return false;
    }
}
