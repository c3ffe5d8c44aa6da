package security;

import java.security.MessageDigest;

/**
 * MessageDigest.getInstance by standard name, alias and OID, in any case, as the SUN provider lists them;
 * the exceptions and messages for unknown names, null, and getInstance with a provider name.
 */
public class DigestNames {
    public static void main(String[] args) {
        String[] names = {"MD2", "md5", "Md5", "SHA-1", "SHA", "sha1", "SHA1", "1.3.14.3.2.26", "OID.1.3.14.3.2.26",
            "oid.1.3.14.3.2.26", "SHA-224", "SHA224", "sha-256", "Sha256", "2.16.840.1.101.3.4.2.1",
            "OID.2.16.840.1.101.3.4.2.1", "SHA-384", "sha384", "2.16.840.1.101.3.4.2.2", "SHA-512", "SHA512",
            "OID.2.16.840.1.101.3.4.2.3", "SHA-512/224", "sha512/224", "2.16.840.1.101.3.4.2.5", "SHA-512/256",
            "SHA512/256", "2.16.840.1.101.3.4.2.6", "SHA3-224", "sha3-256", "SHA3-384", "Sha3-512",
            "2.16.840.1.101.3.4.2.7", "OID.2.16.840.1.101.3.4.2.10", "1.2.840.113549.2.5", "OID.1.2.840.113549.2.2",
            "SHAKE128-256", "SHAKE256", "shake256-512", "2.16.840.1.101.3.4.2.11",
            // The JVM upper-cases names with Locale.ENGLISH: a dotless i and a long s find names too.
            "\u017fha-256", "sha3-256\u0131", "o\u0131d.1.3.14.3.2.26",
            "", " SHA-256", "SHA-256 ", "SHA-2", "SHA512-256", "SHA3", "MD4", "SHA-0", "SHA1PRNG", "SHA256withRSA",
            "HmacSHA256", "SHA-256/224", "NONE"};
        for (String name : names) {
            try {
                MessageDigest md = MessageDigest.getInstance(name);
                md.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                System.out.println("[" + name + "] " + md.getAlgorithm() + " " + md.getDigestLength() + " "
                        + hex(md.digest()).substring(0, 8));
            } catch (Exception e) {
                System.out.println("[" + name + "] " + e);
            }
        }
        try {
            MessageDigest.getInstance(null);
        } catch (Exception e) {
            System.out.println(e);
        }

        String[][] withProvider = {{"SHA-256", "SUN"}, {"md5", "SUN"}, {"SHA-256", "sun"}, {"SHA-256", "SunJCE"},
            {"SHA-256", "SunRsaSign"}, {"SHA-256", "BC"}, {"SHA-256", ""}, {"SHA-256", null}, {"Foo", "SUN"},
            {"Foo", "Bar"}, {"Foo", "SunEC"}, {null, "SUN"}, {null, ""}};
        for (String[] p : withProvider) {
            try {
                MessageDigest md = MessageDigest.getInstance(p[0], p[1]);
                System.out.print(p[0] + " from " + p[1] + ": " + md);
            } catch (Exception e) {
                System.out.println(p[0] + " from " + p[1] + ": " + e);
            }
        }
    }

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
        }
        return sb.toString();
    }
}
