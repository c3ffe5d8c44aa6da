package nio_file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Basic file attributes: readAttributes (class and string forms), getAttribute/setAttribute, the basic view's
 * setTimes, getLastModifiedTime/setLastModifiedTime, isSameFile and file keys. Times the host sets (creation, or a
 * write) are only compared with each other; times the program sets are printed: whole seconds after 1970 (Node's WASI
 * keeps whole seconds, WASI's timestamps have no sign; docs/RUNTIME-CONTRACT.md, "Files"). A directory's size is
 * the host file system's and is not printed.
 */
public class BasicAttributes {
    interface Action {
        Object run() throws IOException;
    }

    static void show(String label, Action action) {
        try {
            System.out.println(label + ": " + action.run());
        } catch (IOException | RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    static String basics(BasicFileAttributes a) {
        return "size=" + a.size() + " dir=" + a.isDirectory() + " file=" + a.isRegularFile() + " link=" + a.isSymbolicLink()
                + " other=" + a.isOther();
    }

    public static void main(String[] args) throws IOException {
        Path root = Files.createDirectory(Path.of("basic-attrs"));
        Path f = Files.writeString(root.resolve("f.txt"), "twelve bytes");
        Path g = Files.writeString(root.resolve("g.txt"), "g");

        BasicFileAttributes fa = Files.readAttributes(f, BasicFileAttributes.class);
        System.out.println("file " + basics(fa));
        BasicFileAttributes da = Files.readAttributes(root, BasicFileAttributes.class);
        System.out.println("dir dir=" + da.isDirectory() + " file=" + da.isRegularFile() + " other=" + da.isOther());
        System.out.println("nofollow " + basics(Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)));
        System.out.println("times set: modified<=now " + (fa.lastModifiedTime().toMillis() <= System.currentTimeMillis() + 5000)
                + " creation<=modified " + (fa.creationTime().compareTo(fa.lastModifiedTime()) <= 0)
                + " modified is getLastModifiedTime " + fa.lastModifiedTime().equals(Files.getLastModifiedTime(f)));
        show("missing", () -> Files.readAttributes(root.resolve("missing"), BasicFileAttributes.class));
        show("under a file", () -> Files.readAttributes(f.resolve("x"), BasicFileAttributes.class));

        show("set modified", () -> Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000_000_000L)) + " "
                + Files.getLastModifiedTime(f));
        show("set modified in the second after 1970", () -> Files.setLastModifiedTime(g, FileTime.from(1, TimeUnit.SECONDS))
                + " " + Files.getLastModifiedTime(g));
        show("set a directory's", () -> Files.setLastModifiedTime(root, FileTime.fromMillis(1_600_000_000_000L)) + " "
                + Files.getLastModifiedTime(root));
        show("set missing", () -> Files.setLastModifiedTime(root.resolve("missing"), FileTime.fromMillis(0)));
        show("set null", () -> Files.setLastModifiedTime(f, null));
        show("modified after set", () -> Files.getLastModifiedTime(f).compareTo(Files.getLastModifiedTime(g)) > 0);
        Files.writeString(g, "rewritten");
        show("a write moves the time forward", () -> Files.getLastModifiedTime(g).compareTo(FileTime.fromMillis(0)) > 0);

        BasicFileAttributeView view = Files.getFileAttributeView(f, BasicFileAttributeView.class);
        show("view name", view::name);
        show("setTimes", () -> {
            view.setTimes(FileTime.fromMillis(1_500_000_000_000L), FileTime.fromMillis(1_400_000_000_000L), null);
            BasicFileAttributes a = view.readAttributes();
            return a.lastModifiedTime() + " " + a.lastAccessTime();
        });
        show("setTimes only access", () -> {
            view.setTimes(null, FileTime.fromMillis(1_300_000_000_000L), null);
            BasicFileAttributes a = view.readAttributes();
            return a.lastModifiedTime() + " " + a.lastAccessTime();
        });
        show("setTimes nothing", () -> {
            view.setTimes(null, null, null);
            return view.readAttributes().lastModifiedTime();
        });

        show("string form", () -> new TreeMap<>(Files.readAttributes(f, "size,isDirectory,isRegularFile,isOther")));
        show("basic:* keys", () -> new TreeMap<>(Files.readAttributes(f, "basic:*")).keySet());
        show("basic:lastModifiedTime", () -> Files.readAttributes(f, "basic:lastModifiedTime"));
        show("unknown attribute", () -> Files.readAttributes(f, "basic:color"));
        show("unknown view", () -> Files.readAttributes(f, "vfs:size"));
        show("getAttribute size", () -> Files.getAttribute(f, "size"));
        show("getAttribute basic:isDirectory", () -> Files.getAttribute(root, "basic:isDirectory"));
        show("getAttribute two names", () -> Files.getAttribute(f, "size,isOther"));
        show("setAttribute lastModifiedTime", () -> Files.setAttribute(f, "basic:lastModifiedTime",
                FileTime.fromMillis(1_700_000_000_000L)) + " " + Files.getLastModifiedTime(f));
        show("setAttribute size", () -> Files.setAttribute(f, "size", 3L));
        show("setAttribute wrong type", () -> Files.setAttribute(f, "lastModifiedTime", "yesterday"));

        show("isSameFile same", () -> Files.isSameFile(f, f));
        show("isSameFile other path", () -> Files.isSameFile(f, Path.of("basic-attrs/../basic-attrs/./f.txt")));
        show("isSameFile different", () -> Files.isSameFile(f, g));
        show("isSameFile missing", () -> Files.isSameFile(f, root.resolve("missing")));
        show("isSameFile equal missing", () -> Files.isSameFile(root.resolve("missing"), root.resolve("missing")));
        show("isSameFile dir", () -> Files.isSameFile(root, Path.of("basic-attrs/")));
        show("fileKey equal", () -> Files.readAttributes(f, BasicFileAttributes.class).fileKey()
                .equals(Files.readAttributes(Path.of("basic-attrs/f.txt"), BasicFileAttributes.class).fileKey()));
        show("fileKey differs", () -> !Files.readAttributes(f, BasicFileAttributes.class).fileKey()
                .equals(Files.readAttributes(g, BasicFileAttributes.class).fileKey()));

        Files.delete(f);
        Files.delete(g);
        Files.delete(root);
        System.out.println("cleaned up " + Files.exists(root));
    }
}
