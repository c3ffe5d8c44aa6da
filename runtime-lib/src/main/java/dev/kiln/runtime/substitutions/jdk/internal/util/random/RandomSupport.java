package dev.kiln.runtime.substitutions.jdk.internal.util.random;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;

/**
 * The default seed of {@code SplittableRandom} and the {@code java.util.random} generators. The JDK mixes the
 * clocks unless the system property {@code java.util.secureRandomSeed} asked for {@code SecureRandom.getSeed},
 * whose providers a Kiln program cannot compile (reflection, modules, threads). The substitute mixes the clocks
 * the same way and refuses the secure seed with an UnsupportedOperationException naming the property, instead
 * of pulling the security providers into every program that makes a generator.
 */
final class RandomSupport {
    @Alias
    private static boolean useSecureRandomSeed;

    private RandomSupport() {
    }

    @Alias
    public static native long mixStafford13(long z);

    @Substitute
    public static long initialSeed() {
        if (useSecureRandomSeed) {
            throw new UnsupportedOperationException("Kiln has no SecureRandom for java.util.secureRandomSeed=true");
        }
        return mixStafford13(System.currentTimeMillis()) ^ mixStafford13(System.nanoTime());
    }
}
