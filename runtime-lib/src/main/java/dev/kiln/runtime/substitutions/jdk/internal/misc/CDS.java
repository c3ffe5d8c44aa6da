package dev.kiln.runtime.substitutions.jdk.internal.misc;

import dev.kiln.runtime.Substitute;

/**
 * Substitutes HotSpot's natives of {@code jdk.internal.misc.CDS} (class data sharing) with the answers of a
 * JVM that has no archive ({@code java -Xshare:off}): nothing is dumped or shared, and a class asking for
 * its archived static fields keeps the ones its initializer computes. JDK 17 asks through three boolean
 * natives; later JDKs through one status word, where 0 means none of dumping, sharing and the like.
 */
final class CDS {
    private CDS() {}

    @Substitute(maxJdk = 17)
    private static boolean isDumpingClassList0() {
        return false;
    }

    @Substitute(maxJdk = 17)
    private static boolean isDumpingArchive0() {
        return false;
    }

    @Substitute(maxJdk = 17)
    private static boolean isSharingEnabled0() {
        return false;
    }

    @Substitute(minJdk = 25)
    private static int getCDSConfigStatus() {
        return 0;
    }

    @Substitute
    public static void initializeFromArchive(Class<?> c) {
    }

    @Substitute
    public static long getRandomSeedForDumping() {
        return 0;
    }
}
