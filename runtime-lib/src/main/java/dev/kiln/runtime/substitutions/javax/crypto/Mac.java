package dev.kiln.runtime.substitutions.javax.crypto;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import dev.kiln.runtime.substitutions.com.sun.crypto.provider.HmacCore;
import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.NoSuchAlgorithmException;
import java.security.NoSuchProviderException;
import java.security.Provider;
import java.security.spec.AlgorithmParameterSpec;
import java.util.Objects;
import javax.crypto.MacSpi;

/**
 * {@code Mac.getInstance} for the HMAC algorithms, without the security providers. The JDK finds the
 * {@code SunJCE} provider's services (security properties, provider classes instantiated by reflection), checks
 * the provider's jar against the crypto policy ({@code JceSecurity}) and instantiates the chosen class by
 * reflection, lazily, on the first call that needs it; on a Linux JVM only {@code SunJCE} offers a {@code Mac}.
 * The substitute makes the {@code SunJCE} HMAC class for the name itself (the JDK's {@code HmacCore} family, over
 * the {@code MessageDigest} substitution's digests) and hands it to the {@code Mac} constructor providers use, so
 * the rest of {@code Mac} (state checks, {@code init}, {@code update}, {@code doFinal}, {@code clone}) is the
 * JDK's. Names are found by standard name or any alias of {@code SunJCE}'s table, in any case, as the JDK finds
 * them (see the {@code MessageDigest} substitution). {@code getProvider()} is null: there are no {@code Provider}
 * objects. The other {@code Mac} algorithms of {@code SunJCE} ({@code PBEWithHmac...}, {@code HmacPBE...},
 * {@code SslMac...}) throw {@code UnsupportedOperationException} naming the algorithm, where the JVM has them.
 * {@code getInstance(String, Provider)} stays the JDK's: a compile error where it is reached.
 */
class Mac {
    @Alias
    private Object lock;

    @Substitute(name = "<clinit>")
    static void clinit() {
        // The debug fields (sun.security.util.Debug, configured by security properties) stay null and false:
        // the JDK only prints through them when they are set.
    }

    @Substitute
    public static final javax.crypto.Mac getInstance(String algorithm) throws NoSuchAlgorithmException {
        Objects.requireNonNull(algorithm, "null algorithm name");
        MacSpi spi = kilnSunJce(algorithm);
        if (spi == null) {
            throw new NoSuchAlgorithmException("Algorithm " + algorithm + " not available");
        }
        return (javax.crypto.Mac) (Object) new Mac(spi, null, algorithm);
    }

    /** {@code SunJCE} is the only provider of a Linux JVM with a {@code Mac}. */
    @Substitute
    public static final javax.crypto.Mac getInstance(String algorithm, String provider)
            throws NoSuchAlgorithmException, NoSuchProviderException {
        Objects.requireNonNull(algorithm, "null algorithm name");
        if (provider == null || provider.isEmpty()) {
            throw new IllegalArgumentException("missing provider");
        }
        switch (provider) {
            case "SunJCE":
                break;
            case "SUN", "SunRsaSign", "SunEC", "SunJSSE", "SunJGSS", "SunSASL", "XMLDSig", "SunPCSC", "JdkLDAP", "JdkSASL",
                    "SunPKCS11":
                throw new NoSuchAlgorithmException("no such algorithm: " + algorithm + " for provider " + provider);
            default:
                throw new NoSuchProviderException("no such provider: " + provider);
        }
        MacSpi spi = kilnSunJce(algorithm);
        if (spi == null) {
            throw new NoSuchAlgorithmException("no such algorithm: " + algorithm + " for provider " + provider);
        }
        return (javax.crypto.Mac) (Object) new Mac(spi, null, algorithm);
    }

