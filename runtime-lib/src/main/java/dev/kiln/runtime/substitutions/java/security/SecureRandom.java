package dev.kiln.runtime.substitutions.java.security;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import dev.kiln.runtime.Wasi;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandomParameters;
import java.util.Random;

/**
 * A {@code SecureRandom} whose bytes come from the host's cryptographically secure source, WASI's
 * {@code random_get} (the counterpart of the {@code /dev/urandom} the JVM's default {@code NativePRNG} reads on
 * Linux). The JDK's looks its implementation up among the security providers (reflection on provider classes,
 * security properties, files), none of which a Kiln program has; so the substitutes below are the whole
 * generator: {@code nextBytes} asks the host, the inherited {@code next(int)} and so {@code nextInt},
 * {@code nextLong}, {@code doubles()} and the rest build on it as on the JVM, and seeds supplement the host's
 * randomness (which the specification allows: they never make the output predictable). The algorithm is
 * {@code NativePRNG}, the Linux JVM's default, or the name {@code getInstance} was given, for the algorithms
 * a Linux JVM has, with the JVM's {@code toString}. {@code UUID.randomUUID} works through it.
 * {@code getProvider()} is null: there are no providers.
 */
class SecureRandom extends Random {
    @Alias
    private String algorithm;

    /** What {@code toString} shows: the simple name of the JVM's implementation class, as its spi reports it. */
    private String kilnDescription;

    @Substitute(name = "<clinit>")
    static void clinit() {
    }

    @Substitute
    public SecureRandom() {
        super(0);
        algorithm = "NativePRNG";
        kilnDescription = "NativePRNG";
    }

    @Substitute
    public SecureRandom(byte[] seed) {
        this();
    }

    private static java.security.SecureRandom named(String algorithm, String description) {
        java.security.SecureRandom random = new java.security.SecureRandom();
        SecureRandom self = (SecureRandom) (Object) random;
        self.algorithm = algorithm;
        self.kilnDescription = description;
        return random;
    }

    /** The host's strong source is the same one. */
    @Substitute
    public static java.security.SecureRandom getInstanceStrong() throws NoSuchAlgorithmException {
        return named("NativePRNGBlocking", "Blocking");
    }

    /** The algorithms a Linux JVM offers by default; each is the host's source here. */
    @Substitute
    public static java.security.SecureRandom getInstance(String algorithm) throws NoSuchAlgorithmException {
        if (algorithm == null) {
            throw new NullPointerException("null algorithm name");
        }
        switch (algorithm.toUpperCase()) { // root rules, as toUpperCase(Locale.ROOT), without Locale (and the regex package its initialisation reaches)
            case "NATIVEPRNG":
                return named(algorithm, "NativePRNG");
            case "NATIVEPRNGBLOCKING":
                return named(algorithm, "Blocking");
            case "NATIVEPRNGNONBLOCKING":
                return named(algorithm, "NonBlocking");
            case "SHA1PRNG":
                return named(algorithm, "SecureRandom");
            case "DRBG":
                return named(algorithm, "Hash_DRBG,SHA-256,128,reseed_only");
            default:
                throw new NoSuchAlgorithmException(algorithm + " SecureRandom not available");
        }
    }

    @Substitute
    @Override
    public String toString() {
        return kilnDescription;
    }

    @Substitute
    @Override
    public void setSeed(long seed) {
    }

    @Substitute
    public void setSeed(byte[] seed) {
        if (seed == null) {
            throw new NullPointerException();
        }
    }

    @Substitute
    @Override
    public void nextBytes(byte[] bytes) {
        int errno = Wasi.randomBytes(bytes);
        if (errno != 0) {
            throw new InternalError("WASI random_get failed with errno " + errno);
        }
    }

    /** No generator here takes parameters, as {@code NativePRNG} takes none. */
    @Substitute
    public void nextBytes(byte[] bytes, SecureRandomParameters params) {
        if (params == null) {
            throw new IllegalArgumentException("params cannot be null");
        }
        java.util.Objects.requireNonNull(bytes);
        throw new UnsupportedOperationException();
    }

    @Substitute
    public static byte[] getSeed(int numBytes) {
        return seedBytes(numBytes);
    }

    @Substitute
    public byte[] generateSeed(int numBytes) {
        return seedBytes(numBytes);
    }

    private static byte[] seedBytes(int numBytes) {
        if (numBytes < 0) {
            throw new IllegalArgumentException("numBytes cannot be negative");
        }
        byte[] seed = new byte[numBytes];
        int errno = Wasi.randomBytes(seed);
        if (errno != 0) {
            throw new InternalError("WASI random_get failed with errno " + errno);
        }
        return seed;
    }
}
