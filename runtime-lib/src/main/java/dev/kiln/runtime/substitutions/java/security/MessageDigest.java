package dev.kiln.runtime.substitutions.java.security;

import dev.kiln.runtime.Substitute;
import dev.kiln.runtime.substitutions.sun.security.provider.SHA2;
import dev.kiln.runtime.substitutions.sun.security.provider.SHA3;
import dev.kiln.runtime.substitutions.sun.security.provider.SHA5;
import java.security.MessageDigestSpi;
import java.security.NoSuchAlgorithmException;
import java.security.NoSuchProviderException;
import java.security.Provider;
import java.util.Objects;

/**
 * {@code MessageDigest.getInstance} without the security providers. The JDK looks the algorithm up in the
 * installed providers (security properties read from files, provider classes instantiated by reflection); on a
 * Linux JVM only the {@code SUN} provider offers message digests, so the substitute makes the {@code SUN}
 * provider's digest class for the name itself, with {@code new}, and wraps it as the JDK does
 * ({@code MessageDigest.Delegate}): the digests are the JDK's own {@code sun.security.provider} classes, compiled
 * from the class library like any other. A name is found as the JDK finds it, by its standard name or any alias
 * of the {@code SUN} provider's table, in any case: the JDK compares {@code toUpperCase(Locale.ENGLISH)} of both,
 * and runtime-lib's {@code toUpperCase()} has the same (root locale) rules without bringing in {@code Locale}, whose
 * initialisation reaches {@code java.util.regex} (about 300 KB of code). JDK 25's table adds the OIDs of MD2 and
 * MD5 and the digests {@code SHAKE128-256} and {@code SHAKE256-512}.
 *
 * <p>There is no {@code Provider} object: {@code getProvider()} is null. (A {@code Provider} is a
 * {@code Properties} whose overrides of the map methods are the provider framework, which would then come into
 * every program that uses a map of properties.) {@code toString} names {@code SUN}, as on the JVM. The
 * algorithm constraints JDK 25 checks ({@code jdk.crypto.disabledAlgorithms}, a security property) disable
 * nothing by default, and Kiln has no security properties, so they are not consulted.
 * {@code getInstance(String, Provider)} stays the JDK's (its provider's services are instantiated by
 * reflection): a compile error where it is reached.
 */
abstract class MessageDigest {
    @Substitute(name = "<clinit>")
    static void clinit() {
        // The debug fields (sun.security.util.Debug, configured by security properties) are read only by the
        // getInstance methods, substituted below.
    }

    @Substitute(name = "getInstance", maxJdk = 24)
    public static java.security.MessageDigest getInstanceUpTo24(String algorithm) throws NoSuchAlgorithmException {
        Objects.requireNonNull(algorithm, "null algorithm name");
        MessageDigestSpi spi = kilnSun(algorithm.toUpperCase());
        if (spi == null) {
            throw new NoSuchAlgorithmException(algorithm + " MessageDigest not available");
        }
        return (java.security.MessageDigest) (Object) Delegate.of(spi, algorithm, null);
    }

    /**
     * JDK 25's table adds the OIDs of MD2 and MD5 and the two SHAKE digests (whose classes only this class library
     * has, so they are named here and not in {@link #kilnSun}, which every version's class gets).
     */
    @Substitute(name = "getInstance", minJdk = 25)
    public static java.security.MessageDigest getInstanceFrom25(String algorithm) throws NoSuchAlgorithmException {
        Objects.requireNonNull(algorithm, "null algorithm name");
        String name = algorithm.toUpperCase();
        MessageDigestSpi spi;
        switch (name) {
            case "1.2.840.113549.2.2", "OID.1.2.840.113549.2.2":
                spi = new sun.security.provider.MD2();
                break;
            case "1.2.840.113549.2.5", "OID.1.2.840.113549.2.5":
                spi = new sun.security.provider.MD5();
                break;
            case "SHAKE128-256", "SHAKE128", "2.16.840.1.101.3.4.2.11", "OID.2.16.840.1.101.3.4.2.11":
                spi = (MessageDigestSpi) (Object) new SHA3.SHAKE128Hash();
                break;
            case "SHAKE256-512", "SHAKE256", "2.16.840.1.101.3.4.2.12", "OID.2.16.840.1.101.3.4.2.12":
                spi = (MessageDigestSpi) (Object) new SHA3.SHAKE256Hash();
                break;
            default:
                spi = kilnSun(name);
        }
        if (spi == null) {
            throw new NoSuchAlgorithmException(algorithm + " MessageDigest not available");
        }
        return (java.security.MessageDigest) (Object) Delegate.of(spi, algorithm, null);
    }

