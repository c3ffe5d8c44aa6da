package dev.kiln.runtime.substitutions.sun.security.provider;

/**
 * Stands for the package-private {@code sun.security.provider.SHA5} (SHA-384 and the SHA-512 family), so that
 * the {@code MessageDigest} substitution can name its public nested digests; it changes nothing.
 */
public final class SHA5 {
    private SHA5() {
    }

    /** {@code SHA5$SHA384}. */
    public static final class SHA384 {
        public SHA384() {
        }
    }

    /** {@code SHA5$SHA512}. */
    public static final class SHA512 {
        public SHA512() {
        }
    }

    /** {@code SHA5$SHA512_224}. */
    public static final class SHA512_224 {
        public SHA512_224() {
        }
    }

    /** {@code SHA5$SHA512_256}. */
    public static final class SHA512_256 {
        public SHA512_256() {
        }
    }
}
