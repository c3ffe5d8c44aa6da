package nio_file;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Files.walk (with depths), Files.find (with a matcher on attributes) and Files.walkFileTree with visitors that
 * skip subtrees and siblings, terminate early, collect sizes per directory and finally delete the tree bottom-up.
 * Sibling order is the host's, so the visits are recorded and sorted, or the visitor only counts.
 */
public class WalkAndFind {
    public static void main(String[] args) throws IOException {
        Path root = Path.of("walk-find");
        String[] files = {"a/one.txt", "a/two.txt", "a/deep/er/three.txt", "b/four.java", "b/skip/five.txt", "c.txt"};
        for (String name : files) {
            Path p = root.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, name.repeat(3));
        }
        Files.createDirectories(root.resolve("empty"));

        try (Stream<Path> s = Files.walk(root)) {
            System.out.println("walk " + s.map(Path::toString).sorted().collect(Collectors.toList()));
        }
        for (int depth = 0; depth <= 3; depth++) {
            try (Stream<Path> s = Files.walk(root, depth)) {
                System.out.println("walk depth " + depth + " count " + s.count());
            }
        }
        try (Stream<Path> s = Files.walk(root.resolve("c.txt"))) {
            System.out.println("walk of a file " + s.collect(Collectors.toList()));
        }
        try (Stream<Path> s = Files.walk(root.resolve("missing"))) {
            System.out.println("walked " + s.count());
        } catch (NoSuchFileException e) {
            System.out.println("walk of a missing path: " + e);
        }
        try (Stream<Path> s = Files.walk(root, -1)) {
            System.out.println("walked " + s.count());
        } catch (IllegalArgumentException e) {
            System.out.println("negative depth: " + e.getMessage());
        }
        try (Stream<Path> s = Files.find(root, Integer.MAX_VALUE,
                (p, attrs) -> attrs.isRegularFile() && p.toString().endsWith(".txt"))) {
            System.out.println("find .txt " + s.map(p -> root.relativize(p).toString()).sorted().collect(Collectors.toList()));
        }
        try (Stream<Path> s = Files.find(root, 1, (p, attrs) -> attrs.isDirectory())) {
            System.out.println("find directories at depth 1 " + s.map(Path::toString).sorted().collect(Collectors.toList()));
        }
        try (Stream<Path> s = Files.find(root, 10, (p, attrs) -> attrs.size() > 40 && !attrs.isDirectory())) {
            System.out.println("find larger than 40 " + s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()));
        }

        List<String> events = new ArrayList<>();
        TreeMap<String, Long> sizes = new TreeMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<Path>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                events.add("pre " + dir);
                if (dir.endsWith("skip")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                events.add("file " + file + " " + attrs.size() + " regular " + attrs.isRegularFile());
                sizes.merge(file.getParent().toString(), attrs.size(), Long::sum);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
                events.add("post " + dir + " " + exc);
                return FileVisitResult.CONTINUE;
            }
        });
        Collections.sort(events);
        events.forEach(e -> System.out.println("  " + e));
        System.out.println("sizes " + sizes);

        int[] count = new int[1];
        Files.walkFileTree(root, new SimpleFileVisitor<Path>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                count[0]++;
                return count[0] == 2 ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }
        });
        System.out.println("terminated after " + count[0] + " files");

        List<String> shallow = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), 1, new SimpleFileVisitor<Path>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                shallow.add(file.getFileName() + (attrs.isDirectory() ? "/" : ""));
                return FileVisitResult.CONTINUE;
            }
        });
        Collections.sort(shallow);
        System.out.println("depth 1 visits " + shallow);

        List<String> failures = new ArrayList<>();
        Files.walkFileTree(root.resolve("nothing-here"), new SimpleFileVisitor<Path>() {
            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                failures.add(file + " " + exc.getClass().getSimpleName());
                return FileVisitResult.CONTINUE;
            }
        });
        System.out.println("visitFileFailed " + failures);

        List<String> deleted = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<Path>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                deleted.add(file.toString());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                deleted.add(dir + "/");
                return FileVisitResult.CONTINUE;
            }
        });
        System.out.println("deleted " + deleted.size() + " last " + deleted.get(deleted.size() - 1) + " exists "
                + Files.exists(root));
    }
}
