package dev.kiln.runtime.substitutions.com.sun.crypto.provider;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.MacSpi;

/**
 * The JDK's HMAC ({@code SunJCE}'s {@code HmacCore}) over a digest from {@code MessageDigest.getInstance}, which
 * on Kiln is always the {@code SUN} provider's, and cloneable. The JDK's constructor looks further, through
 * {@code Security.getProvider} and {@code Security.getProviders()}, when the first digest found cannot be cloned;
 * that never happens here, and the provider list is not there to look in. Its nested classes stand for the JDK's
 * public HMAC classes, so that the {@code Mac} substitution can name them.
 */
public abstract class HmacCore extends MacSpi {
    @Alias
    private MessageDigest md;
    @Alias
    private byte[] k_ipad;
    @Alias
    private byte[] k_opad;
    @Alias
    private boolean first;
    @Alias
    private final int blockLen;

    @Substitute
    HmacCore(String digestAlgorithm, int bl) throws NoSuchAlgorithmException {
        md = MessageDigest.getInstance(digestAlgorithm);
        blockLen = bl;
        k_ipad = new byte[bl];
        k_opad = new byte[bl];
        first = true;
    }

    /** {@code HmacCore$HmacSHA224}. */
    public static final class HmacSHA224 {
        public HmacSHA224() {
        }
    }

    /** {@code HmacCore$HmacSHA256}. */
    public static final class HmacSHA256 {
        public HmacSHA256() {
        }
    }

    /** {@code HmacCore$HmacSHA384}. */
    public static final class HmacSHA384 {
        public HmacSHA384() {
        }
    }

    /** {@code HmacCore$HmacSHA512}. */
    public static final class HmacSHA512 {
        public HmacSHA512() {
        }
    }

    /** {@code HmacCore$HmacSHA512_224}. */
    public static final class HmacSHA512_224 {
        public HmacSHA512_224() {
        }
    }

    /** {@code HmacCore$HmacSHA512_256}. */
    public static final class HmacSHA512_256 {
        public HmacSHA512_256() {
        }
    }

    /** {@code HmacCore$HmacSHA3_224}. */
    public static final class HmacSHA3_224 {
        public HmacSHA3_224() {
        }
    }

    /** {@code HmacCore$HmacSHA3_256}. */
    public static final class HmacSHA3_256 {
        public HmacSHA3_256() {
        }
    }

    /** {@code HmacCore$HmacSHA3_384}. */
    public static final class HmacSHA3_384 {
        public HmacSHA3_384() {
        }
    }

    /** {@code HmacCore$HmacSHA3_512}. */
    public static final class HmacSHA3_512 {
        public HmacSHA3_512() {
        }
    }
}
