package io;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** PrintWriter and PrintStream over in-memory targets: print of every type, printf, append, checkError. */
public class PrintWriterText {
    public static void main(String[] args) throws Exception {
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        pw.print(true);
        pw.print('c');
        pw.print(12);
        pw.print(34L);
        pw.print(1.5f);
        pw.print(2.25);
        pw.print(new char[] {'x', 'y'});
        pw.print((Object) null);
        pw.println();
        pw.printf("%5d|%-4s|%.3f%n", 42, "ab", Math.PI);
        pw.format("%x %o %e%n", 255, 8, 12345.678);
        pw.append("append").append('!').append("xyz", 1, 2);
        pw.println("end");
        pw.flush();
        System.out.print(sw.toString());
        System.out.println("checkError " + pw.checkError());
        pw.close();
        pw.println("after close");
        System.out.println("checkError after close " + pw.checkError());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(bytes, true);
        ps.print("h\u00e9");
        ps.println(3);
        ps.printf("%s-%s%n", "a", 'b');
        ps.write(65);
        ps.flush();
        System.out.println(bytes.size() + " " + bytes.toString(StandardCharsets.UTF_8).replace("\n", "\\n"));
        PrintWriter auto = new PrintWriter(bytes, true);
        auto.println("autoflushed");
        System.out.println(bytes.size());
    }
}
