package io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Arrays;

/** The null streams, readers and writers, readNBytes/skipNBytes/transferTo and their exceptions. */
public class NullAndTransfer {
    public static void main(String[] args) throws IOException {
        InputStream nul = InputStream.nullInputStream();
        System.out.println("null input " + nul.read() + " " + nul.available() + " " + nul.readAllBytes().length + " "
                + nul.readNBytes(5).length + " skip " + nul.skip(3) + " transfer " + nul.transferTo(OutputStream.nullOutputStream()));
        try {
            nul.skipNBytes(1);
        } catch (EOFException e) {
            System.out.println("skipNBytes past end: EOFException");
        }
        nul.close();
        try {
            nul.read();
        } catch (IOException e) {
            System.out.println("closed null input: " + e.getMessage());
        }
        OutputStream out = OutputStream.nullOutputStream();
        out.write(new byte[10], 2, 3);
        out.close();
        try {
            out.write(1);
        } catch (IOException e) {
            System.out.println("closed null output: " + e.getMessage());
        }
        byte[] data = new byte[20];
        for (int i = 0; i < data.length; i++) data[i] = (byte) i;
        InputStream in = new ByteArrayInputStream(data);
        System.out.println("readNBytes(3) " + Arrays.toString(in.readNBytes(3)));
        in.skipNBytes(5);
        System.out.println("after skipNBytes(5) " + in.read());
        try {
            in.readNBytes(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("readNBytes(-1) " + e.getMessage());
        }
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        System.out.println("transferTo " + in.transferTo(sink) + " sink " + sink.size());
        try {
            in.skipNBytes(1);
        } catch (EOFException e) {
            System.out.println("skipNBytes at end: EOFException");
        }
        Reader nr = Reader.nullReader();
        System.out.println("null reader " + nr.read() + " " + nr.read(new char[4]) + " ready " + nr.ready() + " skip " + nr.skip(3));
        Writer nw = Writer.nullWriter();
        nw.write("ignored");
        nw.append('c').append("seq");
        nw.close();
        try {
            nw.write('x');
        } catch (IOException e) {
            System.out.println("closed null writer: " + e.getMessage());
        }
        StringWriter target = new StringWriter();
        System.out.println("reader transferTo " + new StringReader("copied text").transferTo(target) + " [" + target + "]");
        char[] cbuf = new char[4];
        Reader r = new StringReader("abcdef");
        System.out.println("read(cbuf, 1, 2) " + r.read(cbuf, 1, 2) + " " + Arrays.toString(cbuf));
        try {
            r.read(cbuf, 3, 2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("bad range " + e.getClass().getSimpleName());
        }
    }
}
