package nio_file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Files.readAllBytes/write(bytes), readAllLines/write(lines) and lines(): line terminators, empty lines, charsets,
 * appending lines, a stream of lines that is filtered, limited and closed early, and a file of several hundred
 * kilobytes (more than one read or write of the host at a time).
 */
public class BytesAndLines {
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectory(Path.of("bytes-lines"));
        Path bin = dir.resolve("data.bin");
        byte[] data = new byte[256];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        Files.write(bin, data);
        byte[] back = Files.readAllBytes(bin);
        System.out.println("bytes " + back.length + " equal " + Arrays.equals(data, back) + " size " + Files.size(bin));
        Files.write(bin, new byte[] {1, 2, 3}, StandardOpenOption.APPEND);
        System.out.println("appended " + Files.size(bin) + " last " + Files.readAllBytes(bin)[258]);
        Files.write(bin, new byte[0]);
        System.out.println("emptied " + Files.readAllBytes(bin).length);

        Path text = dir.resolve("lines.txt");
        Files.write(text, "alpha\nbeta\r\ngamma\rdelta\n\n\nlast".getBytes(StandardCharsets.US_ASCII));
        List<String> lines = Files.readAllLines(text);
        System.out.println(lines.size() + " lines " + lines);
        try (Stream<String> s = Files.lines(text)) {
            System.out.println("lines() " + s.map(l -> "[" + l + "]").collect(Collectors.joining()));
        }
        try (Stream<String> s = Files.lines(text)) {
            System.out.println("non-empty " + s.filter(l -> !l.isEmpty()).count());
        }
        try (Stream<String> s = Files.lines(text)) {
            System.out.println("first two " + s.limit(2).collect(Collectors.toList()));
        }
        try (Stream<String> s = Files.lines(text)) {
            System.out.println("parallel sorted " + s.parallel().sorted().collect(Collectors.toList()));
        }

        Files.write(text, List.of("one", "two", "", "four"));
        System.out.println("written lines " + Arrays.toString(Files.readAllBytes(text)));
        Files.write(text, List.of("five"), StandardOpenOption.APPEND);
        System.out.println("after append " + Files.readAllLines(text));
        Files.write(text, List.of("\u00e9t\u00e9", "\u4e2d\u6587"), StandardCharsets.UTF_16LE);
        System.out.println("UTF-16LE size " + Files.size(text) + " " + Files.readAllLines(text, StandardCharsets.UTF_16LE));
        Files.write(text, List.of("caf\u00e9"), StandardCharsets.ISO_8859_1);
        System.out.println("Latin-1 " + Files.readAllLines(text, StandardCharsets.ISO_8859_1));
        try {
            System.out.println(Files.readAllLines(text));
        } catch (IOException e) {
            System.out.println("Latin-1 read as UTF-8: " + e);
        }
        try (Stream<String> s = Files.lines(text)) {
            System.out.println(s.count());
        } catch (UncheckedIOException e) {
            System.out.println("lines() of Latin-1 as UTF-8: " + e.getCause());
        }
        Files.write(text, Arrays.asList("x", "y"), StandardCharsets.UTF_8);
        Files.write(text, new ArrayList<String>(), StandardOpenOption.TRUNCATE_EXISTING);
        System.out.println("no lines " + Files.readAllLines(text) + " size " + Files.size(text));
        try {
            Files.readAllLines(dir.resolve("missing.txt"));
        } catch (IOException e) {
            System.out.println("missing: " + e);
        }
        try {
            Files.lines(dir.resolve("missing.txt"));
        } catch (IOException e) {
            System.out.println("lines of missing: " + e);
        }

        Path big = dir.resolve("big.txt");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            many.add("line " + i + " " + "x".repeat(i % 17));
        }
        Files.write(big, many);
        System.out.println("big size " + Files.size(big));
        List<String> read = Files.readAllLines(big);
        System.out.println("big lines " + read.size() + " equal " + read.equals(many) + " last " + read.get(read.size() - 1));
        byte[] all = Files.readAllBytes(big);
        int sum = 0;
        for (byte b : all) {
            sum = sum * 31 + b;
        }
        System.out.println("big bytes " + all.length + " hash " + sum);
        try (Stream<String> s = Files.lines(big)) {
            System.out.println("big lines() containing 999: " + s.filter(l -> l.contains("999")).count());
        }
        byte[] huge = new byte[40_000];
        for (int i = 0; i < huge.length; i++) {
            huge[i] = (byte) (i * 7 + i / 1000);
        }
        Files.write(big, huge);
        System.out.println("binary roundtrip " + Arrays.equals(huge, Files.readAllBytes(big)));

        for (String name : new String[] {"data.bin", "lines.txt", "big.txt"}) {
            Files.delete(dir.resolve(name));
        }
        Files.delete(dir);
        System.out.println("cleaned up " + Files.exists(dir));
    }
}
