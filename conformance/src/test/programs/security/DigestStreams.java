package security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;

/**
 * DigestInputStream and DigestOutputStream: the bytes read or written go to the digest while it is on, and not
 * while it is off; read(byte[]), read(), skip, toString, switching digests.
 */
public class DigestStreams {
    public static void main(String[] args) throws Exception {
        byte[] data = new byte[5000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i ^ (i >> 3));
        }
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(data);

        DigestInputStream in = new DigestInputStream(new ByteArrayInputStream(data), MessageDigest.getInstance("SHA-256"));
        System.out.println(in);
        byte[] buf = new byte[333];
        int total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > 1000 && total < 2000) {
                int b = in.read();
                total += b >= 0 ? 1 : 0;
            }
        }
        System.out.println("read " + total + ", digest equal: " + MessageDigest.isEqual(expected, in.getMessageDigest().digest()));

        in = new DigestInputStream(new ByteArrayInputStream(data), MessageDigest.getInstance("MD5"));
        in.on(false);
        System.out.println(in);
        in.read(buf, 0, 100);
        in.on(true);
        long skipped = in.skip(50);
        in.read(buf, 0, 200);
        MessageDigest check = MessageDigest.getInstance("MD5");
        check.update(data, 150, 200);
        System.out.println("skipped " + skipped + ", only the bytes read while on: "
                + MessageDigest.isEqual(check.digest(), in.getMessageDigest().digest()));
        in.setMessageDigest(MessageDigest.getInstance("SHA-1"));
        in.read(buf, 0, 10);
        check = MessageDigest.getInstance("SHA-1");
        check.update(data, 350, 10);
        System.out.println("switched: " + in.getMessageDigest().getAlgorithm() + " "
                + MessageDigest.isEqual(check.digest(), in.getMessageDigest().digest()));

        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        DigestOutputStream out = new DigestOutputStream(sink, MessageDigest.getInstance("SHA-512"));
        out.write(data, 0, 1000);
        for (int i = 1000; i < 1100; i++) {
            out.write(data[i]);
        }
        out.write(data, 1100, data.length - 1100);
        out.on(false);
        out.write(new byte[] {1, 2, 3});
        out.close();
        System.out.println(out);
        System.out.println("written " + sink.size() + ", digest equal: "
                + MessageDigest.isEqual(MessageDigest.getInstance("SHA-512").digest(data), out.getMessageDigest().digest()));

        // Digest of a stream read to the end with transferTo.
        InputStream source = new DigestInputStream(new ByteArrayInputStream(data), MessageDigest.getInstance("SHA3-256"));
        OutputStream nowhere = OutputStream.nullOutputStream();
        long moved = source.transferTo(nowhere);
        System.out.println("transferred " + moved + ": " + MessageDigest.isEqual(MessageDigest.getInstance("SHA3-256").digest(data),
                ((DigestInputStream) source).getMessageDigest().digest()));
    }
}
