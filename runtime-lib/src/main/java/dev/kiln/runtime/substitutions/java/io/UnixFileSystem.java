package dev.kiln.runtime.substitutions.java.io;

import dev.kiln.runtime.Substitute;
import dev.kiln.runtime.WasiFiles;
import java.io.File;
import java.io.IOException;

/**
 * {@code java.io.File}'s file system natives over WASI ({@link WasiFiles}): attributes, length, listing, creating,
 * deleting and renaming files and directories in the program's working directory. The natives were public and
 * named without a {@code 0} up to JDK 20 and are private {@code ...0} methods from JDK 21, so each has a form per
 * range (checked against JDK 17 and 25). WASI has no permission bits, so {@code checkAccess} answers from the
 * file's existence: readable and writable if it exists, executable if it is a directory (what a file the program
 * created and a directory have on Linux with the usual umask). Canonical paths are only normalized ({@code .} and
 * {@code ..} removed), symbolic links are not resolved. Permissions, times and space stay native.
 */
final class UnixFileSystem {
    private static final int EXISTS = 0x01;
    private static final int REGULAR = 0x02;
    private static final int DIRECTORY = 0x04;
    private static final int EXECUTE = 0x01;

    private UnixFileSystem() {
    }

    @Substitute
    private static void initIDs() {
    }

    @Substitute
    private String canonicalize0(String path) throws IOException {
        String[] parts = path.split("/");
        String[] kept = new String[parts.length];
        int n = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (n > 0) {
                    n--;
                }
            } else {
                kept[n++] = part;
            }
        }
        if (n == 0) {
            return "/";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append('/').append(kept[i]);
        }
        return sb.toString();
    }

    @Substitute(name = "getBooleanAttributes0", maxJdk = 20)
    public int getBooleanAttributes17(File f) {
        return attributes(f);
    }

    @Substitute(name = "getBooleanAttributes0", minJdk = 21)
    private int getBooleanAttributes25(File f) {
        return attributes(f);
    }

    @Substitute(name = "checkAccess", maxJdk = 20)
    public boolean checkAccess17(File f, int access) {
        return access(f, access);
    }

    @Substitute(name = "checkAccess0", minJdk = 21)
    private boolean checkAccess25(File f, int access) {
        return access(f, access);
    }

    @Substitute(name = "getLastModifiedTime", maxJdk = 20)
    public long getLastModifiedTime17(File f) {
        return modified(f);
    }

    @Substitute(name = "getLastModifiedTime0", minJdk = 21)
    private long getLastModifiedTime25(File f) {
        return modified(f);
    }

    @Substitute(name = "getLength", maxJdk = 20)
    public long getLength17(File f) {
        return length(f);
    }

    @Substitute(name = "getLength0", minJdk = 21)
    private long getLength25(File f) {
        return length(f);
    }

    @Substitute(name = "createFileExclusively", maxJdk = 20)
    public boolean createFileExclusively17(String path) throws IOException {
        return createExclusively(path);
    }

    @Substitute(name = "createFileExclusively0", minJdk = 21)
    private boolean createFileExclusively25(String path) throws IOException {
        return createExclusively(path);
    }

    @Substitute
    private boolean delete0(File f) {
        String path = f.getPath();
        if (WasiFiles.stat(path) != 0) {
            return false;
        }
        return (WasiFiles.statType() == WasiFiles.TYPE_DIRECTORY
                ? WasiFiles.removeDirectory(path) : WasiFiles.unlink(path)) == 0;
    }

    @Substitute(name = "list", maxJdk = 20)
    public String[] list17(File f) {
        return WasiFiles.list(f.getPath());
    }

    @Substitute(name = "list0", minJdk = 21)
    private String[] list25(File f) {
        return WasiFiles.list(f.getPath());
    }

    @Substitute(name = "createDirectory", maxJdk = 20)
    public boolean createDirectory17(File f) {
        return WasiFiles.createDirectory(f.getPath()) == 0;
    }

    @Substitute(name = "createDirectory0", minJdk = 21)
    private boolean createDirectory25(File f) {
        return WasiFiles.createDirectory(f.getPath()) == 0;
    }

    @Substitute
    private boolean rename0(File f1, File f2) {
        return WasiFiles.rename(f1.getPath(), f2.getPath()) == 0;
    }

    private static int attributes(File f) {
        if (WasiFiles.stat(f.getPath()) != 0) {
            return 0;
        }
        int type = WasiFiles.statType();
        return EXISTS | (type == WasiFiles.TYPE_REGULAR ? REGULAR : 0)
                | (type == WasiFiles.TYPE_DIRECTORY ? DIRECTORY : 0);
    }

    private static boolean access(File f, int access) {
        if (WasiFiles.stat(f.getPath()) != 0) {
            return false;
        }
        return (access & EXECUTE) == 0 || WasiFiles.statType() == WasiFiles.TYPE_DIRECTORY;
    }

    private static long modified(File f) {
        return WasiFiles.stat(f.getPath()) != 0 ? 0 : WasiFiles.statModified() / 1_000_000;
    }

    private static long length(File f) {
        return WasiFiles.stat(f.getPath()) != 0 ? 0 : WasiFiles.statSize();
    }

    private static boolean createExclusively(String path) throws IOException {
        int fd = WasiFiles.open(path, WasiFiles.O_CREAT | WasiFiles.O_EXCL, 0, true);
        if (fd == -WasiFiles.EEXIST) {
            return false;
        }
        if (fd < 0) {
            throw new IOException(WasiFiles.message(-fd));
        }
        WasiFiles.close(fd);
        return true;
    }
}
