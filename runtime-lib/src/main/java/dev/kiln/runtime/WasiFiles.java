package dev.kiln.runtime;

/**
 * Files through WASI preview 1: the program's working directory is the directory the host preopened as
 * {@code "."} (the first preopened directory if none has that name), and every path names a file in it. A
 * relative path is relative to it and an absolute path too, its leading slashes dropped: the working directory is
 * the root of the file system the program sees, which is why runtime-lib's {@code user.dir} is {@code "/"}
 * (docs/RUNTIME-CONTRACT.md, "Files"). Without a preopened directory every path fails with {@code ENOENT}.
 *
 * <p>The operations return WASI errnos (negated where a result shares the value) and leave the last file's
 * attributes in the scratch area for {@link #statType()}, {@link #statSize()} and {@link #statModified()};
 * {@link #message(int)} words an errno as Linux's {@code strerror} does, which is what the JDK's exception messages
 * on Linux contain ({@code x.txt (No such file or directory)}).
 */
public final class WasiFiles {
    public static final int EACCES = 2;
    public static final int EBADF = 8;
    public static final int EEXIST = 20;
    public static final int EINVAL = 28;
    public static final int EISDIR = 31;
    public static final int ENAMETOOLONG = 37;
    public static final int ENOENT = 44;
    public static final int ENOTDIR = 54;
    public static final int ENOTEMPTY = 55;
    public static final int EPERM = 63;

    /** {@code path_open} oflags. */
    public static final int O_CREAT = 1;
    public static final int O_DIRECTORY = 2;
    public static final int O_EXCL = 4;
    public static final int O_TRUNC = 8;
    /** {@code path_open} fdflags: every write appends. */
    public static final int FD_APPEND = 1;

    /** filestat filetypes. */
    public static final int TYPE_DIRECTORY = 3;
    public static final int TYPE_REGULAR = 4;

    public static final int SEEK_SET = 0;
    public static final int SEEK_CUR = 1;
    public static final int SEEK_END = 2;

    /**
     * The rights asked for a file opened for reading: fd_read, fd_seek, fd_tell, fd_advise, fd_filestat_get. No path
     * rights are inherited: every path is resolved from the working directory. Hosts refuse rights beyond the
     * preopened directory's (Node with {@code ENOTCAPABLE}), and write rights on a directory (Wasmtime with
     * {@code EISDIR}), so each kind of open asks for what it needs.
     */
    private static final long READ_RIGHTS = 1L << 1 | 1L << 2 | 1L << 5 | 1L << 7 | 1L << 21;
    /** Reading and fd_datasync, fd_fdstat_set_flags, fd_sync, fd_write, fd_allocate, fd_filestat_set_size/set_times. */
    private static final long WRITE_RIGHTS = READ_RIGHTS | 1L | 1L << 3 | 1L << 4 | 1L << 6 | 1L << 8 | 1L << 22 | 1L << 23;
    /** A directory to list: fd_readdir, fd_filestat_get. */
    private static final long LIST_RIGHTS = 1L << 14 | 1L << 21;
    /** {@code lookupflags}: follow a symbolic link at the end of the path. */
    private static final int FOLLOW = 1;

    private static final int OPENED = 32;
    private static final int STAT = 64;
    private static final int PATH = Wasi.DATA;

    /** The preopened working directory's descriptor, -1 if there is none, -2 before the first look. */
    private static int root = -2;

    private WasiFiles() {
    }

    /** Opens {@code path} for reading, or reading and writing; returns the new descriptor, or {@code -errno}. */
    public static int open(String path, int oflags, int fdflags, boolean write) {
        return open(path, oflags, fdflags, write ? WRITE_RIGHTS : READ_RIGHTS);
    }

    private static int open(String path, int oflags, int fdflags, long rights) {
        int len = putPath(path, 0);
        if (len < 0) {
            return len;
        }
        int errno = Wasi.pathOpen(root, FOLLOW, PATH, len, oflags, rights, 0L, fdflags, OPENED);
        return errno != 0 ? -errno : Memory.loadI32(OPENED);
    }

    /** Reads the attributes of {@code path} (following a final symbolic link); returns the errno. */
    public static int stat(String path) {
        int len = putPath(path, 0);
        if (len < 0) {
            return -len;
        }
        return Wasi.pathFilestatGet(root, FOLLOW, PATH, len, STAT);
    }

    /** Reads the attributes of the open file {@code fd}; returns the errno. */
    public static int stat(int fd) {
        return Wasi.fdFilestatGet(fd, STAT);
    }

    /** The file type of the last successful {@link #stat}. */
    public static int statType() {
        return Memory.loadU8(STAT + 16);
    }

    /** The size in bytes of the last successful {@link #stat}. */
    public static long statSize() {
        return Memory.loadI64(STAT + 32);
    }

    /** The modification time, in nanoseconds since the epoch, of the last successful {@link #stat}. */
    public static long statModified() {
        return Memory.loadI64(STAT + 48);
    }

    /** Creates the directory {@code path}; returns the errno. */
    public static int createDirectory(String path) {
        int len = putPath(path, 0);
        return len < 0 ? -len : Wasi.pathCreateDirectory(root, PATH, len);
    }

    /** Removes the file {@code path}; returns the errno. */
    public static int unlink(String path) {
        int len = putPath(path, 0);
        return len < 0 ? -len : Wasi.pathUnlinkFile(root, PATH, len);
    }

