package zip;

import java.nio.ByteBuffer;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * CRC32, CRC32C and Adler32 over byte arrays, ranges, single bytes and heap ByteBuffers (offsets, slices,
 * read-only views, positions advanced), the Checksum default methods, reset, the standard check values, and
 * the range checks.
 */
public class Checksums {
    public static void main(String[] args) {
        byte[] check = "123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] data = new byte[70000];
        long seed = 42;
        for (int i = 0; i < data.length; i++) {
            seed = seed * 25214903917L + 11;
            data[i] = (byte) (seed >>> 40);
        }
        for (int k = 0; k < 3; k++) {
            Checksum c = k == 0 ? new CRC32() : k == 1 ? new CRC32C() : new Adler32();
            String name = c.getClass().getSimpleName();
            System.out.println(name + " initial " + hex(c.getValue()));
            c.update(check);
            System.out.println("  check value " + hex(c.getValue()));
            c.reset();
            c.update(data, 0, data.length);
            long whole = c.getValue();
            System.out.println("  70000 bytes " + hex(whole));

            // Any split gives the same value.
            boolean same = true;
            for (int chunk : new int[] {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 100, 1000, 5552, 5553, 65536}) {
                c.reset();
                for (int off = 0; off < data.length; off += chunk) {
                    c.update(data, off, Math.min(chunk, data.length - off));
                }
                same &= c.getValue() == whole;
            }
            c.reset();
            for (byte b : data) {
                c.update(b);
            }
            same &= c.getValue() == whole;
            c.reset();
            for (byte b : data) {
                c.update(b & 0xff | 0x7700);
            }
            System.out.println("  splits equal: " + same + ", update(int) uses the low byte: " + (c.getValue() == whole));

            // Unaligned starts and lengths: the word-at-a-time paths.
            StringBuilder sb = new StringBuilder();
            for (int off = 0; off < 9; off++) {
                for (int len : new int[] {0, 1, 7, 8, 9, 31, 64, 1001}) {
                    c.reset();
                    c.update(data, off, len);
                    sb.append(Long.toHexString(c.getValue() & 0xff));
                }
            }
            System.out.println("  unaligned " + sb);

            // Heap buffers.
            c.reset();
            ByteBuffer buffer = ByteBuffer.wrap(data);
            c.update(buffer);
            System.out.println("  buffer " + (c.getValue() == whole) + ", position " + buffer.position());
            c.reset();
            c.update(data, 1000, 30000);
            long part = c.getValue();
            c.reset();
            c.update(ByteBuffer.wrap(data, 1000, 30000));
            boolean offsetOk = c.getValue() == part;
            c.reset();
            c.update(ByteBuffer.wrap(data).position(1000).slice().limit(30000));
            boolean sliceOk = c.getValue() == part;
            c.reset();
            ByteBuffer readOnly = ByteBuffer.wrap(data).asReadOnlyBuffer();
            readOnly.position(1000).limit(31000);
            c.update(readOnly);
            System.out.println("  offset " + offsetOk + ", slice " + sliceOk + ", read-only " + (c.getValue() == part)
                    + " (position " + readOnly.position() + ")");
            c.reset();
            c.update(ByteBuffer.allocate(0));
            System.out.println("  empty buffer " + hex(c.getValue()));

            for (int[] range : new int[][] {{-1, 5}, {5, -1}, {69999, 2}, {70001, 0}, {0, 70001}}) {
                try {
                    c.update(data, range[0], range[1]);
                    System.out.println("  range " + range[0] + "," + range[1] + ": no exception");
                } catch (RuntimeException e) {
                    System.out.println("  range " + range[0] + "," + range[1] + ": " + e);
                }
            }
            try {
                c.update((byte[]) null, 0, 0);
            } catch (NullPointerException e) {
                System.out.println("  null array: NullPointerException");
            }
            try {
                c.update((ByteBuffer) null);
            } catch (NullPointerException e) {
                System.out.println("  null buffer: NullPointerException");
            }
        }

        // Adler32's sums wrap modulo 65521: a long run of 0xff bytes.
        Adler32 adler = new Adler32();
        byte[] ones = new byte[100000];
        java.util.Arrays.fill(ones, (byte) 0xff);
        adler.update(ones);
        System.out.println("Adler32 of 100000 0xff: " + hex(adler.getValue()));
        CRC32 crc = new CRC32();
        crc.update(ones, 0, 0);
        System.out.println("CRC32 of nothing: " + hex(crc.getValue()));
    }

    static String hex(long v) {
        return String.format("%08x", v);
    }
}
