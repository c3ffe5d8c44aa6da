package dev.kiln.runtime.substitutions.java.util.concurrent;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import jdk.internal.access.JavaLangAccess;
import jdk.internal.access.SharedSecrets;
import jdk.internal.misc.Unsafe;

/**
 * The static initializer of JDK 25's worker thread class, which {@code LinkedTransferQueue} and
 * {@code SynchronousQueue} initialise when they ask whether the current thread is a worker with queued work.
 * The JDK's also computes the offsets of {@code Thread}'s thread-local maps, which only its workers' own
 * clean-up uses: a Kiln pool creates no workers (the {@code ForkJoinPool} substitution), and runtime-lib's
 * {@code Thread} keeps its thread-locals otherwise, so they are left out.
 */
final class ForkJoinWorkerThread {
    @Alias(minJdk = 19)
    private static Unsafe U;
    @Alias(minJdk = 19)
    private static JavaLangAccess JLA;

    private ForkJoinWorkerThread() {
    }

    @Substitute(name = "<clinit>", minJdk = 19)
    static void clinit() {
        U = Unsafe.getUnsafe();
        JLA = SharedSecrets.getJavaLangAccess();
    }
}
