package io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

/** BufferedInputStream (small buffers, mark/reset, skip, available) and BufferedOutputStream (flushing). */
public class BufferedStreams {
    public static void main(String[] args) throws IOException {
        byte[] data = new byte[100];
        for (int i = 0; i < data.length; i++) data[i] = (byte) i;
        BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(data), 8);
        System.out.println("read " + in.read() + " available " + in.available() + " markSupported " + in.markSupported());
        in.mark(20);
        byte[] buf = new byte[12];
        System.out.println("read " + in.read(buf) + " " + Arrays.toString(buf));
        in.reset();
        System.out.println("after reset " + in.read() + " skip " + in.skip(30) + " read " + in.read());
        in.mark(2);
        in.read(new byte[10]);
        try {
            in.reset();
            System.out.println("reset after limit worked, read " + in.read());
        } catch (IOException e) {
            System.out.println("reset after limit: " + e.getMessage());
        }
        System.out.println("readAllBytes " + in.readAllBytes().length + " read " + in.read());
        in.close();
        try {
            in.read();
        } catch (IOException e) {
            System.out.println("closed: " + e.getMessage());
        }

        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        BufferedOutputStream out = new BufferedOutputStream(sink, 4);
        out.write(1);
        out.write(2);
        System.out.println("sink before flush " + sink.size());
        out.write(new byte[] {3, 4, 5});
        System.out.println("sink after overflow " + sink.size());
        out.write(new byte[10], 0, 10);
        System.out.println("sink after large write " + sink.size());
        out.write(7);
        out.flush();
        System.out.println("sink after flush " + sink.size() + " " + Arrays.toString(sink.toByteArray()));
        out.close();
    }
}
