package dev.kiln.runtime.substitutions.javax.crypto.spec;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;

/**
 * {@code hashCode} without {@code Locale}: the JDK lower-cases the algorithm name with
 * {@code toLowerCase(Locale.ENGLISH)}, and {@code Locale}'s initialisation reaches {@code java.util.regex} and the
 * Unicode script tables (about 800 KB of module for every program that makes a key, as {@code hashCode} is
 * reachable wherever any object's is). runtime-lib's {@code toLowerCase()} has the same rules (the root locale's,
 * which English shares). The hash of the key bytes is the class library's: JDK 17 weights each byte by its index
 * (from index 1), JDK 25 takes {@code Arrays.hashCode}; the versions between keep the JDK's own method.
 */
final class SecretKeySpec {
    @Alias
    private byte[] key;
    @Alias
    private String algorithm;

    private SecretKeySpec() {
    }

    @Substitute(name = "hashCode", maxJdk = 17)
    public int hashCodeUpTo17() {
        int h = 0;
        for (int i = 1; i < key.length; i++) {
            h += key[i] * i;
        }
        return h ^ kilnAlgorithmHash();
    }

    @Substitute(name = "hashCode", minJdk = 25)
    public int hashCodeFrom25() {
        return java.util.Arrays.hashCode(key) ^ kilnAlgorithmHash();
    }

    /** Triple DES hashes as its other name, so that keys equal under either name hash alike. */
    private int kilnAlgorithmHash() {
        if (algorithm.equalsIgnoreCase("TripleDES")) {
            return "desede".hashCode();
        }
        return algorithm.toLowerCase().hashCode();
    }
}
