package dev.kiln.runtime.substitutions.java.util.concurrent;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import jdk.internal.access.JavaLangAccess;
import jdk.internal.access.SharedSecrets;
import jdk.internal.misc.Unsafe;
import jdk.internal.util.random.RandomSupport;

/**
 * {@code ThreadLocalRandom}'s static initializer without the parts a Kiln program cannot have. The JDK keeps
 * each thread's seed, contention probe and secondary seed in fields of {@code Thread}, at offsets its
 * initializer computes, which runtime-lib's {@code Thread} declares under the same names; the rest of the
 * class is the JDK's, so {@code current()}, the probes that {@code ConcurrentHashMap} and {@code LongAdder}
 * spread their counters with, and {@code ConcurrentSkipListMap}'s secondary seeds work as on the JVM. Left
 * out: the serialization fields; the offsets of the fields that only the JDK's innocuous worker threads
 * erase (thread-locals, inherited access control context), which Kiln never creates; and seeding from
 * {@code SecureRandom} when the saved system property {@code java.util.secureRandomSeed} is true, which a
 * Kiln program never has (its saved properties are empty: the {@code VM} substitution), so the seed comes
 * from the clock as the JDK's otherwise does. From JDK 19 the probe is the carrier thread's, found through
 * {@code JavaLangAccess}: the substitutes read the current thread's, which is its own carrier.
 */
final class ThreadLocalRandom {
    @Alias
    private static Unsafe U;
    @Alias
    private static long SEED;
    @Alias
    private static long PROBE;
    @Alias
    private static long SECONDARY;
    @Alias
    private static AtomicInteger probeGenerator;
    @Alias
    private static ThreadLocalRandom instance;
    @Alias
    private static AtomicLong seeder;
    @Alias(minJdk = 19)
    private static JavaLangAccess JLA;
    @Alias
    private static int PROBE_INCREMENT;
    @Alias
    private static long SEEDER_INCREMENT;

    private ThreadLocalRandom() {
    }

    /** The offsets are computed here, in the static initializer, where Kiln's frontend finds them. */
    @Substitute(name = "<clinit>", maxJdk = 18)
    static void clinitJdk17() {
        U = Unsafe.getUnsafe();
        SEED = U.objectFieldOffset(Thread.class, "threadLocalRandomSeed");
        PROBE = U.objectFieldOffset(Thread.class, "threadLocalRandomProbe");
        SECONDARY = U.objectFieldOffset(Thread.class, "threadLocalRandomSecondarySeed");
        probeGenerator = new AtomicInteger();
        instance = new ThreadLocalRandom();
        seeder = new AtomicLong(clockSeed());
    }

    /**
     * JDK 19 and later: also the {@code JavaLangAccess} (null in a Kiln program, used only for innocuous
     * threads), and the access object that {@code Striped64} asks {@code SharedSecrets} for, which the JDK
     * registers when the nested class {@code Access} initialises (see the {@code SharedSecrets} substitution).
     */
    @Substitute(name = "<clinit>", minJdk = 19)
    static void clinitJdk25() {
        U = Unsafe.getUnsafe();
        SEED = U.objectFieldOffset(Thread.class, "threadLocalRandomSeed");
        PROBE = U.objectFieldOffset(Thread.class, "threadLocalRandomProbe");
        SECONDARY = U.objectFieldOffset(Thread.class, "threadLocalRandomSecondarySeed");
        probeGenerator = new AtomicInteger();
        instance = new ThreadLocalRandom();
        seeder = new AtomicLong(clockSeed());
        JLA = SharedSecrets.getJavaLangAccess();
        new Access();
    }

    /**
     * Gives the current thread its seed and a nonzero probe (JDK 19 and later, where the JDK asks
     * {@code JavaLangAccess}, which Kiln's {@code System} does not set up, for the carrier thread of a virtual
     * thread; a Kiln program's threads are all platform threads, their own carriers).
     */
    @Substitute(minJdk = 19)
    static final void localInit() {
        long seed = RandomSupport.mixMurmur64(seeder.getAndAdd(SEEDER_INCREMENT));
        Thread t = Thread.currentThread();
        U.putLong(t, SEED, seed);
        int probe = probeGenerator.addAndGet(PROBE_INCREMENT);
        U.putInt(t, PROBE, probe == 0 ? 1 : probe);
    }

    /** The current thread's probe (JDK 19 and later: see {@link #localInit()}). */
    @Substitute(minJdk = 19)
    static final int getProbe() {
        return U.getInt(Thread.currentThread(), PROBE);
    }

    /** Moves the current thread's probe on by one xorshift step (JDK 19 and later: see {@link #localInit()}). */
    @Substitute(minJdk = 19)
    static final int advanceProbe(int probe) {
        probe ^= probe << 13;
        probe ^= probe >>> 17;
        probe ^= probe << 5;
        U.putInt(Thread.currentThread(), PROBE, probe);
        return probe;
    }

    /** The first seed of the seed sequence, from the clock as the JDK's. */
    private static long clockSeed() {
        return RandomSupport.mixMurmur64(System.currentTimeMillis()) ^ RandomSupport.mixMurmur64(System.nanoTime());
    }

    /** Stands for the JDK's holder of the access object (JDK 19 and later). */
    static final class Access {
        private Access() {
        }
    }
}
