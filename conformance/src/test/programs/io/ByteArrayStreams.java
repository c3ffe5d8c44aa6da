package io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

/** ByteArrayInputStream and ByteArrayOutputStream: reads, skips, marks, bulk reads, growth, toString, writeTo. */
public class ByteArrayStreams {
    public static void main(String[] args) throws IOException {
        byte[] data = new byte[40];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 7 - 20);
        ByteArrayInputStream in = new ByteArrayInputStream(data, 5, 30);
        System.out.println("available " + in.available() + " markSupported " + in.markSupported());
        System.out.println("read " + in.read() + " " + in.read());
        in.mark(0);
        byte[] buf = new byte[8];
        System.out.println("read(buf) " + in.read(buf) + " " + Arrays.toString(buf));
        System.out.println("skip 5 -> " + in.skip(5) + " available " + in.available());
        in.reset();
        System.out.println("after reset available " + in.available() + " read " + in.read());
        System.out.println("readNBytes " + Arrays.toString(in.readNBytes(4)));
        System.out.println("skip 100 -> " + in.skip(100) + " read " + in.read() + " read(buf) " + in.read(buf, 0, 3));
        System.out.println("read 0 bytes at end " + in.read(buf, 0, 0));
        in = new ByteArrayInputStream(data);
        System.out.println("readAllBytes " + in.readAllBytes().length + " then " + in.read());
        try {
            in.read(buf, 5, 4);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("bad range " + e.getClass().getSimpleName());
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream(2);
        for (int i = 0; i < 10; i++) out.write('a' + i);
        out.write(data, 0, 3);
        out.writeBytes("xyz".getBytes());
        System.out.println("size " + out.size() + " bytes " + Arrays.toString(out.toByteArray()));
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        out.writeTo(copy);
        System.out.println("copy size " + copy.size());
        out.reset();
        out.write("h\u00e9llo \u20ac".getBytes("UTF-8"));
        System.out.println("toString " + out.toString("UTF-8") + " size " + out.size());
        System.out.println("toString(charset) " + out.toString(java.nio.charset.StandardCharsets.ISO_8859_1).length());
        out.close();
        out.write('!');
        System.out.println("written after close " + out.size());
        in.transferTo(out);
        System.out.println("transferTo at end " + out.size());
        System.out.println("transferTo " + new ByteArrayInputStream(data, 0, 6).transferTo(out) + " size " + out.size());
    }
}
