package dev.kiln.runtime.substitutions.sun.nio.fs;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.LinuxErrno;
import dev.kiln.runtime.Substitute;
import dev.kiln.runtime.WasiDirectories;
import dev.kiln.runtime.WasiFiles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

/**
 * The Unix system calls of {@code java.nio.file}'s default file system over WASI ({@link WasiFiles}), so that the
 * JDK's own {@code UnixFileSystemProvider}, {@code UnixPath}, {@code UnixDirectoryStream} and copy and move code run
 * unchanged in the program's working directory (docs/RUNTIME-CONTRACT.md, "Files").
 *
 * <p>The JDK's wrappers copy a path into native memory ({@code NativeBuffer}, {@code Unsafe.allocateMemory}) and call
 * a native with its address; the substitutes replace the wrappers that take a {@code UnixPath} and pass its bytes to
 * WASI, and the natives that take a descriptor. A failure is a {@code UnixException} with Linux's errno
 * ({@link LinuxErrno}), which the JDK turns into its exceptions and messages ({@code NoSuchFileException},
 * {@code FileAlreadyExistsException}, {@code DirectoryNotEmptyException}, {@code "Not a directory"}, ...).
 *
 * <p>The initializer loads no library and reports no optional call ({@code capabilities} 0): no {@code openat}
 * family, so directory streams are the plain {@code opendir} kind and the {@code *at} calls report {@code ENOSYS};
 * no extended attributes; no birth times; JDK 17 sets times by path ({@code utimes}/{@code lutimes}), JDK 25 by
 * descriptor ({@code futimens}) or path ({@code utimensat}). The current directory is the root of the file system
 * the program sees, runtime-lib's {@code user.dir} {@code "/"}.
 *
 * <p>WASI has no owners and no permission bits: {@code chown}, {@code chmod} and their variants fail with
 * {@code ENOTSUP} (the copy code ignores that, as it ignores failing to copy ownership; the provider offers no
 * {@code posix}, {@code unix} or {@code owner} view, {@code LinuxFileSystemProvider}), {@code access} answers as
 * {@code java.io.File} does on Kiln (an existing file is readable and writable, a directory executable), and the
 * mode a file is created with is ignored. There are no device files or FIFOs ({@code mknod}: {@code ENOTSUP}).
 * Owner and group names ({@code getpwuid}, ...) and file stores ({@code statvfs}, mount tables) stay native: a
 * program reaching them is a compile error naming them. Symbolic and hard links are WASI's ({@code path_symlink},
 * {@code path_readlink}, {@code path_link}), where the engine provides them.
 *
 * <p>Several natives took other names or signatures between JDK 17 and JDK 25 (for example {@code stat1} became
 * {@code stat2}, {@code fstat} became a wrapper of {@code fstat0}); each has one form per range, whose boundary
 * (21) is checked against JDK 17 and 25 only.
 */
final class UnixNativeDispatcher {
    private static final int O_WRONLY = 1;
    private static final int O_RDWR = 2;
    private static final int O_CREAT = 0x40;
    private static final int O_EXCL = 0x80;
    private static final int O_TRUNC = 0x200;
    private static final int O_APPEND = 0x400;
    private static final int O_NOFOLLOW = 0x20000;
    private static final int O_DIRECT = 0x4000;

    private static final int X_OK = 1;

    private static final int SYMLINK_LIMIT = 40;

    @Alias
    private static int capabilities;

    private UnixNativeDispatcher() {
    }

    @Substitute(name = "<clinit>")
    static void clinit() {
        capabilities = 0;
    }

    @Substitute
    private static int init() {
        return 0;
    }

    @Substitute
    static byte[] getcwd() {
        return new byte[] {'/'};
    }

    @Substitute
    static byte[] strerror(int errnum) {
        return LinuxErrno.message(errnum).getBytes(StandardCharsets.UTF_8);
    }

    /** A {@code UnixException} with Linux's errno for the WASI errno {@code wasi}. */
    private static UnixException failure(int wasi) {
        return new UnixException(LinuxErrno.fromWasi(wasi));
    }

    private static byte[] bytes(UnixPath path) {
        return path.getByteArrayForSysCalls();
    }

    // Files and descriptors.