    /**
     * The {@code SUN} provider is the only one of a Linux JVM with digests: for it, what {@code getInstance(String)}
     * finds; for the JVM's other providers, no such algorithm; for any other name, no such provider.
     */
    @Substitute
    public static java.security.MessageDigest getInstance(String algorithm, String provider)
            throws NoSuchAlgorithmException, NoSuchProviderException {
        Objects.requireNonNull(algorithm, "null algorithm name");
        if (provider == null || provider.isEmpty()) {
            throw new IllegalArgumentException("missing provider");
        }
        switch (provider) {
            case "SUN":
                break;
            case "SunRsaSign", "SunEC", "SunJSSE", "SunJCE", "SunJGSS", "SunSASL", "XMLDSig", "SunPCSC", "JdkLDAP",
                    "JdkSASL", "SunPKCS11":
                throw new NoSuchAlgorithmException("no such algorithm: " + algorithm + " for provider " + provider);
            default:
                throw new NoSuchProviderException("no such provider: " + provider);
        }
        try {
            return java.security.MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException notInSun) {
            throw new NoSuchAlgorithmException("no such algorithm: " + algorithm + " for provider " + provider);
        }
    }

    /**
     * A new digest of the {@code SUN} provider (JDK 17's table, also JDK 25's but for the names
     * {@link #getInstanceFrom25} adds) for an upper-case algorithm name or alias, or null if it has none by that name.
     */
    private static MessageDigestSpi kilnSun(String name) {
        switch (name) {
            case "MD2":
                return new sun.security.provider.MD2();
            case "MD5":
                return new sun.security.provider.MD5();
            case "SHA-1", "SHA", "SHA1", "1.3.14.3.2.26", "OID.1.3.14.3.2.26":
                return new sun.security.provider.SHA();
            case "SHA-224", "SHA224", "2.16.840.1.101.3.4.2.4", "OID.2.16.840.1.101.3.4.2.4":
                return (MessageDigestSpi) (Object) new SHA2.SHA224();
            case "SHA-256", "SHA256", "2.16.840.1.101.3.4.2.1", "OID.2.16.840.1.101.3.4.2.1":
                return (MessageDigestSpi) (Object) new SHA2.SHA256();
            case "SHA-384", "SHA384", "2.16.840.1.101.3.4.2.2", "OID.2.16.840.1.101.3.4.2.2":
                return (MessageDigestSpi) (Object) new SHA5.SHA384();
            case "SHA-512", "SHA512", "2.16.840.1.101.3.4.2.3", "OID.2.16.840.1.101.3.4.2.3":
                return (MessageDigestSpi) (Object) new SHA5.SHA512();
            case "SHA-512/224", "SHA512/224", "2.16.840.1.101.3.4.2.5", "OID.2.16.840.1.101.3.4.2.5":
                return (MessageDigestSpi) (Object) new SHA5.SHA512_224();
            case "SHA-512/256", "SHA512/256", "2.16.840.1.101.3.4.2.6", "OID.2.16.840.1.101.3.4.2.6":
                return (MessageDigestSpi) (Object) new SHA5.SHA512_256();
            case "SHA3-224", "2.16.840.1.101.3.4.2.7", "OID.2.16.840.1.101.3.4.2.7":
                return (MessageDigestSpi) (Object) new SHA3.SHA224();
            case "SHA3-256", "2.16.840.1.101.3.4.2.8", "OID.2.16.840.1.101.3.4.2.8":
                return (MessageDigestSpi) (Object) new SHA3.SHA256();
            case "SHA3-384", "2.16.840.1.101.3.4.2.9", "OID.2.16.840.1.101.3.4.2.9":
                return (MessageDigestSpi) (Object) new SHA3.SHA384();
            case "SHA3-512", "2.16.840.1.101.3.4.2.10", "OID.2.16.840.1.101.3.4.2.10":
                return (MessageDigestSpi) (Object) new SHA3.SHA512();
            default:
                return null;
        }
    }

    /**
     * The provider's name in {@code toString}: {@code SUN} for a digest {@code getInstance} made (a
     * {@code Delegate}), as on the JVM, where the {@code SUN} provider made it; a subclass of
     * {@code MessageDigest} has none, as on the JVM.
     */
    @Substitute
    private String getProviderName() {
        return (Object) this instanceof Delegate ? "SUN" : "(no provider)";
    }

    /** {@code MessageDigest$Delegate}, the wrapper of a provider's {@code MessageDigestSpi}. */
    static class Delegate {
        Delegate(MessageDigestSpi digestSpi, String algorithm, Provider p) {
        }

        /**
         * The JDK asks a cloneable digest of a {@code SunPKCS11} provider whether it can really be cloned, through
         * the provider's name and {@code Class.getModule()}; with no such provider (and no {@code Provider} at all,
         * null here), every cloneable digest is.
         */
        @Substitute
        static Delegate of(MessageDigestSpi digestSpi, String algorithm, Provider p) {
            Objects.requireNonNull(digestSpi);
            if (digestSpi instanceof Cloneable) {
                return new CloneableDelegate(digestSpi, algorithm, p);
            }
            return new Delegate(digestSpi, algorithm, p);
        }

        /** {@code MessageDigest$Delegate$CloneableDelegate}. */
        static final class CloneableDelegate extends Delegate {
            CloneableDelegate(MessageDigestSpi digestSpi, String algorithm, Provider p) {
                super(digestSpi, algorithm, p);
            }
        }
    }
}
