package dev.kiln.runtime.substitutions.sun.security.provider;

/**
 * Stands for the package-private {@code sun.security.provider.SHA2}, so that the {@code MessageDigest}
 * substitution can name its public nested digests (a reference to a substitution class is one to its JDK class);
 * it changes nothing.
 */
public final class SHA2 {
    private SHA2() {
    }

    /** {@code SHA2$SHA224}. */
    public static final class SHA224 {
        public SHA224() {
        }
    }

    /** {@code SHA2$SHA256}. */
    public static final class SHA256 {
        public SHA256() {
        }
    }
}