    /**
     * {@code open(2)}: the access mode picks the rights asked for, {@code O_CREAT}, {@code O_EXCL} and
     * {@code O_TRUNC} are WASI's own flags, {@code O_APPEND} its append flag, and {@code O_NOFOLLOW} drops the lookup
     * flag that follows a final symbolic link (WASI then reports {@code ELOOP} for one, as Linux does). The
     * synchronous-write flags are dropped: each {@code fd_write} reaches the host before it returns, as far as the
     * program can observe. {@code O_DIRECT} ({@code ExtendedOpenOption.DIRECT}) is {@code EINVAL}, what Linux says
     * on a file system without direct I/O: WASI has none. The mode is ignored (no permission bits).
     */
    @Substitute
    static int open(UnixPath path, int flags, int mode) throws UnixException {
        if ((flags & O_DIRECT) != 0) {
            throw new UnixException(LinuxErrno.EINVAL);
        }
        int oflags = ((flags & O_CREAT) != 0 ? WasiFiles.O_CREAT : 0) | ((flags & O_EXCL) != 0 ? WasiFiles.O_EXCL : 0)
                | ((flags & O_TRUNC) != 0 ? WasiFiles.O_TRUNC : 0);
        boolean write = (flags & (O_WRONLY | O_RDWR)) != 0;
        int fd = WasiFiles.open(bytes(path), (flags & O_NOFOLLOW) == 0, oflags,
                (flags & O_APPEND) != 0 ? WasiFiles.FD_APPEND : 0, write);
        if (fd < 0) {
            throw failure(-fd);
        }
        if (write && WasiFiles.stat(fd) == 0 && WasiFiles.statType() == WasiFiles.TYPE_DIRECTORY) {
            WasiFiles.close(fd);
            throw new UnixException(LinuxErrno.EISDIR);
        }
        return fd;
    }

    /** Not reached: without the {@code openat} capability the JDK never calls it. */
    @Substitute
    static int openat(int dfd, byte[] path, int flags, int mode) throws UnixException {
        throw new UnixException(LinuxErrno.ENOSYS);
    }

    @Substitute(name = "close0", maxJdk = 20)
    private static void close17(int fd) {
        WasiFiles.close(fd);
    }

    @Substitute(name = "close0", minJdk = 21)
    private static void close25(int fd) throws UnixException {
        int errno = WasiFiles.close(fd);
        if (errno != 0) {
            throw failure(errno);
        }
    }

    /** WASI has no {@code dup}; only the {@code openat} directory streams, never used here, call it. */
    @Substitute
    static int dup(int fd) throws UnixException {
        throw new UnixException(LinuxErrno.ENOSYS);
    }

    // Links, names, directories.

    @Substitute
    static void link(UnixPath existing, UnixPath newfile) throws UnixException {
        check(WasiFiles.link(bytes(existing), bytes(newfile)));
    }

    @Substitute
    static void unlink(UnixPath path) throws UnixException {
        check(WasiFiles.unlink(bytes(path)));
    }

    /** Not reached: without the {@code openat} capability the JDK never calls it. */
    @Substitute
    static void unlinkat(int dfd, byte[] path, int flag) throws UnixException {
        throw new UnixException(LinuxErrno.ENOSYS);
    }

    /** WASI cannot make device files or FIFOs. */
    @Substitute
    static void mknod(UnixPath path, int mode, long dev) throws UnixException {
        throw new UnixException(LinuxErrno.ENOTSUP);
    }

    @Substitute
    static void rename(UnixPath from, UnixPath to) throws UnixException {
        check(WasiFiles.rename(bytes(from), bytes(to)));
    }

    /** Not reached: without the {@code openat} capability the JDK never calls it. */
    @Substitute
    static void renameat(int fromfd, byte[] from, int tofd, byte[] to) throws UnixException {
        throw new UnixException(LinuxErrno.ENOSYS);
    }

    @Substitute
    static void mkdir(UnixPath path, int mode) throws UnixException {
        check(WasiFiles.createDirectory(bytes(path)));
    }

    /**
     * {@code rmdir(2)}. WASI hosts report a path that is no directory as {@code ENOTDIR} (Linux too) and a
     * non-empty one as {@code ENOTEMPTY}, which the JDK turns into {@code DirectoryNotEmptyException}.
     */
    @Substitute
    static void rmdir(UnixPath path) throws UnixException {
        check(WasiFiles.removeDirectory(bytes(path)));
    }

    @Substitute
    static byte[] readlink(UnixPath path) throws UnixException {
        byte[] target = WasiFiles.readlink(bytes(path));
        if (target == null) {
            throw failure(WasiFiles.lastError);
        }
        return target;
    }

    @Substitute
    static void symlink(byte[] name1, UnixPath name2) throws UnixException {
        check(WasiFiles.symlink(name1, bytes(name2)));
    }

