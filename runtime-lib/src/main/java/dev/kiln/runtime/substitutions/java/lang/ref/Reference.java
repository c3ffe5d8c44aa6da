package dev.kiln.runtime.substitutions.java.lang.ref;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;

/**
 * References on a collector that never clears them. Wasm GC has no weak references, so a Kiln program's
 * collector never discovers a {@code Reference}: the referent stays reachable through it, nothing is ever
 * pending, and a reference is cleared or enqueued only when the program calls {@code clear()} or
 * {@code enqueue()}. That is what a JVM whose collector never runs (Epsilon) does; Java SE lets a collector
 * choose when, and whether, to clear. So there is no reference handler thread to start and no pending list to
 * process, and the natives that ask the collector answer from the referent field.
 */
abstract class Reference<T> {
    @Alias
    private T referent;
    @Alias
    private static Object processPendingLock;
    @Alias
    private static boolean processPendingActive;
    @Alias
    static boolean $assertionsDisabled;

    private Reference() {
    }

    /** The JDK's static state, without the reference handler thread and the JavaLangRefAccess it serves. */
    @Substitute(name = "<clinit>")
    static void clinit() {
        $assertionsDisabled = !Reference.class.desiredAssertionStatus();
        processPendingLock = new Object();
        processPendingActive = false;
    }

    /** Whether the referent is {@code o}: a referent is only ever cleared by {@link #clear0}. */
    @Substitute
    private boolean refersTo0(Object o) {
        return referent == o;
    }

    @Substitute
    private void clear0() {
        referent = null;
    }
}
