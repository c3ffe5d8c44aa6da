package security;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Incremental digests: any split of the input into update(byte), update(byte[]), update(byte[], int, int) and
 * update(ByteBuffer) calls (heap buffers, with offsets, slices and read-only views) gives the one-shot digest;
 * digest() resets; update's argument checks and their messages.
 */
public class DigestIncremental {
    static final String[] ALGORITHMS = {"MD2", "MD5", "SHA-1", "SHA-224", "SHA-256", "SHA-384", "SHA-512",
            "SHA-512/224", "SHA-512/256", "SHA3-224", "SHA3-256", "SHA3-384", "SHA3-512"};

    public static void main(String[] args) throws Exception {
        byte[] data = new byte[3000];
        long seed = 12345;
        for (int i = 0; i < data.length; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            data[i] = (byte) (seed >>> 56);
        }
        for (String algorithm : ALGORITHMS) {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            byte[] oneShot = md.digest(data);
            boolean all = true;
            int[] chunks = {1, 3, 7, 16, 63, 64, 65, 127, 128, 129, 500, 1023};
            for (int chunk : chunks) {
                for (int off = 0; off < data.length; off += chunk) {
                    md.update(data, off, Math.min(chunk, data.length - off));
                }
                all &= MessageDigest.isEqual(oneShot, md.digest());
            }
            for (byte b : data) {
                md.update(b);
            }
            all &= MessageDigest.isEqual(oneShot, md.digest());
            System.out.println(algorithm + " " + hex(oneShot).substring(0, 16) + " chunked equal: " + all);

            // Heap buffers: from position to limit, then the position is the limit.
            ByteBuffer whole = ByteBuffer.wrap(data);
            md.update(whole);
            System.out.println("  buffer: " + MessageDigest.isEqual(oneShot, md.digest()) + ", position " + whole.position());
            ByteBuffer offset = ByteBuffer.wrap(data, 100, 2000);
            md.update(offset);
            byte[] part = md.digest();
            md.update(data, 100, 2000);
            System.out.println("  offset buffer: " + MessageDigest.isEqual(part, md.digest()) + ", remaining " + offset.remaining());
            ByteBuffer slice = ByteBuffer.wrap(data).position(100).slice().limit(2000);
            md.update(slice);
            System.out.println("  slice: " + MessageDigest.isEqual(part, md.digest()));
            ByteBuffer readOnly = ByteBuffer.wrap(data).asReadOnlyBuffer();
            readOnly.position(100).limit(2100);
            md.update(readOnly);
            System.out.println("  read-only: " + MessageDigest.isEqual(part, md.digest()) + ", position " + readOnly.position());
            md.update(ByteBuffer.allocate(0));
            System.out.println("  empty buffer: " + hex(md.digest()).equals(hex(md.digest(new byte[0]))));
        }

        MessageDigest md = MessageDigest.getInstance("SHA-256");
        attempt(() -> md.update(null, 0, 1));
        attempt(() -> md.update(new byte[4], 2, 3));
        attempt(() -> md.update(new byte[4], 5, -1));
        attempt(() -> md.update(new byte[4], -1, 2));
        attempt(() -> md.update(new byte[4], 1, -2));
        attempt(() -> md.update((byte[]) null));
        attempt(() -> md.update((ByteBuffer) null));
        attempt(() -> md.digest(null));
        md.update(new byte[4], 4, 0);
        System.out.println("empty range: " + hex(md.digest()));
    }

    interface Action {
        void run() throws Exception;
    }

    static void attempt(Action a) {
        try {
            a.run();
            System.out.println("no exception");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        } catch (Exception e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
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
