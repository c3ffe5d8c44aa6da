package io;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * java.io.File in a scratch directory under the working directory: mkdir(s), createNewFile, exists/isFile/
 * isDirectory/length, list/listFiles (sorted: directory order is the host's), renameTo, delete. Absolute paths
 * differ between the JVM and Kiln (docs/RUNTIME-CONTRACT.md, "Files"), so none is printed.
 */
public class FileOperations {
    public static void main(String[] args) throws IOException {
        File root = new File("file-ops");
        System.out.println("exists before " + root.exists() + " mkdir " + root.mkdir() + " again " + root.mkdir());
        File nested = new File(root, "a/b/c");
        System.out.println("mkdir nested " + nested.mkdir() + " mkdirs " + nested.mkdirs() + " isDirectory " + nested.isDirectory());
        File f = new File(root, "data.txt");
        System.out.println("createNewFile " + f.createNewFile() + " again " + f.createNewFile() + " length " + f.length());
        try (FileOutputStream out = new FileOutputStream(f)) {
            out.write(new byte[1234]);
        }
        System.out.println("isFile " + f.isFile() + " isDirectory " + f.isDirectory() + " length " + f.length()
                + " canRead " + f.canRead() + " canWrite " + f.canWrite() + " isHidden " + f.isHidden());
        System.out.println("dir canExecute " + root.canExecute() + " length of missing " + new File(root, "none").length());
        File hidden = new File(root, ".hidden");
        hidden.createNewFile();
        System.out.println("hidden " + hidden.isHidden());
        String[] names = root.list();
        Arrays.sort(names);
        System.out.println("list " + Arrays.toString(names));
        File[] files = root.listFiles();
        Arrays.sort(files);
        for (File x : files) System.out.println("  " + x.getPath() + (x.isDirectory() ? "/" : " " + x.length()));
        System.out.println("listFiles filtered " + root.listFiles((d, n) -> n.endsWith(".txt")).length);
        System.out.println("list of a file " + f.list() + " of missing " + new File("missing-dir").list());
        File renamed = new File(root, "a/moved.txt");
        System.out.println("renameTo " + f.renameTo(renamed) + " old " + f.exists() + " new " + renamed.exists() + " " + renamed.length());
        System.out.println("rename missing " + new File(root, "ghost").renameTo(new File(root, "ghost2")));
        File other = new File(root, "other.txt");
        other.createNewFile();
        System.out.println("rename over existing " + other.renameTo(renamed) + " length " + renamed.length());
        System.out.println("delete non-empty " + new File(root, "a").delete() + " missing " + new File(root, "nope").delete());
        System.out.println("createNewFile in missing dir:");
        try {
            new File(root, "no/such/file").createNewFile();
        } catch (IOException e) {
            System.out.println("  IOException " + e.getMessage());
        }
        deleteTree(root);
        System.out.println("after cleanup " + root.exists());
        System.out.println("empty path exists " + new File("").exists() + " dot isDirectory " + new File(".").isDirectory());
    }

    static void deleteTree(File f) {
        File[] children = f.listFiles();
        if (children != null) {
            Arrays.sort(children);
            for (File c : children) deleteTree(c);
        }
        System.out.println("delete " + f.getPath() + " " + f.delete());
    }
}
