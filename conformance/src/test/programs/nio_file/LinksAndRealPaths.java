package nio_file;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Path.toAbsolutePath and toRealPath (printed relative to the working directory, since absolute paths differ
 * between the JVM and Kiln), symbolic links with relative targets inside the working directory (to files and
 * directories, chains of them, a dangling one, a loop) and hard links: reading through them, their attributes with
 * and without NOFOLLOW_LINKS, readSymbolicLink, isSameFile, walking with FOLLOW_LINKS, and deleting a link without
 * its target.
 */
public class LinksAndRealPaths {
    interface Action {
        Object run() throws IOException;
    }

    static final Path CWD = Path.of("").toAbsolutePath();

    static void show(String label, Action action) {
        try {
            System.out.println(label + ": " + action.run());
        } catch (IOException | RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    static Object real(Path p, LinkOption... options) throws IOException {
        Path r = p.toRealPath(options);
        return r.isAbsolute() + " " + CWD.relativize(r);
    }

    public static void main(String[] args) throws IOException {
        Files.createDirectories(Path.of("links/dir/sub"));
        Path root = Path.of("links");
        Path file = Files.writeString(root.resolve("dir/file.txt"), "the target");

        show("toAbsolutePath", () -> {
            Path abs = Path.of("links/dir/../dir/file.txt").toAbsolutePath();
            return abs.isAbsolute() + " " + CWD.relativize(abs) + " " + abs.startsWith(CWD) + " " + abs.endsWith("file.txt");
        });
        show("toAbsolutePath of an absolute path", () -> CWD.resolve("x").toAbsolutePath().equals(CWD.resolve("x")));
        show("toRealPath", () -> real(Path.of("links/dir/./sub/../file.txt")));
        show("toRealPath of the working directory", () -> CWD.equals(Path.of(".").toRealPath()) + " "
                + CWD.equals(Path.of("").toRealPath()));
        show("toRealPath of a missing file", () -> real(root.resolve("dir/missing")));
        show("toRealPath through a file", () -> real(root.resolve("dir/file.txt/x")));

        show("symbolic link to a file", () -> Files.createSymbolicLink(root.resolve("link"), Path.of("dir/file.txt")));
        show("symbolic link to a directory", () -> Files.createSymbolicLink(root.resolve("dirlink"), Path.of("dir")));
        // A target that starts with ".." is refused by Node's WASI (docs/RUNTIME-CONTRACT.md, "Files").
        show("link to a link", () -> Files.createSymbolicLink(root.resolve("chain"), Path.of("link")));
        show("link exists", () -> Files.createSymbolicLink(root.resolve("link"), Path.of("dir")));
        show("readSymbolicLink", () -> Files.readSymbolicLink(root.resolve("link")) + " "
                + Files.readSymbolicLink(root.resolve("chain")));
        show("readSymbolicLink of a file", () -> Files.readSymbolicLink(file));
        show("readSymbolicLink of a missing path", () -> Files.readSymbolicLink(root.resolve("missing")));
        show("read through the link", () -> Files.readString(root.resolve("link")));
        show("read through the chain", () -> Files.readString(root.resolve("chain")));
        show("read through the directory link", () -> Files.readString(root.resolve("dirlink/file.txt")));
        show("types", () -> Files.isSymbolicLink(root.resolve("link")) + " " + Files.isRegularFile(root.resolve("link")) + " "
                + Files.isRegularFile(root.resolve("link"), LinkOption.NOFOLLOW_LINKS) + " "
                + Files.isDirectory(root.resolve("dirlink")) + " " + Files.isDirectory(root.resolve("dirlink"), LinkOption.NOFOLLOW_LINKS));
        show("attributes", () -> {
            BasicFileAttributes followed = Files.readAttributes(root.resolve("link"), BasicFileAttributes.class);
            BasicFileAttributes itself = Files.readAttributes(root.resolve("link"), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return followed.size() + " " + followed.isRegularFile() + " / " + itself.size() + " " + itself.isSymbolicLink();
        });
        show("toRealPath of the link", () -> real(root.resolve("link")));
        show("toRealPath of the chain", () -> real(root.resolve("chain")));
        show("toRealPath NOFOLLOW_LINKS", () -> real(root.resolve("chain"), LinkOption.NOFOLLOW_LINKS));
        show("toRealPath through the directory link", () -> real(root.resolve("dirlink/sub")));
        show("isSameFile through links", () -> Files.isSameFile(file, root.resolve("chain")) + " "
                + Files.isSameFile(root.resolve("dir"), root.resolve("dirlink")));
        show("write through the link", () -> {
            Files.writeString(root.resolve("link"), " appended", StandardOpenOption.APPEND);
            return Files.readString(file);
        });
        show("size through the link", () -> Files.size(root.resolve("link")));
        show("open NOFOLLOW_LINKS", () -> Files.newByteChannel(root.resolve("link"), LinkOption.NOFOLLOW_LINKS));
        show("walk", () -> {
            try (Stream<Path> s = Files.walk(root)) {
                return s.map(Path::toString).sorted().collect(Collectors.toList());
            }
        });
        show("walk FOLLOW_LINKS", () -> {
            try (Stream<Path> s = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
                return s.map(Path::toString).sorted().collect(Collectors.toList());
            }
        });

        show("dangling link", () -> Files.createSymbolicLink(root.resolve("dangling"), Path.of("nowhere.txt")));
        show("dangling exists", () -> Files.exists(root.resolve("dangling")) + " "
                + Files.exists(root.resolve("dangling"), LinkOption.NOFOLLOW_LINKS) + " " + Files.notExists(root.resolve("dangling")));
        show("read a dangling link", () -> Files.readString(root.resolve("dangling")));
        show("toRealPath of a dangling link", () -> real(root.resolve("dangling")));
        show("write through a dangling link", () -> {
            Files.writeString(root.resolve("dangling"), "made through the link");
            return Files.readString(root.resolve("nowhere.txt"));
        });
        show("createFile on a link", () -> Files.createFile(root.resolve("dangling")));
        show("loop", () -> Files.createSymbolicLink(root.resolve("loop1"), Path.of("loop2")) + " "
                + Files.createSymbolicLink(root.resolve("loop2"), Path.of("loop1")));
        show("read a loop", () -> Files.readString(root.resolve("loop1")));
        show("toRealPath of a loop", () -> real(root.resolve("loop1")));
        show("exists of a loop", () -> Files.exists(root.resolve("loop1")) + " " + Files.notExists(root.resolve("loop1")));
        show("delete the loop", () -> {
            Files.delete(root.resolve("loop1"));
            Files.delete(root.resolve("loop2"));
            return Files.exists(root.resolve("loop2"), LinkOption.NOFOLLOW_LINKS);
        });

        show("hard link", () -> Files.createLink(root.resolve("hard.txt"), file));
        show("hard link reads the same", () -> Files.readString(root.resolve("hard.txt")) + " " + Files.isSameFile(file,
                root.resolve("hard.txt")) + " " + Files.isSymbolicLink(root.resolve("hard.txt")));
        show("hard link to a missing file", () -> Files.createLink(root.resolve("hard2.txt"), root.resolve("missing")));
        show("hard link onto an existing name", () -> Files.createLink(root.resolve("hard.txt"), file));
        show("delete the original", () -> {
            Files.delete(file);
            return Files.readString(root.resolve("hard.txt")) + " " + Files.exists(root.resolve("link"));
        });
        show("delete links", () -> {
            Files.delete(root.resolve("link"));
            Files.delete(root.resolve("dirlink"));
            Files.delete(root.resolve("dangling"));
            return Files.isDirectory(root.resolve("dir")) + " " + Files.exists(root.resolve("nowhere.txt"));
        });
        for (String name : new String[] {"chain", "dir/sub", "dir", "hard.txt", "nowhere.txt", ""}) {
            Files.delete(root.resolve(name));
        }
        System.out.println("cleaned up " + Files.exists(root, LinkOption.NOFOLLOW_LINKS));
    }
}
