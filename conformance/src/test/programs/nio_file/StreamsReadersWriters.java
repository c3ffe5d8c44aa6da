package nio_file;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Files.newInputStream/newOutputStream (read, skip, available, readNBytes, transferTo, appending, options) and
 * newBufferedReader/newBufferedWriter (charsets, lines, mark/reset, what a closed stream or a malformed byte does),
 * and Files.copy between a path and a stream.
 */
public class StreamsReadersWriters {
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectory(Path.of("streams-rw"));
        Path f = dir.resolve("stream.bin");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(65);
            out.write(new byte[] {66, 67, 68, 69, 70});
            out.write("0123456789".getBytes(StandardCharsets.US_ASCII), 2, 5);
        }
        System.out.println("written " + Files.size(f) + " " + Files.readString(f));
        try (InputStream in = Files.newInputStream(f)) {
            System.out.println("read " + (char) in.read() + " available " + in.available());
            byte[] buf = new byte[3];
            System.out.println("read(buf) " + in.read(buf) + " " + new String(buf, StandardCharsets.US_ASCII));
            System.out.println("skip " + in.skip(2) + " available " + in.available());
            System.out.println("readNBytes " + new String(in.readNBytes(3), StandardCharsets.US_ASCII));
            System.out.println("readAllBytes " + new String(in.readAllBytes(), StandardCharsets.US_ASCII));
            System.out.println("at end " + in.read() + " " + in.read(buf) + " available " + in.available());
            System.out.println("read zero " + in.read(buf, 0, 0));
        }
        InputStream closed = Files.newInputStream(f);
        closed.close();
        closed.close();
        try {
            closed.read();
        } catch (IOException e) {
            System.out.println("read after close: " + e);
        }
        try (OutputStream out = Files.newOutputStream(f, StandardOpenOption.APPEND)) {
            out.write("+tail".getBytes(StandardCharsets.US_ASCII));
        }
        System.out.println("appended " + Files.readString(f));
        try (OutputStream out = Files.newOutputStream(f, StandardOpenOption.WRITE)) {
            out.write('#');
        }
        System.out.println("overwrote one byte " + Files.readString(f));
        try (OutputStream out = Files.newOutputStream(f, StandardOpenOption.CREATE_NEW)) {
            System.out.println("should not open");
        } catch (IOException e) {
            System.out.println("CREATE_NEW: " + e);
        }
        try (InputStream in = Files.newInputStream(dir.resolve("missing"))) {
            System.out.println("should not open");
        } catch (IOException e) {
            System.out.println("missing: " + e);
        }
        try (InputStream in = Files.newInputStream(f, StandardOpenOption.APPEND)) {
            System.out.println("should not open");
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            System.out.println("input with APPEND: " + e);
        }
        try (InputStream in = Files.newInputStream(f); ByteArrayOutputStream sink = new ByteArrayOutputStream()) {
            System.out.println("transferTo " + in.transferTo(sink) + " " + sink);
        }

        Path text = dir.resolve("text.txt");
        try (BufferedWriter w = Files.newBufferedWriter(text)) {
            w.write("line one");
            w.newLine();
            w.write("line two \u00e9\u00e8");
            w.newLine();
            w.append("line three").append('\n');
        }
        System.out.println("writer size " + Files.size(text));
        try (BufferedReader r = Files.newBufferedReader(text)) {
            String line;
            while ((line = r.readLine()) != null) {
                System.out.println("  [" + line + "]");
            }
        }
        try (BufferedReader r = Files.newBufferedReader(text)) {
            System.out.println("markSupported " + r.markSupported() + " read " + (char) r.read());
            r.mark(100);
            System.out.println("readLine " + r.readLine());
            r.reset();
            System.out.println("after reset " + r.readLine() + " skip " + r.skip(5) + " " + r.readLine());
            System.out.println("ready " + r.ready() + " lines " + r.lines().count());
        }
        try (BufferedWriter w = Files.newBufferedWriter(text, StandardCharsets.UTF_16BE)) {
            w.write("wide \u00e9");
        }
        System.out.println("UTF-16BE " + Arrays.toString(Files.readAllBytes(text)));
        try (BufferedReader r = Files.newBufferedReader(text, StandardCharsets.UTF_16BE)) {
            System.out.println("read back " + r.readLine());
        }
        try (BufferedWriter w = Files.newBufferedWriter(text, StandardCharsets.ISO_8859_1, StandardOpenOption.APPEND)) {
            w.write("!");
        }
        System.out.println("appended Latin-1 " + Files.size(text));
        Files.write(text, new byte[] {'o', 'k', '\n', (byte) 0xFF, '\n'});
        try (BufferedReader r = Files.newBufferedReader(text)) {
            System.out.println("first " + r.readLine());
            System.out.println("second " + r.readLine());
        } catch (MalformedInputException e) {
            System.out.println("malformed: " + e);
        }
        try (BufferedWriter w = Files.newBufferedWriter(text, StandardCharsets.US_ASCII)) {
            w.write("caf\u00e9");
        } catch (IOException e) {
            System.out.println("unmappable in ASCII writer: " + e);
        }
        System.out.println("after failed writer size " + Files.size(text));

        try (InputStream in = new java.io.ByteArrayInputStream("copied from a stream".getBytes(StandardCharsets.UTF_8))) {
            System.out.println("copy from stream " + Files.copy(in, dir.resolve("copied.txt")));
        }
        try (InputStream in = new java.io.ByteArrayInputStream(new byte[] {1})) {
            Files.copy(in, dir.resolve("copied.txt"));
        } catch (IOException e) {
            System.out.println("copy onto existing: " + e);
        }
        try (InputStream in = new java.io.ByteArrayInputStream("replaced".getBytes(StandardCharsets.UTF_8))) {
            System.out.println("copy replacing " + Files.copy(in, dir.resolve("copied.txt"), StandardCopyOption.REPLACE_EXISTING));
        }
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        System.out.println("copy to stream " + Files.copy(dir.resolve("copied.txt"), sink) + " " + sink);
        try {
            Files.copy(dir.resolve("missing"), sink);
        } catch (IOException e) {
            System.out.println("copy missing to stream: " + e);
        }

        for (String name : new String[] {"stream.bin", "text.txt", "copied.txt"}) {
            Files.delete(dir.resolve(name));
        }
        Files.delete(dir);
        System.out.println("cleaned up " + Files.exists(dir));
    }
}
