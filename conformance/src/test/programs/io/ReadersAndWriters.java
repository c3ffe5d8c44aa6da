package io;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.CharArrayReader;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;

/** StringReader/Writer, CharArrayReader/Writer, BufferedReader (lines, marks) and BufferedWriter. */
public class ReadersAndWriters {
    public static void main(String[] args) throws IOException {
        StringReader sr = new StringReader("hello, world");
        char[] buf = new char[5];
        System.out.println(sr.read() + " " + sr.read(buf) + " " + new String(buf) + " skip " + sr.skip(2) + " ready " + sr.ready());
        sr.mark(0);
        System.out.println((char) sr.read());
        sr.reset();
        System.out.println("after reset " + (char) sr.read() + " skip -1 " + sr.skip(-1) + " " + (char) sr.read());
        sr.close();
        try {
            sr.read();
        } catch (IOException e) {
            System.out.println("closed: " + e.getMessage());
        }

        StringWriter sw = new StringWriter();
        sw.write("abc");
        sw.write('d');
        sw.write("xxefgxx", 2, 3);
        sw.append("hij", 1, 2).append('!').append(null);
        System.out.println(sw + " " + sw.getBuffer().length());

        CharArrayWriter cw = new CharArrayWriter();
        cw.write("characters");
        System.out.println(cw.size() + " " + new String(cw.toCharArray()));
        Reader cr = new CharArrayReader(cw.toCharArray(), 2, 5);
        int c;
        StringBuilder sb = new StringBuilder();
        while ((c = cr.read()) != -1) sb.append((char) c);
        System.out.println("char array reader " + sb);

        BufferedReader br = new BufferedReader(new StringReader("one\ntwo\r\nthree\rfour\n\nlast"), 4);
        String line;
        int n = 0;
        br.mark(100);
        while ((line = br.readLine()) != null) System.out.println(++n + " [" + line + "]");
        br.reset();
        System.out.println("after reset [" + br.readLine() + "] ready " + br.ready());
        System.out.println("transferTo " + br.transferTo(new StringWriter()));
        BufferedReader lines = new BufferedReader(new StringReader("a\nbb\nccc\n"));
        System.out.println("lines " + lines.lines().map(String::length).toList());

        StringWriter target = new StringWriter();
        BufferedWriter bw = new BufferedWriter(target, 4);
        bw.write("ab");
        System.out.println("before flush [" + target + "]");
        bw.newLine();
        bw.write("cdefgh", 1, 4);
        bw.flush();
        System.out.println("after flush [" + target.toString().replace("\n", "\\n") + "]");
        bw.close();
        try {
            bw.write("x");
        } catch (IOException e) {
            System.out.println("closed: " + e.getMessage());
        }
        Reader nul = Reader.nullReader();
        System.out.println("null reader " + nul.read());
    }
}
