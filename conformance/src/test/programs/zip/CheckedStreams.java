package zip;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import java.util.zip.Checksum;

/** CheckedInputStream and CheckedOutputStream: the checksum of what went through, skip included. */
public class CheckedStreams {
    public static void main(String[] args) throws Exception {
        byte[] data = new byte[10000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * i + 3);
        }
        Checksum[] sums = {new CRC32(), new CRC32C(), new Adler32()};
        for (Checksum expected : sums) {
            expected.update(data, 0, data.length);
            String name = expected.getClass().getSimpleName();
            Checksum fresh = name.equals("CRC32") ? new CRC32() : name.equals("CRC32C") ? new CRC32C() : new Adler32();
            CheckedInputStream in = new CheckedInputStream(new ByteArrayInputStream(data), fresh);
            byte[] buf = new byte[777];
            int total = 0;
            int n;
            while ((n = in.read(buf, 0, buf.length)) > 0) {
                total += n;
                int b = in.read();
                if (b >= 0) {
                    total++;
                }
            }
            System.out.println(name + ": read " + total + ", " + Long.toHexString(in.getChecksum().getValue()) + " "
                    + (in.getChecksum().getValue() == expected.getValue()));

            in.getChecksum().reset();
            in = new CheckedInputStream(new ByteArrayInputStream(data), in.getChecksum());
            long skipped = in.skip(5000);
            in.readAllBytes();
            System.out.println("  skipped " + skipped + ", skip checksums too: " + (in.getChecksum().getValue() == expected.getValue()));

            Checksum outSum = name.equals("CRC32") ? new CRC32() : name.equals("CRC32C") ? new CRC32C() : new Adler32();
            ByteArrayOutputStream sink = new ByteArrayOutputStream();
            CheckedOutputStream out = new CheckedOutputStream(sink, outSum);
            out.write(data, 0, 3000);
            for (int i = 3000; i < 3100; i++) {
                out.write(data[i]);
            }
            out.write(data, 3100, data.length - 3100);
            out.close();
            System.out.println("  written " + sink.size() + ": " + (out.getChecksum().getValue() == expected.getValue()));
        }
    }
}
