package security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC with javax.crypto.Mac and SecretKeySpec: the test cases of RFC 2202 (HmacMD5, HmacSHA1) and RFC 4231
 * (the SHA-2 family), keys longer than a block, the SHA-512/t and SHA-3 forms, incremental updates, reuse after
 * doFinal, clone, and the exceptions of a Mac used wrongly.
 */
public class HmacVectors {
    static final String[] ALGORITHMS = {"HmacMD5", "HmacSHA1", "HmacSHA224", "HmacSHA256", "HmacSHA384", "HmacSHA512",
        "HmacSHA512/224", "HmacSHA512/256", "HmacSHA3-224", "HmacSHA3-256", "HmacSHA3-384", "HmacSHA3-512"};

    public static void main(String[] args) throws Exception {
        byte[][][] cases = {
            {filled(20, 0x0b), ascii("Hi There")},
            {ascii("Jefe"), ascii("what do ya want for nothing?")},
            {filled(20, 0xaa), filled(50, 0xdd)},
            {range(1, 25), filled(50, 0xcd)},
            {filled(20, 0x0c), ascii("Test With Truncation")},
            {filled(131, 0xaa), ascii("Test Using Larger Than Block-Size Key - Hash Key First")},
            {filled(131, 0xaa), ascii("This is a test using a larger than block-size key and a larger than block-size data."
                    + " The key needs to be hashed before being used by the HMAC algorithm.")},
            {filled(80, 0xaa), ascii("Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data")},
        };
        for (String algorithm : ALGORITHMS) {
            Mac mac = Mac.getInstance(algorithm);
            System.out.println(algorithm + " (" + mac.getMacLength() + " bytes, " + mac.getAlgorithm() + ")");
            for (byte[][] c : cases) {
                mac.init(new SecretKeySpec(c[0], algorithm));
                System.out.println("  " + hex(mac.doFinal(c[1])));
            }
            // Incremental updates, a heap buffer and single bytes give the one-shot value; doFinal resets.
            byte[] message = ascii("The quick brown fox jumps over the lazy dog");
            mac.init(new SecretKeySpec(ascii("key"), "raw"));
            byte[] oneShot = mac.doFinal(message);
            mac.update(message, 0, 10);
            mac.update(ByteBuffer.wrap(message, 10, 20));
            for (int i = 30; i < message.length; i++) {
                mac.update(message[i]);
            }
            Mac copy = (Mac) mac.clone();
            byte[] incremental = mac.doFinal();
            byte[] again = mac.doFinal(message);
            byte[] fromClone = copy.doFinal();
            System.out.println("  fox: " + hex(oneShot) + " incremental " + java.util.Arrays.equals(oneShot, incremental)
                    + " after doFinal " + java.util.Arrays.equals(oneShot, again) + " clone " + java.util.Arrays.equals(oneShot, fromClone));
            byte[] out = new byte[mac.getMacLength() + 4];
            mac.update(message);
            mac.doFinal(out, 2);
            System.out.println("  into array: " + java.util.Arrays.equals(java.util.Arrays.copyOfRange(out, 2, 2 + mac.getMacLength()), oneShot));
            mac.update(message);
            mac.reset();
            System.out.println("  reset: " + java.util.Arrays.equals(mac.doFinal(message), oneShot));
        }

        Mac mac = Mac.getInstance("HmacSHA256");
        attempt("update before init", () -> mac.update((byte) 1));
        attempt("doFinal before init", () -> mac.doFinal());
        attempt("null key", () -> mac.init(null));
        attempt("not a secret key", () -> mac.init(new Key() {
            public String getAlgorithm() {
                return "X";
            }

            public String getFormat() {
                return "RAW";
            }

            public byte[] getEncoded() {
                return new byte[4];
            }
        }));
        attempt("parameters", () -> mac.init(new SecretKeySpec(new byte[4], "X"), new javax.crypto.spec.IvParameterSpec(new byte[8])));
        mac.init(new SecretKeySpec(new byte[4], "X"));
        attempt("short output", () -> mac.doFinal(new byte[31], 0));
        attempt("output offset", () -> mac.doFinal(new byte[40], 9));
        attempt("null output", () -> mac.doFinal(null, 0));
        attempt("null input", () -> mac.update((byte[]) null));
        attempt("bad range", () -> mac.update(new byte[4], 3, 2));
        attempt("null buffer", () -> mac.update((ByteBuffer) null));
        attempt("empty key", () -> new SecretKeySpec(new byte[0], "X"));
        attempt("null key bytes", () -> new SecretKeySpec(null, "X"));
        attempt("null algorithm", () -> new SecretKeySpec(new byte[2], null));
        attempt("key range", () -> new SecretKeySpec(new byte[4], 2, 3, "X"));

        SecretKeySpec key = new SecretKeySpec(new byte[] {1, 2, 3, 4, 5}, 1, 3, "HmacSHA256");
        System.out.println(key.getAlgorithm() + " " + key.getFormat() + " " + java.util.Arrays.toString(key.getEncoded())
                + " " + key.equals(new SecretKeySpec(new byte[] {2, 3, 4}, "hmacsha256")) + " " + key.hashCode());

        String[] names = {"hmacsha256", "HMACSHA1", "1.2.840.113549.2.9", "OID.1.2.840.113549.2.7", "2.16.840.1.101.3.4.2.14",
            "HmacSHA512/256", "Foo", "", "HmacSHA256 ", "SHA-256"};
        for (String name : names) {
            try {
                Mac m = Mac.getInstance(name);
                System.out.println("[" + name + "] " + m.getAlgorithm() + " " + m.getMacLength());
            } catch (Exception e) {
                System.out.println("[" + name + "] " + e);
            }
        }
        attempt("null name", () -> Mac.getInstance(null));
        String[][] withProvider = {{"HmacSHA256", "SunJCE"}, {"HmacSHA256", "SUN"}, {"HmacSHA256", "Foo"}, {"HmacSHA256", ""},
            {"HmacSHA256", null}, {"Foo", "SunJCE"}, {null, "SunJCE"}};
        for (String[] p : withProvider) {
            attempt(p[0] + " from " + p[1], () -> System.out.print(Mac.getInstance(p[0], p[1]).getAlgorithm() + " "));
        }
    }

    interface Action {
        void run() throws Exception;
    }

    static void attempt(String what, Action a) {
        try {
            a.run();
            System.out.println(what + ": no exception");
        } catch (Exception e) {
            System.out.println(what + ": " + e + (e.getCause() != null ? " caused by " + e.getCause() : ""));
        }
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] filled(int n, int value) {
        byte[] b = new byte[n];
        java.util.Arrays.fill(b, (byte) value);
        return b;
    }

    static byte[] range(int from, int to) {
        byte[] b = new byte[to - from + 1];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (from + i);
        }
        return b;
    }

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
        }
        return sb.toString();
    }
}
