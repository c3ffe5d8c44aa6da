package dev.kiln.runtime.substitutions.java.util.concurrent.atomic;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * {@code Striped64}'s (and so {@code LongAdder}'s, {@code LongAccumulator}'s ...) static initializer on JDK 17,
 * where the handle of the thread's contention probe comes from a lookup made inside
 * {@code AccessController.doPrivileged}, which Kiln's frontend cannot see through. Kiln resolves handles at
 * compile time, without access checks (docs/CLASS-LIBRARY.md, "VarHandles and Unsafe"), so the substitute
 * looks up the same three fields with the class's own lookup. JDK 19 and later ask
 * {@code ThreadLocalRandom} for the probe instead (the {@code SharedSecrets} substitution).
 */
final class Striped64 {
    @Alias
    static int NCPU;
    @Alias
    private static VarHandle BASE;
    @Alias
    private static VarHandle CELLSBUSY;
    @Alias(maxJdk = 18)
    private static VarHandle THREAD_PROBE;

    private Striped64() {
    }

    @Substitute(name = "<clinit>", maxJdk = 18)
    static void clinit() {
        NCPU = Runtime.getRuntime().availableProcessors();
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            BASE = lookup.findVarHandle(Striped64.class, "base", long.class);
            CELLSBUSY = lookup.findVarHandle(Striped64.class, "cellsBusy", int.class);
            THREAD_PROBE = lookup.findVarHandle(Thread.class, "threadLocalRandomProbe", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
