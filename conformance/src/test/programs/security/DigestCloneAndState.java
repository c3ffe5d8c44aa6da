package security;

import java.security.DigestException;
import java.security.MessageDigest;

/**
 * A digest cloned mid-stream continues independently; reset, digest(byte[], int, int) and its DigestException
 * messages, toString in each state, getAlgorithm as given, getDigestLength, isEqual.
 */
public class DigestCloneAndState {
    static final String[] ALGORITHMS = {"MD2", "MD5", "SHA-1", "SHA-224", "SHA-256", "SHA-384", "SHA-512",
            "SHA-512/224", "SHA-512/256", "SHA3-224", "SHA3-256", "SHA3-384", "SHA3-512"};

    public static void main(String[] args) throws Exception {
        byte[] head = "The first part, ".getBytes();
        byte[] tail = "and the rest of the message.".getBytes();
        for (String algorithm : ALGORITHMS) {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            md.update(head);
            MessageDigest copy = (MessageDigest) md.clone();
            md.update(tail);
            byte[] full = md.digest();
            byte[] headOnly = copy.digest();
            copy.update(head);
            copy.update(tail);
            System.out.println(algorithm + ": clone continues " + MessageDigest.isEqual(full, copy.digest())
                    + ", head " + hex(headOnly).substring(0, 12)
                    + ", original reset " + MessageDigest.isEqual(headOnly, md.digest(head)));

            md.update(tail);
            md.reset();
            System.out.println("  reset: " + MessageDigest.isEqual(md.digest(), MessageDigest.getInstance(algorithm).digest()));

            int n = md.getDigestLength();
            byte[] out = new byte[n + 10];
            md.update(head);
            int written = md.digest(out, 5, n);
            md.update(head);
            System.out.println("  digest into array: " + written + " "
                    + MessageDigest.isEqual(java.util.Arrays.copyOfRange(out, 5, 5 + n), md.digest())
                    + " untouched " + (out[4] == 0 && out[5 + n] == 0));
            try {
                md.digest(new byte[n], 0, n - 1);
            } catch (DigestException e) {
                System.out.println("  " + e.getMessage());
            }
            try {
                md.digest(new byte[n], 1, n);
            } catch (IllegalArgumentException e) {
                System.out.println("  " + e.getMessage());
            }
        }

        MessageDigest md = MessageDigest.getInstance("sha-256");
        System.out.print(md);
        md.update((byte) 1);
        System.out.print(md);
        MessageDigest clone = (MessageDigest) md.clone();
        System.out.print(clone);
        md.digest();
        System.out.print(md);
        System.out.println(md.getAlgorithm() + " " + md.getDigestLength() + " " + clone.getAlgorithm());
        try {
            md.digest(null, 0, 32);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            md.digest(new byte[40], -1, 32);
        } catch (Exception e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }

        byte[] a = {1, 2, 3};
        System.out.println(MessageDigest.isEqual(a, new byte[] {1, 2, 3}) + " " + MessageDigest.isEqual(a, new byte[] {1, 2})
                + " " + MessageDigest.isEqual(a, null) + " " + MessageDigest.isEqual(null, null)
                + " " + MessageDigest.isEqual(new byte[0], new byte[0]) + " " + MessageDigest.isEqual(a, new byte[] {1, 2, 4})
                + " " + MessageDigest.isEqual(new byte[0], null));

        // A digest of one's own, through the public constructor: no provider.
        MessageDigest own = new MessageDigest("XOR") {
            private byte x;

            @Override
            protected void engineUpdate(byte input) {
                x ^= input;
            }

            @Override
            protected void engineUpdate(byte[] input, int offset, int len) {
                for (int i = offset; i < offset + len; i++) {
                    x ^= input[i];
                }
            }

            @Override
            protected byte[] engineDigest() {
                byte[] r = {x};
                x = 0;
                return r;
            }

            @Override
            protected void engineReset() {
                x = 0;
            }
        };
        own.update(new byte[] {1, 2, 4, 8});
        System.out.print(own);
        System.out.println(own.getAlgorithm() + " " + own.getDigestLength() + " " + own.digest()[0] + " " + own.getProvider());
        try {
            own.clone();
        } catch (CloneNotSupportedException e) {
            System.out.println("not cloneable: " + e.getMessage());
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
