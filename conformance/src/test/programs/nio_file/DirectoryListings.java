package nio_file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Directory listings: Files.list, newDirectoryStream with glob patterns ({@code *}, {@code ?}, {@code [..]},
 * {@code {a,b}}, {@code **}) and with a filter, PathMatcher (glob and regex), a directory of many entries, and what
 * listing a file or a missing directory or using a closed stream does. Directory order is the host's, so every
 * listing is sorted before it is printed.
 */
public class DirectoryListings {
    static List<String> sorted(DirectoryStream<Path> stream) {
        List<String> names = new ArrayList<>();
        for (Path p : stream) {
            names.add(p.getFileName().toString());
        }
        Collections.sort(names);
        return names;
    }

    public static void main(String[] args) throws IOException {
        Path root = Files.createDirectory(Path.of("listings"));
        String[] files = {"a.txt", "b.txt", "c.java", "data1.csv", "data2.csv", "data10.csv", "README", ".hidden", "x.tar.gz"};
        for (String name : files) {
            Files.writeString(root.resolve(name), name);
        }
        Files.createDirectories(root.resolve("sub/deeper"));
        Files.writeString(root.resolve("sub/inner.txt"), "inner");

        try (Stream<Path> s = Files.list(root)) {
            System.out.println("list " + s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()));
        }
        try (Stream<Path> s = Files.list(root)) {
            System.out.println("list paths " + s.map(Path::toString).filter(n -> n.endsWith(".csv")).sorted()
                    .collect(Collectors.toList()));
        }
        try (Stream<Path> s = Files.list(root.resolve("sub/deeper"))) {
            System.out.println("empty directory " + s.count());
        }
        String[] globs = {"*", "*.txt", "*.{txt,java}", "data?.csv", "data*.csv", "[a-b].*", "[!a-b]*", "*.*.*", ".*",
            "README", "sub", "**", "*.TXT", "\\*"};
        for (String glob : globs) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, glob)) {
                System.out.println("glob " + glob + " " + sorted(ds));
            }
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, p -> Files.isDirectory(p))) {
            System.out.println("directories " + sorted(ds));
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, p -> Files.size(p) > 8)) {
            System.out.println("larger than 8 bytes " + sorted(ds));
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, p -> {
            throw new IOException("filter failed on " + p.getFileName().toString().length());
        })) {
            sorted(ds);
        } catch (DirectoryIteratorException e) {
            System.out.println("filter throws: " + e.getCause().getClass().getSimpleName());
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, "[")) {
            System.out.println("bad glob opened");
        } catch (RuntimeException e) {
            System.out.println("bad glob: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }

        DirectoryStream<Path> ds = Files.newDirectoryStream(root);
        Iterator<Path> it = ds.iterator();
        try {
            ds.iterator();
        } catch (IllegalStateException e) {
            System.out.println("second iterator: " + e.getMessage());
        }
        int seen = 0;
        while (it.hasNext() && seen < 3) {
            it.next();
            seen++;
        }
        ds.close();
        System.out.println("after close hasNext " + it.hasNext());
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("next after close: NoSuchElementException");
        }
        DirectoryStream<Path> closed = Files.newDirectoryStream(root);
        closed.close();
        try {
            closed.iterator();
        } catch (IllegalStateException e) {
            System.out.println("iterator of a closed stream: " + e.getMessage());
        }

        try (Stream<Path> s = Files.list(root.resolve("a.txt"))) {
            System.out.println("list of a file " + s.count());
        } catch (IOException e) {
            System.out.println("list of a file: " + e);
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(root.resolve("missing"))) {
            System.out.println("opened");
        } catch (IOException e) {
            System.out.println("stream of a missing directory: " + e);
        }
        Stream<Path> later = Files.list(root);
        Files.writeString(root.resolve("added-after-open.txt"), "late");
        later.close();

        PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:**/*.{csv,txt}");
        PathMatcher regex = FileSystems.getDefault().getPathMatcher("regex:.*data[0-9]+\\.csv");
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> all = s.sorted().collect(Collectors.toList());
            System.out.println("glob matcher " + all.stream().filter(glob::matches).map(Path::toString).collect(Collectors.toList()));
            System.out.println("regex matcher " + all.stream().filter(regex::matches).map(Path::toString).collect(Collectors.toList()));
        }
        try {
            FileSystems.getDefault().getPathMatcher("nosyntax");
        } catch (IllegalArgumentException e) {
            System.out.println("matcher without syntax: " + e.getMessage());
        }
        try {
            FileSystems.getDefault().getPathMatcher("shell:*");
        } catch (UnsupportedOperationException e) {
            System.out.println("unknown syntax: " + e.getMessage());
        }

        Path many = Files.createDirectory(root.resolve("many"));
        for (int i = 0; i < 1500; i++) {
            Files.createFile(many.resolve("entry-with-a-fairly-long-name-number-" + i + ".dat"));
        }
        try (Stream<Path> s = Files.list(many)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
            System.out.println("many " + names.size() + " distinct " + names.stream().distinct().count() + " first "
                    + names.get(0) + " last " + names.get(names.size() - 1));
        }
        try (Stream<Path> s = Files.list(many)) {
            s.forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        Files.delete(many);

        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.forEach(all::add);
        }
        all.sort(Collections.reverseOrder());
        for (Path p : all) {
            Files.delete(p);
        }
        System.out.println("cleaned up " + Files.exists(root));
    }
}
