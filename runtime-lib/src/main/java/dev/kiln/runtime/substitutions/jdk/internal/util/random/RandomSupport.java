package dev.kiln.runtime.substitutions.jdk.internal.util.random;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;

/**
 * The default seed of {@code SplittableRandom} and the {@code java.util.random} generators. The JDK mixes the
 * clocks unless the system property {@code java.util.secureRandomSeed} asked for {@code SecureRandom.getSeed},
 * whose JDK implementation goes through the security providers (reflection, modules, threads). The substitute
 * mixes the clocks the same way, or takes the eight bytes of {@code SecureRandom.getSeed(8)} (Kiln's
 * {@code SecureRandom} substitution: the host's {@code random_get}), most significant first, without pulling the
 * security providers into every program that makes a generator.
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
            long seed = 0;
            for (byte b : java.security.SecureRandom.getSeed(8)) {
                seed = (seed << 8) | (b & 0xffL);
            }
            return seed;
        }
        return mixStafford13(System.currentTimeMillis()) ^ mixStafford13(System.nanoTime());
    }
}
