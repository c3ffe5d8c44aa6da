package dev.kiln.runtime.substitutions.sun.security.provider;

/**
 * Stands for the package-private {@code sun.security.provider.SHA3}, so that the {@code MessageDigest}
 * substitution can name its public nested digests; it changes nothing. The SHAKE digests exist in JDK 25's
 * class library, not in JDK 17's.
 */
public final class SHA3 {
    private SHA3() {
    }

    /** {@code SHA3$SHA224}. */
    public static final class SHA224 {
        public SHA224() {
        }
    }

    /** {@code SHA3$SHA256}. */
    public static final class SHA256 {
        public SHA256() {
        }
    }

    /** {@code SHA3$SHA384}. */
    public static final class SHA384 {
        public SHA384() {
        }
    }

    /** {@code SHA3$SHA512}. */
    public static final class SHA512 {
        public SHA512() {
        }
    }

    /** {@code SHA3$SHAKE128Hash} (JDK 25): SHAKE128 with 256 bits of output. */
    public static final class SHAKE128Hash {
        public SHAKE128Hash() {
        }
    }

    /** {@code SHA3$SHAKE256Hash} (JDK 25): SHAKE256 with 512 bits of output. */
    public static final class SHAKE256Hash {
        public SHAKE256Hash() {
        }
    }
}