    /**
     * {@code realpath(3)}: the absolute path of {@code path} without {@code .}, {@code ..} or symbolic links, each
     * link's contents read and resolved in turn (relative to its directory, or from the root), at most 40 of them
     * ({@code ELOOP}); a missing component is {@code ENOENT}, a component that is no directory {@code ENOTDIR}.
     */
    @Substitute
    static byte[] realpath(UnixPath path) throws UnixException {
        ArrayList<String> todo = new ArrayList<>();
        push(todo, new String(bytes(path), StandardCharsets.UTF_8));
        ArrayList<String> done = new ArrayList<>();
        int links = 0;
        while (!todo.isEmpty()) {
            String name = todo.remove(todo.size() - 1);
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (!done.isEmpty()) {
                    done.remove(done.size() - 1);
                }
                continue;
            }
            done.add(name);
            byte[] candidate = join(done).getBytes(StandardCharsets.UTF_8);
            check(WasiFiles.stat(candidate, false));
            int type = WasiFiles.statType();
            if (type == WasiFiles.TYPE_SYMLINK) {
                if (++links > SYMLINK_LIMIT) {
                    throw new UnixException(LinuxErrno.ELOOP);
                }
                byte[] target = WasiFiles.readlink(candidate);
                if (target == null) {
                    throw failure(WasiFiles.lastError);
                }
                done.remove(done.size() - 1);
                String text = new String(target, StandardCharsets.UTF_8);
                if (text.startsWith("/")) {
                    done.clear();
                }
                push(todo, text);
            } else if (type != WasiFiles.TYPE_DIRECTORY && !todo.isEmpty()) {
                throw new UnixException(LinuxErrno.ENOTDIR);
            }
        }
        return join(done).getBytes(StandardCharsets.UTF_8);
    }

    /** Pushes the names of {@code path} on {@code todo}, the first name last (popped first). */
    private static void push(ArrayList<String> todo, String path) {
        String[] names = path.split("/");
        for (int i = names.length - 1; i >= 0; i--) {
            todo.add(names[i]);
        }
    }

    private static String join(ArrayList<String> names) {
        if (names.isEmpty()) {
            return "/";
        }
        StringBuilder sb = new StringBuilder();
        for (String name : names) {
            sb.append('/').append(name);
        }
        return sb.toString();
    }

    // Attributes.

    @Substitute
    static void stat(UnixPath path, UnixFileAttributes attrs) throws UnixException {
        check(WasiFiles.stat(bytes(path), true));
        attrs.kilnFillFromStat();
    }

    /** JDK 17's quick {@code stat}: the mode, 0 if it fails. */
    @Substitute(name = "stat", maxJdk = 20)
    static int stat17(UnixPath path) {
        if (WasiFiles.stat(bytes(path), true) != 0) {
            return 0;
        }
        return UnixFileAttributes.kilnMode(WasiFiles.statType());
    }

    /** JDK 25's {@code stat} that returns the errno instead of throwing it. */
    @Substitute(name = "stat2", minJdk = 21)
    static int stat25(UnixPath path, UnixFileAttributes attrs) {
        int errno = WasiFiles.stat(bytes(path), true);
        if (errno != 0) {
            return LinuxErrno.fromWasi(errno);
        }
        attrs.kilnFillFromStat();
        return 0;
    }

    @Substitute
    static void lstat(UnixPath path, UnixFileAttributes attrs) throws UnixException {
        check(WasiFiles.stat(bytes(path), false));
        attrs.kilnFillFromStat();
    }

    @Substitute(name = "fstat", maxJdk = 20)
    static void fstat17(int fd, UnixFileAttributes attrs) throws UnixException {
        check(WasiFiles.stat(fd));
        attrs.kilnFillFromStat();
    }

    @Substitute(name = "fstat0", minJdk = 21)
    private static void fstat25(int fd, UnixFileAttributes attrs) throws UnixException {
        check(WasiFiles.stat(fd));
        attrs.kilnFillFromStat();
    }

    /** Not reached: without the {@code openat} capability the JDK never calls it. */
    @Substitute
    static void fstatat(int dfd, byte[] path, int flag, UnixFileAttributes attrs) throws UnixException {
        throw new UnixException(LinuxErrno.ENOSYS);
    }

    // Owners and permissions: none in WASI.

    @Substitute
    static void chown(UnixPath path, int uid, int gid) throws UnixException {
        throw new UnixException(LinuxErrno.ENOTSUP);
    }

    @Substitute
    static void lchown(UnixPath path, int uid, int gid) throws UnixException {
        throw new UnixException(LinuxErrno.ENOTSUP);
    }

    @Substitute(name = "fchown", maxJdk = 20)
    static void fchown17(int fd, int uid, int gid) throws UnixException {
        throw new UnixException(LinuxErrno.ENOTSUP);
    }

    @Substitute(name = "fchown0", minJdk = 21)
    static void fchown25(int fd, int uid, int gid) throws UnixException {
        throw new UnixException(LinuxErrno.ENOTSUP);
    }

    @Substitute
    static void chmod(UnixPath path, int mode) throws UnixException {
        throw new UnixException(LinuxErrno.ENOTSUP);
    }

    @Substitute(name = "fchmod", maxJdk = 20)
    static void fchmod17(int fd, int mode) throws UnixException {
        throw new UnixException(LinuxErrno.ENOTSUP);
    }

    @Substitute(name = "fchmod0", minJdk = 21)
    private static void fchmod25(int fd, int mode) throws UnixException {
        throw new UnixException(LinuxErrno.ENOTSUP);
    }

    // Times. The JDK passes microseconds to the *utimes calls and nanoseconds to futimens/utimensat.

    @Substitute(maxJdk = 20)
    static void utimes(UnixPath path, long times0, long times1) throws UnixException {
        check(WasiFiles.setTimes(bytes(path), true, times0 * 1000, times1 * 1000, WasiFiles.ATIM | WasiFiles.MTIM));
    }

    @Substitute(maxJdk = 20)
    static void lutimes(UnixPath path, long times0, long times1) throws UnixException {
        check(WasiFiles.setTimes(bytes(path), false, times0 * 1000, times1 * 1000, WasiFiles.ATIM | WasiFiles.MTIM));
    }

    @Substitute(name = "futimes", maxJdk = 20)
    static void futimes17(int fd, long times0, long times1) throws UnixException {
        check(WasiFiles.setTimes(fd, times0 * 1000, times1 * 1000, WasiFiles.ATIM | WasiFiles.MTIM));
    }

    @Substitute(name = "futimens", maxJdk = 20)
    static void futimens17(int fd, long times0, long times1) throws UnixException {
        check(WasiFiles.setTimes(fd, times0, times1, WasiFiles.ATIM | WasiFiles.MTIM));
    }

    @Substitute(name = "futimens0", minJdk = 21)
    private static void futimens25(int fd, long times0, long times1) throws UnixException {
        check(WasiFiles.setTimes(fd, times0, times1, WasiFiles.ATIM | WasiFiles.MTIM));
    }

    /** {@code utimensat(2)} relative to the current directory ({@code AT_FDCWD}), the only way the JDK calls it. */
    @Substitute(minJdk = 21)
    static void utimensat(int dfd, UnixPath path, long times0, long times1, int flags) throws UnixException {
        boolean follow = (flags & 0x100) == 0; // AT_SYMLINK_NOFOLLOW
        check(WasiFiles.setTimes(bytes(path), follow, times0, times1, WasiFiles.ATIM | WasiFiles.MTIM));
    }

    // Directory streams.

    @Substitute
    static long opendir(UnixPath path) throws UnixException {
        long handle = WasiDirectories.open(bytes(path));
        if (handle < 0) {
            throw failure((int) -handle);
        }
        return handle;
    }

    /** Not reached: without the {@code openat} capability the JDK never calls it. */
    @Substitute
    static long fdopendir(int dfd) throws UnixException {
        throw new UnixException(LinuxErrno.ENOSYS);
    }

    @Substitute
    static void closedir(long dir) throws UnixException {
        check(WasiDirectories.close(dir));
    }

    @Substitute(name = "readdir", maxJdk = 20)
    static byte[] readdir17(long dir) throws UnixException {
        return nextEntry(dir);
    }

    @Substitute(name = "readdir0", minJdk = 21)
    static byte[] readdir25(long dir) throws UnixException {
        return nextEntry(dir);
    }

    private static byte[] nextEntry(long dir) throws UnixException {
        byte[] name = WasiDirectories.next(dir);
        if (name == null && WasiDirectories.lastError != 0) {
            throw failure(WasiDirectories.lastError);
        }
        return name;
    }

    // Access checks: WASI has no permission bits.

    /** JDK 17's {@code access(2)}: throws on failure. */
    @Substitute(name = "access", maxJdk = 20)
    static void access17(UnixPath path, int amode) throws UnixException {
        int errno = checkAccess(path, amode);
        if (errno != 0) {
            throw new UnixException(errno);
        }
    }

    /** JDK 25's {@code access(2)}: returns the errno. */
    @Substitute(name = "access", minJdk = 21)
    static int access25(UnixPath path, int amode) {
        return checkAccess(path, amode);
    }

    @Substitute(maxJdk = 20)
    static boolean exists(UnixPath path) {
        return WasiFiles.stat(bytes(path), true) == 0;
    }

    /**
     * As {@code java.io.File} on Kiln: an existing file can be read and written, and executed if it is a
     * directory (what a file a program created and a directory allow on Linux with the usual umask); returns
     * Linux's errno.
     */
    private static int checkAccess(UnixPath path, int amode) {
        int errno = WasiFiles.stat(bytes(path), true);
        if (errno != 0) {
            return LinuxErrno.fromWasi(errno);
        }
        if ((amode & X_OK) != 0 && WasiFiles.statType() != WasiFiles.TYPE_DIRECTORY) {
            return LinuxErrno.EACCES;
        }
        return 0;
    }

    private static void check(int wasiErrno) throws UnixException {
        if (wasiErrno != 0) {
            throw failure(wasiErrno);
        }
    }
}
