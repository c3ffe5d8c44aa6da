package io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.LineNumberReader;
import java.io.PushbackInputStream;
import java.io.PushbackReader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Collections;

/** PushbackReader, PushbackInputStream, LineNumberReader and SequenceInputStream. */
public class PushbackAndLineNumbers {
    public static void main(String[] args) throws IOException {
        PushbackReader pr = new PushbackReader(new StringReader("abc"), 3);
        int c = pr.read();
        pr.unread(c);
        pr.unread(new char[] {'x', 'y'});
        StringBuilder sb = new StringBuilder();
        while ((c = pr.read()) != -1) sb.append((char) c);
        System.out.println("pushback reader " + sb);
        pr.unread('1');
        pr.unread('2');
        pr.unread('3');
        try {
            pr.unread('4');
        } catch (IOException e) {
            System.out.println("overflow: " + e.getMessage());
        }

        PushbackInputStream pin = new PushbackInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3}), 2);
        int b = pin.read();
        pin.unread(b);
        pin.unread(9);
        System.out.println("pushback stream " + pin.read() + " " + pin.read() + " " + pin.read() + " available " + pin.available());
        try {
            pin.unread(new byte[3]);
        } catch (IOException e) {
            System.out.println("overflow: " + e.getMessage());
        }

        LineNumberReader lr = new LineNumberReader(new StringReader("first\nsecond\r\nthird\rfourth"));
        String line;
        while ((line = lr.readLine()) != null) System.out.println(lr.getLineNumber() + ": " + line);
        lr = new LineNumberReader(new StringReader("a\nb\nc"));
        lr.setLineNumber(10);
        lr.read();
        lr.read();
        System.out.println("line after newline " + lr.getLineNumber() + " skip " + lr.skip(2) + " line " + lr.getLineNumber());

        SequenceInputStream seq = new SequenceInputStream(new ByteArrayInputStream("ab".getBytes()),
                new ByteArrayInputStream("cd".getBytes()));
        byte[] buf = new byte[10];
        System.out.println("sequence read " + seq.read(buf) + " " + seq.read(buf, 0, 10) + " " + seq.read(buf) + " " + seq.read());
        List<ByteArrayInputStream> parts = List.of(new ByteArrayInputStream("x".getBytes()),
                new ByteArrayInputStream(new byte[0]), new ByteArrayInputStream("yz".getBytes()));
        seq = new SequenceInputStream(Collections.enumeration(parts));
        System.out.println("enumeration " + new String(seq.readAllBytes()));
    }
}
