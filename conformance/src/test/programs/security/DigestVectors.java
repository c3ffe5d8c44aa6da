package security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Every message digest of the SUN provider on fixed inputs (the FIPS 180 and FIPS 202 example messages, inputs
 * around the block sizes, a long input), printed as hex: the JDK's own digest classes, reached without the
 * security providers.
 */
public class DigestVectors {
    static final String[] ALGORITHMS = {"MD2", "MD5", "SHA-1", "SHA-224", "SHA-256", "SHA-384", "SHA-512",
            "SHA-512/224", "SHA-512/256", "SHA3-224", "SHA3-256", "SHA3-384", "SHA3-512"};

    public static void main(String[] args) throws Exception {
        byte[][] inputs = {
            new byte[0],
            "abc".getBytes(StandardCharsets.US_ASCII),
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".getBytes(StandardCharsets.US_ASCII),
            ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrs"
                    + "mnopqrstnopqrstu").getBytes(StandardCharsets.US_ASCII),
            "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8),
            "Grüße, 世界 🌍".getBytes(StandardCharsets.UTF_8),
        };
        for (String algorithm : ALGORITHMS) {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            System.out.println(algorithm + " (" + md.getDigestLength() + " bytes)");
            for (byte[] input : inputs) {
                System.out.println("  " + hex(md.digest(input)));
            }
            // Lengths around the block sizes (16 for MD2, 64, 128, and 144/136/104/72 for SHA-3) and the padding limits.
            StringBuilder lengths = new StringBuilder();
            for (int n : new int[] {1, 15, 16, 17, 55, 56, 57, 63, 64, 65, 71, 72, 103, 104, 111, 112, 119, 120, 127, 128,
                    129, 135, 136, 143, 144, 145, 255, 256, 1000}) {
                byte[] in = new byte[n];
                for (int i = 0; i < n; i++) {
                    in[i] = (byte) (i * 7 + n);
                }
                byte[] d = md.digest(in);
                lengths.append(n).append(':').append(hex(Arrays.copyOf(d, 4))).append(' ');
            }
            System.out.println("  " + lengths.toString().trim());
        }

        // Long messages of 'a's in 1000-byte updates (the FIPS long message has a million; an interpreter takes
        // seconds per megabyte).
        byte[] thousand = new byte[1000];
        Arrays.fill(thousand, (byte) 'a');
        for (String algorithm : new String[] {"MD5", "SHA-1", "SHA-256", "SHA-512", "SHA3-256"}) {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            int n = algorithm.equals("SHA-256") ? 100 : 20;
            for (int i = 0; i < n; i++) {
                md.update(thousand);
            }
            System.out.println(algorithm + " of " + n * 1000 + " a: " + hex(md.digest()));
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
