package io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** InputStreamReader and OutputStreamWriter in each standard charset, with replacements of unmappable and malformed input. */
public class CharsetStreams {
    static String read(byte[] bytes, Charset cs) throws IOException {
        Reader r = new InputStreamReader(new ByteArrayInputStream(bytes), cs);
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[3];
        int n;
        while ((n = r.read(buf)) != -1) sb.append(buf, 0, n);
        return sb.toString();
    }

    static String codes(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) sb.append(Integer.toHexString(s.charAt(i))).append(' ');
        return sb.toString().trim();
    }

    public static void main(String[] args) throws IOException {
        String text = "A\u00e9\u20ac\ud83d\ude00z";
        Charset[] charsets = {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII,
            StandardCharsets.UTF_16, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE};
        for (Charset cs : charsets) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Writer w = new OutputStreamWriter(bytes, cs);
            w.write(text);
            w.write('!');
            w.close();
            byte[] b = bytes.toByteArray();
            System.out.println(cs.name() + " " + Arrays.toString(b));
            System.out.println("  back " + codes(read(b, cs)));
        }
        byte[] bad = {0x41, (byte) 0xc3, 0x28, (byte) 0xe2, (byte) 0x82, 0x41, (byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0xff, (byte) 0xed, (byte) 0xa0, (byte) 0x80};
        System.out.println("malformed utf-8 " + codes(read(bad, StandardCharsets.UTF_8)));
        System.out.println("high bytes ascii " + codes(read(new byte[] {0x41, (byte) 0x80, (byte) 0xff}, StandardCharsets.US_ASCII)));
        System.out.println("odd utf-16 " + codes(read(new byte[] {(byte) 0xfe, (byte) 0xff, 0, 0x41, 0}, StandardCharsets.UTF_16)));
        System.out.println("utf-16 little bom " + codes(read(new byte[] {(byte) 0xff, (byte) 0xfe, 0x41, 0}, StandardCharsets.UTF_16)));
        InputStreamReader isr = new InputStreamReader(new ByteArrayInputStream(new byte[0]), StandardCharsets.ISO_8859_1);
        System.out.println("encoding " + isr.getEncoding() + " " + new OutputStreamWriter(new ByteArrayOutputStream(), StandardCharsets.UTF_16LE).getEncoding());
        String big = "\u00e9x".repeat(5000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        w.write(big);
        w.flush();
        System.out.println("big " + bytes.size() + " " + read(bytes.toByteArray(), StandardCharsets.UTF_8).equals(big));
    }
}
