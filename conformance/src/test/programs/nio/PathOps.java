package nio;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * java.nio.file.Path arithmetic on the default file system, which needs no file access: names, parents, roots,
 * normalize, resolve, resolveSibling, relativize, subpath, startsWith/endsWith, iteration, comparison, toFile.
 * Absolute paths made from the working directory differ between the JVM and Kiln, so none is printed.
 */
public class PathOps {
    public static void main(String[] args) {
        String[] inputs = {"a/b/c.txt", "/usr/local/../bin/./java", "a//b///", "", ".", "..", "/", "x/./y/../../z", "../up/one"};
        for (String in : inputs) {
            Path p = Path.of(in);
            System.out.println("[" + in + "] -> " + p + " name=" + p.getFileName() + " parent=" + p.getParent() + " root=" + p.getRoot()
                    + " count=" + p.getNameCount() + " absolute=" + p.isAbsolute() + " normalize=" + p.normalize());
        }
        Path base = Paths.get("project", "src", "main");
        System.out.println("joined " + base + " " + Path.of("a", "", "b", "/c"));
        System.out.println("resolve " + base.resolve("java/App.java") + " " + base.resolve("/etc") + " " + base.resolve("")
                + " sibling " + base.resolveSibling("test"));
        Path from = Path.of("a/b/c");
        for (String to : new String[] {"a/b/c/d/e", "a/x/y", "a/b/c", "q", ""}) {
            System.out.println("relativize " + from + " -> " + to + " = " + from.relativize(Path.of(to)));
        }
        System.out.println("abs relativize " + Path.of("/a/b").relativize(Path.of("/a/c/d")));
        try {
            Path.of("/a").relativize(Path.of("b"));
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException " + e.getMessage());
        }
        Path p = Path.of("one/two/three/four");
        System.out.println("subpath " + p.subpath(1, 3) + " name(0) " + p.getName(0) + " startsWith " + p.startsWith("one/two")
                + " " + p.startsWith("one/tw") + " endsWith " + p.endsWith("three/four") + " " + p.endsWith(Path.of("four")));
        try {
            p.subpath(2, 9);
        } catch (IllegalArgumentException e) {
            System.out.println("subpath(2, 9) IllegalArgumentException " + e.getMessage());
        }
        List<String> names = new ArrayList<>();
        for (Path name : p) names.add(name.toString());
        System.out.println("iterate " + names);
        System.out.println("equals " + Path.of("a/b").equals(Path.of("a//b/")) + " compareTo " + Integer.signum(Path.of("a").compareTo(Path.of("b")))
                + " hash " + (Path.of("a/b").hashCode() == Path.of("a//b").hashCode()));
        System.out.println("toFile " + Path.of("f/g.txt").toFile().getName() + " " + Path.of("f/g.txt").toFile().getParent()
                + " toAbsolutePath ends " + Path.of("rel").toAbsolutePath().endsWith("rel") + " absolute " + Path.of("rel").toAbsolutePath().isAbsolute());
        System.out.println("fileSystem separator " + Path.of("x").getFileSystem().getSeparator());
        try {
            Path.of("nul\u0000char");
        } catch (InvalidPathException e) {
            System.out.println("InvalidPathException " + e.getMessage() + " index " + e.getIndex());
        }
    }
}
