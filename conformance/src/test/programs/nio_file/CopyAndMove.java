package nio_file;

import java.io.IOException;
import java.nio.file.CopyOption;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Files.copy and Files.move between paths: new targets, existing targets with and without REPLACE_EXISTING,
 * directories (a copied directory is empty, a moved one keeps its contents), ATOMIC_MOVE (rename(2), which replaces
 * a file or an empty directory), COPY_ATTRIBUTES (the modification time follows), a file copied or moved onto
 * itself, and the exceptions with their files and reasons.
 */
public class CopyAndMove {
    interface Action {
        Object run() throws IOException;
    }

    static void show(String label, Action action) {
        try {
            System.out.println(label + ": " + action.run());
        } catch (FileSystemException e) {
            System.out.println(label + ": " + e.getClass().getSimpleName() + " file=" + e.getFile() + " other="
                    + e.getOtherFile() + " reason=" + e.getReason());
        } catch (IOException | RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    static String tree(Path root) throws IOException {
        List<String> entries = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String name = root.relativize(p).toString();
                entries.add(Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? name + "/" : name + "=" + Files.readString(p));
            }
        }
        Collections.sort(entries);
        return entries.toString();
    }

    public static void main(String[] args) throws IOException {
        Path root = Files.createDirectory(Path.of("copy-move"));
        Path a = Files.writeString(root.resolve("a.txt"), "alpha");
        Path b = Files.writeString(root.resolve("b.txt"), "bravo");
        Files.createDirectories(root.resolve("full/inner"));
        Files.writeString(root.resolve("full/inner/deep.txt"), "deep");
        Files.writeString(root.resolve("full/top.txt"), "top");
        Files.createDirectory(root.resolve("empty"));

        show("copy to new", () -> Files.copy(a, root.resolve("a-copy.txt")));
        show("copy onto existing", () -> Files.copy(a, b));
        show("copy REPLACE_EXISTING", () -> Files.copy(a, b, StandardCopyOption.REPLACE_EXISTING) + " " + Files.readString(b));
        show("copy onto itself", () -> Files.copy(a, a));
        show("copy onto itself by another path", () -> Files.copy(a, Path.of("copy-move/empty/../a.txt")));
        show("copy missing", () -> Files.copy(root.resolve("missing"), root.resolve("x")));
        show("copy into a missing directory", () -> Files.copy(a, root.resolve("none/a.txt")));
        show("copy a directory", () -> Files.copy(root.resolve("full"), root.resolve("full-copy")) + " "
                + tree(root.resolve("full-copy")));
        show("copy file onto a non-empty directory", () -> Files.copy(a, root.resolve("full"), StandardCopyOption.REPLACE_EXISTING));
        show("copy file onto an empty directory", () -> Files.copy(a, root.resolve("full-copy"), StandardCopyOption.REPLACE_EXISTING)
                + " " + Files.isRegularFile(root.resolve("full-copy")));
        show("copy a directory onto a file", () -> Files.copy(root.resolve("empty"), root.resolve("a-copy.txt"),
                StandardCopyOption.REPLACE_EXISTING) + " " + Files.isDirectory(root.resolve("a-copy.txt")));
        show("copy with an unsupported option", () -> Files.copy(a, root.resolve("x"), StandardCopyOption.ATOMIC_MOVE));
        show("copy with null options", () -> Files.copy(a, root.resolve("x"), (CopyOption[]) null));

        Files.setLastModifiedTime(a, FileTime.fromMillis(1_234_567_890_000L));
        show("COPY_ATTRIBUTES", () -> Files.copy(a, root.resolve("attrs.txt"), StandardCopyOption.COPY_ATTRIBUTES) + " "
                + Files.getLastModifiedTime(root.resolve("attrs.txt")));
        show("without COPY_ATTRIBUTES", () -> Files.copy(a, root.resolve("plain.txt")) + " same time "
                + Files.getLastModifiedTime(root.resolve("plain.txt")).equals(Files.getLastModifiedTime(a)));
        Files.setLastModifiedTime(root.resolve("empty"), FileTime.fromMillis(1_111_111_111_000L));
        show("COPY_ATTRIBUTES of a directory", () -> Files.copy(root.resolve("empty"), root.resolve("empty-attrs"),
                StandardCopyOption.COPY_ATTRIBUTES) + " " + Files.getLastModifiedTime(root.resolve("empty-attrs")));

        show("move to new", () -> Files.move(root.resolve("plain.txt"), root.resolve("moved.txt")) + " "
                + Files.exists(root.resolve("plain.txt")) + " " + Files.readString(root.resolve("moved.txt")));
        show("move onto existing", () -> Files.move(root.resolve("moved.txt"), b));
        show("move REPLACE_EXISTING", () -> Files.move(root.resolve("moved.txt"), b, StandardCopyOption.REPLACE_EXISTING)
                + " " + Files.readString(b));
        show("move missing", () -> Files.move(root.resolve("missing"), root.resolve("x")));
        show("move onto itself", () -> Files.move(b, b) + " " + Files.exists(b));
        show("move a directory with contents", () -> Files.move(root.resolve("full"), root.resolve("full-moved")) + " "
                + tree(root.resolve("full-moved")) + " old " + Files.exists(root.resolve("full")));
        show("move a directory into itself", () -> Files.move(root.resolve("empty"), root.resolve("empty/sub")));
        show("move file onto a non-empty directory", () -> Files.move(b, root.resolve("full-moved"),
                StandardCopyOption.REPLACE_EXISTING));
        show("move into a missing directory", () -> Files.move(b, root.resolve("none/b.txt")));
        show("ATOMIC_MOVE to new", () -> Files.move(b, root.resolve("b2.txt"), StandardCopyOption.ATOMIC_MOVE));
        show("ATOMIC_MOVE onto a file", () -> Files.move(root.resolve("b2.txt"), root.resolve("attrs.txt"),
                StandardCopyOption.ATOMIC_MOVE) + " " + Files.readString(root.resolve("attrs.txt")));
        show("ATOMIC_MOVE file onto a directory", () -> Files.move(root.resolve("attrs.txt"), root.resolve("empty"),
                StandardCopyOption.ATOMIC_MOVE));
        show("ATOMIC_MOVE directory onto a non-empty directory", () -> Files.move(root.resolve("empty"),
                root.resolve("full-moved"), StandardCopyOption.ATOMIC_MOVE));
        show("ATOMIC_MOVE directory onto a file", () -> Files.move(root.resolve("empty"), root.resolve("attrs.txt"),
                StandardCopyOption.ATOMIC_MOVE));
        show("ATOMIC_MOVE directory onto an empty directory", () -> Files.move(root.resolve("empty-attrs"),
                root.resolve("empty"), StandardCopyOption.ATOMIC_MOVE) + " " + Files.exists(root.resolve("empty-attrs")));
        show("move with COPY_ATTRIBUTES", () -> Files.move(root.resolve("attrs.txt"), root.resolve("kept.txt"),
                StandardCopyOption.COPY_ATTRIBUTES));
        byte[] big = new byte[150_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31 + i / 977);
        }
        Files.write(root.resolve("big.bin"), big);
        show("copy a large file", () -> Files.copy(root.resolve("big.bin"), root.resolve("big-copy.bin")) + " "
                + java.util.Arrays.equals(big, Files.readAllBytes(root.resolve("big-copy.bin"))));
        show("copy an empty file", () -> Files.copy(Files.createFile(root.resolve("zero.bin")), root.resolve("zero-copy.bin"))
                + " " + Files.size(root.resolve("zero-copy.bin")));
        Files.delete(root.resolve("big.bin"));
        Files.delete(root.resolve("big-copy.bin"));
        Files.delete(root.resolve("zero.bin"));
        Files.delete(root.resolve("zero-copy.bin"));
        show("tree", () -> tree(root));

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
