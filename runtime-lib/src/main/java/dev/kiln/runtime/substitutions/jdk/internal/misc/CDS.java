package dev.kiln.runtime.substitutions.jdk.internal.misc;

import dev.kiln.runtime.Substitute;

/**
 * Class data sharing on Wasm: there is no archive, so the natives answer what a JVM running without class
 * data sharing answers. Up to JDK 22 (verified with 17) the state is three natives; from JDK 23 (verified
 * with 25) it is one bit set, {@code getCDSConfigStatus()}, with no bit set.
 */
final class CDS {
    private CDS() {
    }

    /** Not writing a class list. */
    @Substitute(maxJdk = 22)
    private static boolean isDumpingClassList0() {
        return false;
    }

    /** Not dumping an archive. */
    @Substitute(maxJdk = 22)
    private static boolean isDumpingArchive0() {
        return false;
    }

    /** Not mapping an archive. */
    @Substitute(maxJdk = 22)
    private static boolean isSharingEnabled0() {
        return false;
    }

    /** None of the configuration bits (dumping, using an archive, logging lambda form invokers). */
    @Substitute(minJdk = 23)
    private static int getCDSConfigStatus() {
        return 0;
    }

    /** No archived static fields to install: the class's static initializer computes them itself. */
    @Substitute
    public static void initializeFromArchive(Class<?> c) {
    }

    /** The seed is only meaningful while dumping an archive; a JVM that is not dumping answers 0. */
    @Substitute
    public static long getRandomSeedForDumping() {
        return 0;
    }
}