    /** Removes the empty directory {@code path}; returns the errno. */
    public static int removeDirectory(String path) {
        int len = putPath(path, 0);
        return len < 0 ? -len : Wasi.pathRemoveDirectory(root, PATH, len);
    }

    /** Renames {@code from} to {@code to}, replacing a file {@code to}; returns the errno. */
    public static int rename(String from, String to) {
        int fromLen = putPath(from, 0);
        if (fromLen < 0) {
            return -fromLen;
        }
        int toLen = putPath(to, fromLen);
        if (toLen < 0) {
            return -toLen;
        }
        return Wasi.pathRename(root, PATH, fromLen, root, PATH + fromLen, toLen);
    }

    /** Moves the offset of {@code fd}; returns the new offset, or {@code -errno}. */
    public static long seek(int fd, long offset, int whence) {
        int errno = Wasi.fdSeek(fd, offset, whence, Wasi.OUT64);
        return errno != 0 ? -errno : Memory.loadI64(Wasi.OUT64);
    }

    /** Truncates or extends {@code fd} to {@code size} bytes; returns the errno. */
    public static int setSize(int fd, long size) {
        return Wasi.fdFilestatSetSize(fd, size);
    }

    /** Closes {@code fd}; returns the errno. */
    public static int close(int fd) {
        return Wasi.fdClose(fd);
    }

    /**
     * The names in directory {@code path}, without {@code "."} and {@code ".."}, in the host's order; null if it
     * cannot be read ({@code lastError} then says why).
     */
    public static String[] list(String path) {
        int fd = open(path, O_DIRECTORY, 0, LIST_RIGHTS);
        if (fd < 0) {
            lastError = -fd;
            return null;
        }
        String[] names = new String[16];
        int count = 0;
        long cookie = 0;
        try {
            while (true) {
                int errno = Wasi.fdReaddir(fd, Wasi.DATA, Wasi.DATA_SIZE, cookie, Wasi.OUT);
                if (errno != 0) {
                    lastError = errno;
                    return null;
                }
                int used = Memory.loadI32(Wasi.OUT);
                int at = 0;
                boolean progress = false;
                while (at + 24 <= used) {
                    int nameLen = Memory.loadI32(Wasi.DATA + at + 16);
                    if (at + 24 + nameLen > used) {
                        break;
                    }
                    byte[] name = new byte[nameLen];
                    Wasi.copyOut(Wasi.DATA + at + 24, name, 0, nameLen);
                    cookie = Memory.loadI64(Wasi.DATA + at);
                    at += 24 + nameLen;
                    progress = true;
                    String s = new String(name);
                    if (s.equals(".") || s.equals("..")) {
                        continue;
                    }
                    if (count == names.length) {
                        String[] grown = new String[count * 2];
                        System.arraycopy(names, 0, grown, 0, count);
                        names = grown;
                    }
                    names[count++] = s;
                }
                if (used < Wasi.DATA_SIZE || !progress) {
                    break;
                }
            }
        } finally {
            close(fd);
        }
        String[] result = new String[count];
        System.arraycopy(names, 0, result, 0, count);
        return result;
    }

    /** The errno of the last {@link #list} that returned null. */
    public static int lastError;

    /** Linux's {@code strerror} text for the errno, as the JDK's messages quote it. */
    public static String message(int errno) {
        return switch (errno) {
            case EACCES -> "Permission denied";
            case EBADF -> "Bad file descriptor";
            case EEXIST -> "File exists";
            case EINVAL -> "Invalid argument";
            case EISDIR -> "Is a directory";
            case ENAMETOOLONG -> "File name too long";
            case ENOENT -> "No such file or directory";
            case ENOTDIR -> "Not a directory";
            case ENOTEMPTY -> "Directory not empty";
            case EPERM -> "Operation not permitted";
            case 29 -> "Input/output error";
            case 32 -> "Too many levels of symbolic links";
            case 51 -> "No space left on device";
            case 58 -> "Operation not supported";
            case 69 -> "Read-only file system";
            case 75 -> "Invalid cross-device link";
            case 76 -> "Capabilities insufficient";
            default -> "WASI error " + errno;
        };
    }

    /**
     * Stores {@code path}, made relative to the working directory, as UTF-8 at {@code PATH + at}; returns its length,
     * or {@code -errno}.
     */
    private static int putPath(String path, int at) {
        if (root() < 0 || path.isEmpty()) {
            return -ENOENT;
        }
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        String relative = start == path.length() ? "." : path.substring(start);
        byte[] bytes = relative.getBytes();
        if (at + bytes.length > Wasi.DATA_SIZE) {
            return -ENAMETOOLONG;
        }
        Wasi.copyIn(bytes, 0, PATH + at, bytes.length);
        return bytes.length;
    }

    private static int root() {
        if (root == -2) {
            root = findRoot();
        }
        return root;
    }

    /** The descriptor of the preopened directory named {@code "."}, else of the first one, else -1. */
    private static int findRoot() {
        int first = -1;
        for (int fd = 3; fd < 1024; fd++) {
            int errno = Wasi.fdPrestatGet(fd, STAT);
            if (errno == EBADF) {
                break;
            }
            if (errno != 0 || Memory.loadU8(STAT) != 0) {
                continue;
            }
            int nameLen = Memory.loadI32(STAT + 4);
            if (nameLen == 1 && Wasi.fdPrestatDirName(fd, STAT + 8, 1) == 0 && Memory.loadU8(STAT + 8) == '.') {
                return fd;
            }
            if (first < 0) {
                first = fd;
            }
        }
        return first;
    }
}
