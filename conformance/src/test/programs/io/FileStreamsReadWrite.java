package io;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * FileInputStream/FileOutputStream (truncate, append, skip, available, readAllBytes), FileReader/FileWriter with
 * charsets, PrintWriter to a file, and the JVM's FileNotFoundException messages.
 */
public class FileStreamsReadWrite {
    public static void main(String[] args) throws IOException {
        File dir = new File("stream-scratch");
        dir.mkdir();
        File f = new File(dir, "numbers.bin");
        try (FileOutputStream out = new FileOutputStream(f)) {
            for (int i = 0; i < 300; i++) out.write(i);
            out.write(new byte[] {1, 2, 3, 4, 5}, 1, 3);
        }
        try (FileOutputStream out = new FileOutputStream(f, true)) {
            out.write(new byte[] {9, 9});
        }
        try (FileInputStream in = new FileInputStream(f)) {
            System.out.println("available " + in.available() + " read " + in.read() + " " + in.read());
            System.out.println("skip " + in.skip(250) + " read " + in.read() + " available " + in.available());
            byte[] buf = new byte[100];
            System.out.println("read(buf) " + in.read(buf) + " then " + in.read(buf) + " " + in.read());
        }
        try (InputStream in = new FileInputStream(f.getPath())) {
            byte[] all = in.readAllBytes();
            System.out.println("readAllBytes " + all.length + " last " + all[all.length - 1] + " " + all[255]);
        }
        try (FileOutputStream out = new FileOutputStream(f)) {
            out.write('x');
        }
        System.out.println("truncated length " + f.length());

        File text = new File(dir, "text.txt");
        try (BufferedWriter w = new BufferedWriter(new FileWriter(text, StandardCharsets.UTF_8))) {
            w.write("first line \u00e9\u20ac");
            w.newLine();
            w.write("second");
            w.newLine();
        }
        try (PrintWriter pw = new PrintWriter(new FileWriter(text, true))) {
            pw.printf("%d %s%n", 3, "third");
        }
        System.out.println("text length " + text.length());
        try (BufferedReader r = new BufferedReader(new FileReader(text, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) System.out.println("> " + line);
        }
        try (FileReader r = new FileReader(text, StandardCharsets.ISO_8859_1)) {
            char[] buf = new char[20];
            int n = r.read(buf);
            System.out.println("latin-1 view " + n + " " + (int) buf[11] + " " + (int) buf[12]);
        }

        String[] missing = {"stream-scratch/none.txt", "no-dir/x.txt", "stream-scratch"};
        for (String m : missing) {
            try {
                new FileInputStream(m).close();
            } catch (FileNotFoundException e) {
                System.out.println("read: " + e.getMessage());
            }
        }
        try {
            new FileOutputStream("no-dir/y.txt").close();
        } catch (FileNotFoundException e) {
            System.out.println("write: " + e.getMessage());
        }
        try {
            new FileOutputStream(dir).close();
        } catch (FileNotFoundException e) {
            System.out.println("write dir: " + e.getMessage());
        }
        try {
            new FileReader("stream-scratch/none.txt");
        } catch (FileNotFoundException e) {
            System.out.println("reader: " + e.getMessage());
        }
        FileInputStream closed = new FileInputStream(f);
        closed.close();
        try {
            closed.read();
        } catch (IOException e) {
            System.out.println("closed: " + e.getMessage());
        }
        System.out.println("delete " + f.delete() + " " + text.delete() + " " + dir.delete());
    }
}
