package io;

import java.io.File;

/** java.io.File's path arithmetic, which needs no file system: names, parents, normalization, resolution, order. */
public class FileNames {
    public static void main(String[] args) throws Exception {
        String[] paths = {"a.txt", "dir/sub/file.tar.gz", "dir//double/", "/abs/path", "/", "", ".", "..", "x/./y/../z", "trailing/"};
        for (String p : paths) {
            File f = new File(p);
            System.out.println("[" + p + "] path=" + f.getPath() + " name=" + f.getName() + " parent=" + f.getParent()
                    + " absolute=" + f.isAbsolute() + " toString=" + f);
        }
        File parent = new File("base");
        System.out.println(new File(parent, "child").getPath() + " " + new File("base", "/child").getPath() + " "
                + new File((File) null, "solo").getPath() + " " + new File("", "rel").getPath());
        System.out.println("parentFile " + new File("a/b/c").getParentFile().getParentFile() + " " + new File("a").getParentFile());
        System.out.println("equals " + new File("a/b").equals(new File("a//b/")) + " " + new File("a").equals(new File("A")));
        System.out.println("compareTo " + Integer.signum(new File("a").compareTo(new File("b"))) + " "
                + new File("same").compareTo(new File("same")));
        System.out.println("hash " + (new File("a/b").hashCode() == new File("a/b").hashCode()));
        System.out.println("separator " + File.separator + " " + File.separatorChar + " pathSeparator " + File.pathSeparator);
        System.out.println("canonical suffix " + new File("x/./y/../z").getCanonicalPath().endsWith("/x/z")
                + " absolute suffix " + new File("q").getAbsolutePath().endsWith("/q")
                + " absoluteFile isAbsolute " + new File("q").getAbsoluteFile().isAbsolute());
        System.out.println("toPath " + new File("p/q.txt").toPath() + " " + new File("p/q.txt").toPath().getFileName());
    }
}