    /**
     * A new HMAC of {@code SunJCE} for an algorithm name or alias in any case, or null if {@code SunJCE} has no
     * {@code Mac} by that name. Upper-cased by runtime-lib's {@code toUpperCase()}, whose root-locale rules are
     * those of the JDK's {@code toUpperCase(Locale.ENGLISH)}, without bringing in {@code Locale}.
     */
    private static MacSpi kilnSunJce(String algorithm) throws NoSuchAlgorithmException {
        String name = algorithm.toUpperCase();
        switch (name) {
            case "HMACMD5":
                return new com.sun.crypto.provider.HmacMD5();
            case "HMACSHA1", "1.2.840.113549.2.7", "OID.1.2.840.113549.2.7":
                return new com.sun.crypto.provider.HmacSHA1();
            case "HMACSHA224", "1.2.840.113549.2.8", "OID.1.2.840.113549.2.8":
                return (MacSpi) (Object) new HmacCore.HmacSHA224();
            case "HMACSHA256", "1.2.840.113549.2.9", "OID.1.2.840.113549.2.9":
                return (MacSpi) (Object) new HmacCore.HmacSHA256();
            case "HMACSHA384", "1.2.840.113549.2.10", "OID.1.2.840.113549.2.10":
                return (MacSpi) (Object) new HmacCore.HmacSHA384();
            case "HMACSHA512", "1.2.840.113549.2.11", "OID.1.2.840.113549.2.11":
                return (MacSpi) (Object) new HmacCore.HmacSHA512();
            case "HMACSHA512/224", "1.2.840.113549.2.12", "OID.1.2.840.113549.2.12":
                return (MacSpi) (Object) new HmacCore.HmacSHA512_224();
            case "HMACSHA512/256", "1.2.840.113549.2.13", "OID.1.2.840.113549.2.13":
                return (MacSpi) (Object) new HmacCore.HmacSHA512_256();
            case "HMACSHA3-224", "2.16.840.1.101.3.4.2.13", "OID.2.16.840.1.101.3.4.2.13":
                return (MacSpi) (Object) new HmacCore.HmacSHA3_224();
            case "HMACSHA3-256", "2.16.840.1.101.3.4.2.14", "OID.2.16.840.1.101.3.4.2.14":
                return (MacSpi) (Object) new HmacCore.HmacSHA3_256();
            case "HMACSHA3-384", "2.16.840.1.101.3.4.2.15", "OID.2.16.840.1.101.3.4.2.15":
                return (MacSpi) (Object) new HmacCore.HmacSHA3_384();
            case "HMACSHA3-512", "2.16.840.1.101.3.4.2.16", "OID.2.16.840.1.101.3.4.2.16":
                return (MacSpi) (Object) new HmacCore.HmacSHA3_512();
            case "SSLMACMD5", "SSLMACSHA1", "HMACPBESHA1", "HMACPBESHA224", "HMACPBESHA256", "HMACPBESHA384",
                    "HMACPBESHA512", "HMACPBESHA512/224", "HMACPBESHA512/256", "PBEWITHHMACSHA1", "PBEWITHHMACSHA224",
                    "PBEWITHHMACSHA256", "PBEWITHHMACSHA384", "PBEWITHHMACSHA512", "PBEWITHHMACSHA512/224",
                    "PBEWITHHMACSHA512/256":
                throw new UnsupportedOperationException("Kiln provides the HMAC algorithms of Mac, not " + algorithm);
            default:
                return null;
        }
    }

    /**
     * The JDK's lazy choice of a provider, for a {@code Mac} made from a list of services: a {@code Mac} here
     * always has its {@code MacSpi} from the start (no list), and then the JDK returns at once.
     */
    @Substitute
    void chooseFirstProvider() {
    }

    /**
     * {@code init} with a key when the {@code Mac} has no {@code MacSpi} (both {@code init}s initialise the one
     * they have themselves): the JDK tries the services of its list, of which there are none here (only a subclass
     * passing a null {@code MacSpi} gets here), and says that no provider supports the key.
     */
    @Substitute
    private void chooseProvider(Key key, AlgorithmParameterSpec params) throws InvalidKeyException, InvalidAlgorithmParameterException {
        synchronized (lock) {
            String k = key != null ? key.getClass().getName() : "(null)";
            throw new InvalidKeyException("No installed provider supports this key: " + k, null);
        }
    }

    /** The constructor providers use (the JDK's; javac needs a body): the {@code MacSpi} given, no {@code Provider}. */
    protected Mac(MacSpi spi, Provider provider, String algorithm) {
    }
}
