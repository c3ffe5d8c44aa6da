package nio_file;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Creating and deleting files and directories, and asking whether they exist: createFile, createDirectory,
 * createDirectories, delete and deleteIfExists, with the JDK's exceptions (FileAlreadyExistsException,
 * NoSuchFileException, DirectoryNotEmptyException, "Not a directory") and their getFile/getReason; exists,
 * notExists, isDirectory, isRegularFile, isReadable, isWritable, isExecutable, isHidden, size.
 */
public class CreateAndDelete {
    interface Action {
        Object run() throws IOException;
    }

    static void show(String label, Action action) {
        try {
            System.out.println(label + ": " + action.run());
        } catch (FileSystemException e) {
            System.out.println(label + ": " + e.getClass().getSimpleName() + " file=" + e.getFile() + " other="
                    + e.getOtherFile() + " reason=" + e.getReason() + " message=" + e.getMessage());
        } catch (IOException | RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    static String describe(Path p) {
        return p + " exists=" + Files.exists(p) + " notExists=" + Files.notExists(p) + " dir=" + Files.isDirectory(p)
                + " file=" + Files.isRegularFile(p) + " link=" + Files.isSymbolicLink(p) + " r=" + Files.isReadable(p)
                + " w=" + Files.isWritable(p) + " x=" + Files.isExecutable(p);
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of("create-delete");
        System.out.println(describe(root));
        show("createDirectory", () -> Files.createDirectory(root));
        System.out.println(describe(root));
        show("createDirectory again", () -> Files.createDirectory(root));
        Path file = root.resolve("file.txt");
        show("createFile", () -> Files.createFile(file));
        System.out.println(describe(file) + " size=" + Files.size(file));
        show("createFile again", () -> Files.createFile(file));
        show("createDirectory over a file", () -> Files.createDirectory(file));
        show("createFile over a directory", () -> Files.createFile(root));
        show("createFile in a missing directory", () -> Files.createFile(root.resolve("none/inner.txt")));
        show("createFile under a file", () -> Files.createFile(file.resolve("inner.txt")));
        show("createDirectory in a missing directory", () -> Files.createDirectory(root.resolve("a/b")));
        // JDK 17 returns the absolute path of the created directories, JDK 25 the path given: print neither.
        show("createDirectories", () -> Files.createDirectories(root.resolve("a/b/c")).endsWith("a/b/c"));
        show("createDirectories existing", () -> Files.createDirectories(root.resolve("a/b")));
        show("createDirectories through a file (class)", () -> {
            try {
                return Files.createDirectories(file.resolve("x/y"));
            } catch (FileSystemException e) {
                return e.getClass().getSimpleName() + " reason=" + e.getReason();
            }
        });
        show("createDirectories onto a file (class)", () -> {
            try {
                return Files.createDirectories(file);
            } catch (FileSystemException e) {
                return e.getClass().getSimpleName();
            }
        });
        Path hidden = root.resolve(".hidden");
        show("hidden", () -> Files.createFile(hidden) + " isHidden=" + Files.isHidden(hidden) + " file isHidden="
                + Files.isHidden(file));
        System.out.println(describe(root.resolve("missing")));
        System.out.println(describe(file.resolve("under-a-file")));
        System.out.println(describe(root.resolve("a/b")));
        show("exists NOFOLLOW_LINKS", () -> Files.exists(file, LinkOption.NOFOLLOW_LINKS) + " "
                + Files.notExists(root.resolve("missing"), LinkOption.NOFOLLOW_LINKS));
        show("size of missing", () -> Files.size(root.resolve("missing")));
        show("size under a file", () -> Files.size(file.resolve("x")));

        show("delete non-empty directory", () -> {
            Files.delete(root.resolve("a"));
            return "deleted";
        });
        try {
            Files.delete(root);
        } catch (DirectoryNotEmptyException e) {
            System.out.println("DirectoryNotEmptyException is a FileSystemException: " + (e instanceof FileSystemException)
                    + " " + e.getFile());
        }
        show("delete missing", () -> {
            Files.delete(root.resolve("missing"));
            return "deleted";
        });
        show("delete under a file", () -> {
            Files.delete(file.resolve("x"));
            return "deleted";
        });
        show("deleteIfExists missing", () -> Files.deleteIfExists(root.resolve("missing")));
        show("deleteIfExists non-empty", () -> Files.deleteIfExists(root.resolve("a/b")));
        show("deleteIfExists empty directory", () -> Files.deleteIfExists(root.resolve("a/b/c")));
        show("deleteIfExists file", () -> Files.deleteIfExists(file) + " then exists=" + Files.exists(file));
        show("delete hidden", () -> {
            Files.delete(hidden);
            return Files.exists(hidden);
        });
        show("delete a/b", () -> {
            Files.delete(root.resolve("a/b"));
            return Files.exists(root.resolve("a/b"));
        });
        show("delete a", () -> {
            Files.delete(root.resolve("a"));
            return Files.exists(root.resolve("a"));
        });
        show("delete root", () -> {
            Files.delete(root);
            return describe(root);
        });
        show("createDirectories of a path ending in ..", () -> Files.createDirectories(Path.of("create-delete/p/q/..")).endsWith(".."));
        show("exists p", () -> Files.isDirectory(Path.of("create-delete/p")) + " " + Files.isDirectory(Path.of("create-delete/p/q")));
        show("delete p/q", () -> Files.deleteIfExists(Path.of("create-delete/p/q")) + " " + Files.deleteIfExists(Path.of("create-delete/p"))
                + " " + Files.deleteIfExists(root));
        System.out.println(describe(root));

        Path temp = Files.createDirectory(Path.of("create-delete-temp"));
        show("createTempFile", () -> {
            Path t = Files.createTempFile(temp, "pre-", ".suf");
            String name = t.getFileName().toString();
            return t.getParent() + " " + name.startsWith("pre-") + " " + name.endsWith(".suf") + " " + (name.length() > 8)
                    + " " + Files.isRegularFile(t) + " size=" + Files.size(t);
        });
        show("createTempFile without prefix and suffix", () -> {
            String name = Files.createTempFile(temp, null, null).getFileName().toString();
            return name.endsWith(".tmp") + " " + (name.length() > 4);
        });
        show("createTempDirectory", () -> {
            Path t = Files.createTempDirectory(temp, "dir-");
            return t.getFileName().toString().startsWith("dir-") + " " + Files.isDirectory(t);
        });
        show("createTempFile with a slash in the prefix", () -> Files.createTempFile(temp, "a/b", null));
        show("createTempFile in a missing directory", () -> {
            try {
                return Files.createTempFile(temp.resolve("missing"), "x", null);
            } catch (IOException e) {
                return e.getClass().getSimpleName(); // the message names the random file
            }
        });
        try (java.util.stream.Stream<Path> s = Files.list(temp)) {
            System.out.println("temporary entries " + s.count());
        }
        try (java.util.stream.Stream<Path> s = Files.list(temp)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Files.delete(p);
            }
        }
        Files.delete(temp);
        System.out.println(describe(temp));
    }
}
