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
    public static final int ELOOP = 32;
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
     * The rights asked for a file opened for reading: fd_read, fd_seek, fd_tell, fd_advise, fd_filestat_get, and
     * fd_filestat_set_times (JDK 25 sets a file's times through a descriptor it opens for reading, as
     * {@code futimens(2)} allows the owner; Node refuses the call without the right). No path
     * rights are inherited: every path is resolved from the working directory. Hosts refuse rights beyond the
     * preopened directory's (Node with {@code ENOTCAPABLE}), and write rights on a directory (Wasmtime with
     * {@code EISDIR}), so each kind of open asks for what it needs.
     */
    private static final long READ_RIGHTS = 1L << 1 | 1L << 2 | 1L << 5 | 1L << 7 | 1L << 21 | 1L << 23;
    /** Reading and fd_datasync, fd_fdstat_set_flags, fd_sync, fd_write, fd_allocate, fd_filestat_set_size. */
    private static final long WRITE_RIGHTS = READ_RIGHTS | 1L | 1L << 3 | 1L << 4 | 1L << 6 | 1L << 8 | 1L << 22;
    /** A directory to list or to set the times of: fd_readdir, fd_filestat_get, fd_filestat_set_times. */
    private static final long LIST_RIGHTS = 1L << 14 | 1L << 21 | 1L << 23;
    /** {@code lookupflags}: follow a symbolic link at the end of the path. */
    private static final int FOLLOW = 1;
    /** Linux's limit of symbolic links followed in one lookup. */
    private static final int SYMLOOP_MAX = 40;

    /** {@code path_filestat_set_times} and {@code fd_filestat_set_times} flags: set the time given, or now. */
    public static final int ATIM = 1;
    public static final int ATIM_NOW = 2;
    public static final int MTIM = 4;
    public static final int MTIM_NOW = 8;

    /** filestat filetype of a symbolic link. */
    public static final int TYPE_SYMLINK = 7;

    private static final byte[] DOT = {'.'};
    private static final int OPENED = 32;
    private static final int STAT = 64;
    private static final int PATH = Wasi.DATA;

    /** The preopened working directory's descriptor, -1 if there is none, -2 before the first look. */
    private static int root = -2;

    private WasiFiles() {
    }

    /** Opens {@code path} for reading, or reading and writing; returns the new descriptor, or {@code -errno}. */
    public static int open(String path, int oflags, int fdflags, boolean write) {
        return open(path.getBytes(), true, oflags, fdflags, write);
    }

    /** Reads the attributes of {@code path} (following a final symbolic link); returns the errno. */
    public static int stat(String path) {
        return stat(path.getBytes(), true);
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

    /** The device of the last successful {@link #stat}. */
    public static long statDevice() {
        return Memory.loadI64(STAT);
    }

    /** The inode of the last successful {@link #stat}. */
    public static long statInode() {
        return Memory.loadI64(STAT + 8);
    }

    /** The number of hard links of the last successful {@link #stat}. */
    public static long statLinks() {
        return Memory.loadI64(STAT + 24);
    }

    /** The access time, in nanoseconds since the epoch, of the last successful {@link #stat}. */
    public static long statAccessed() {
        return Memory.loadI64(STAT + 40);
    }

    /** The status change time, in nanoseconds since the epoch, of the last successful {@link #stat}. */
    public static long statChanged() {
        return Memory.loadI64(STAT + 56);
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
        int toLen = putPath(to, fromLen + 1);
        if (toLen < 0) {
            return -toLen;
        }
        return Wasi.pathRename(root, PATH, fromLen, root, PATH + fromLen + 1, toLen);
    }

    /**
     * Opens {@code path} (UTF-8 bytes) with the given {@code path_open} flags, following a final symbolic link if
     * {@code follow} (else a final link is {@code ELOOP}, as with {@code O_NOFOLLOW}), for reading ({@code write}
     * false) or for reading and writing; a directory is opened for listing. Returns the new descriptor, or
     * {@code -errno}.
     */
    public static int open(byte[] path, boolean follow, int oflags, int fdflags, boolean write) {
        if ((oflags & O_EXCL) != 0) {
            // O_CREAT | O_EXCL never follows a link: an existing one is EEXIST (Chicory would say ELOOP).
            if (lstat(path) == 0) {
                return -EEXIST;
            }
            follow = false;
        } else if (follow) {
            if (lstatFollowing(path) == ELOOP) {
                return -ELOOP;
            }
            path = resolved;
        } else if (lstat(path) == 0 && statType() == TYPE_SYMLINK) {
            return -ELOOP;
        }
        int len = putPath(path, 0);
        if (len < 0) {
            return len;
        }
        long rights = (oflags & O_DIRECTORY) != 0 ? LIST_RIGHTS : write ? WRITE_RIGHTS : READ_RIGHTS;
        int lookup = follow ? FOLLOW : 0;
        int errno = Wasi.pathOpen(root, lookup, PATH, len, oflags, rights, 0L, fdflags, OPENED);
        if (errno != 0 && errno != ENOENT && !write && (oflags & O_DIRECTORY) == 0) {
            // A directory opened as a file (open(2) with O_RDONLY allows it): hosts that refuse a file's rights on
            // a directory open it with a directory's.
            int again = Wasi.pathOpen(root, lookup, PATH, len, oflags | O_DIRECTORY, LIST_RIGHTS, 0L, fdflags,
                    OPENED);
            if (again == 0) {
                return Memory.loadI32(OPENED);
            }
        }
        return errno != 0 ? -errno : Memory.loadI32(OPENED);
    }

    /** Reads the attributes of {@code path}, following a final symbolic link if {@code follow}; returns the errno. */
    public static int stat(byte[] path, boolean follow) {
        return follow ? lstatFollowing(path) : lstat(path);
    }

    /** The attributes of {@code path} itself (a final symbolic link not followed); returns the errno. */
    private static int lstat(byte[] path) {
        int len = putPath(path, 0);
        if (len < 0) {
            return -len;
        }
        return Wasi.pathFilestatGet(root, 0, PATH, len, STAT);
    }

    /** The path {@link #lstatFollowing} arrived at. */
    private static byte[] resolved;

    /**
     * Follows the symbolic links at the end of {@code path} as the kernel does, each link's contents relative to the
     * link's directory (or, absolute, to the working directory, the root Kiln's paths start from), at most
     * {@link #SYMLOOP_MAX} of them ({@code ELOOP}); leaves the path arrived at in {@link #resolved} and, if it exists,
     * its attributes in the scratch area. Returns the errno of its {@code lstat}. Kiln resolves final links itself
     * because hosts differ: Chicory follows a relative link from the working directory instead of the link's
     * directory, Node ignores the lookup flags of {@code path_open}, and Wasmtime refuses an absolute link target.
     * Links inside the path (a linked directory) are the host's to follow.
     */
    private static int lstatFollowing(byte[] path) {
        for (int hops = 0; ; hops++) {
            int errno = lstat(path);
            if (errno != 0 || statType() != TYPE_SYMLINK) {
                resolved = path;
                return errno;
            }
            if (hops == SYMLOOP_MAX) {
                resolved = path;
                return ELOOP;
            }
            byte[] target = readlink(path);
            if (target == null) {
                resolved = path;
                return lastError;
            }
            path = sibling(path, target);
        }
    }

    /** {@code target} resolved against the directory of {@code link}: itself if absolute or if the link has none. */
    private static byte[] sibling(byte[] link, byte[] target) {
        int slash = link.length - 1;
        while (slash >= 0 && link[slash] != '/') {
            slash--;
        }
        if (slash < 0 || (target.length > 0 && target[0] == '/')) {
            return target;
        }
        byte[] path = new byte[slash + 1 + target.length];
        System.arraycopy(link, 0, path, 0, slash + 1);
        System.arraycopy(target, 0, path, slash + 1, target.length);
        return path;
    }

    /** Creates the directory {@code path}; returns the errno. */
    public static int createDirectory(byte[] path) {
        int len = putPath(path, 0);
        return len < 0 ? -len : Wasi.pathCreateDirectory(root, PATH, len);
    }

    /** Removes the file (not directory) {@code path}; returns the errno. */
    public static int unlink(byte[] path) {
        int len = putPath(path, 0);
        return len < 0 ? -len : Wasi.pathUnlinkFile(root, PATH, len);
    }

    /** Removes the empty directory {@code path}; returns the errno. */
    public static int removeDirectory(byte[] path) {
        int len = putPath(path, 0);
        return len < 0 ? -len : Wasi.pathRemoveDirectory(root, PATH, len);
    }

    /** Renames {@code from} to {@code to} as {@code rename(2)} does; returns the errno. */
    public static int rename(byte[] from, byte[] to) {
        int fromLen = putPath(from, 0);
        if (fromLen < 0) {
            return -fromLen;
        }
        int toLen = putPath(to, fromLen + 1);
        if (toLen < 0) {
            return -toLen;
        }
        return Wasi.pathRename(root, PATH, fromLen, root, PATH + fromLen + 1, toLen);
    }

    /** Makes {@code link} a hard link to the file {@code existing}; returns the errno. */
    public static int link(byte[] existing, byte[] link) {
        int fromLen = putPath(existing, 0);
        if (fromLen < 0) {
            return -fromLen;
        }
        int toLen = putPath(link, fromLen + 1);
        if (toLen < 0) {
            return -toLen;
        }
        return Wasi.pathLink(root, 0, PATH, fromLen, root, PATH + fromLen + 1, toLen);
    }

    /** Makes {@code link} a symbolic link whose contents are {@code target}, unchanged; returns the errno. */
    public static int symlink(byte[] target, byte[] link) {
        int targetLen = putBytes(target, 0, target.length, 0);
        if (targetLen < 0) {
            return -targetLen;
        }
        int linkLen = putPath(link, targetLen + 1);
        if (linkLen < 0) {
            return -linkLen;
        }
        return Wasi.pathSymlink(PATH, targetLen, root, PATH + targetLen + 1, linkLen);
    }

    /** The contents of the symbolic link {@code path}; null if it cannot be read ({@code lastError} says why). */
    public static byte[] readlink(byte[] path) {
        int len = putPath(path, 0);
        if (len < 0) {
            lastError = -len;
            return null;
        }
        int buf = PATH + len + 1;
        int errno = Wasi.pathReadlink(root, PATH, len, buf, Wasi.DATA_SIZE - len - 1, Wasi.OUT);
        if (errno != 0) {
            lastError = errno;
            return null;
        }
        byte[] contents = new byte[Memory.loadI32(Wasi.OUT)];
        Wasi.copyOut(buf, contents, 0, contents.length);
        return contents;
    }

    /**
     * Sets the access and modification times (nanoseconds since the epoch) of {@code path}, of the link itself
     * unless {@code follow}; {@code flags} ({@link #ATIM}, {@link #MTIM}, ...) say which. WASI's timestamps are
     * unsigned, so a time before 1970 is {@code EINVAL} (hosts would store another time). Returns the errno.
     */
    public static int setTimes(byte[] path, boolean follow, long accessed, long modified, int flags) {
        if (beforeEpoch(accessed, modified, flags)) {
            return EINVAL;
        }
        if (follow) {
            int errno = lstatFollowing(path);
            if (errno != 0) {
                return errno;
            }
            path = resolved;
        }
        int len = putPath(path, 0);
        return len < 0 ? -len : Wasi.pathFilestatSetTimes(root, 0, PATH, len, accessed, modified, flags);
    }

    /** As {@link #setTimes(byte[], boolean, long, long, int)}, for the open file {@code fd}. */
    public static int setTimes(int fd, long accessed, long modified, int flags) {
        return beforeEpoch(accessed, modified, flags) ? EINVAL : Wasi.fdFilestatSetTimes(fd, accessed, modified, flags);
    }

    private static boolean beforeEpoch(long accessed, long modified, int flags) {
        return ((flags & ATIM) != 0 && accessed < 0) || ((flags & MTIM) != 0 && modified < 0);
    }

    /** Opens the directory {@code path} for {@link #readDirectory}; returns its descriptor, or {@code -errno}. */
    public static int openDirectory(byte[] path) {
        return open(path, true, O_DIRECTORY, 0, false);
    }

    /**
     * Reads the entries of directory {@code fd} from {@code cookie} (0 for the first) into the data buffer;
     * returns the bytes used, or {@code -errno}. {@link #entryCount}, {@link #entryName} and {@link #entryNext}
     * walk the complete entries in it.
     */
    public static int readDirectory(int fd, long cookie) {
        int errno = Wasi.fdReaddir(fd, Wasi.DATA, Wasi.DATA_SIZE, cookie, Wasi.OUT);
        return errno != 0 ? -errno : Memory.loadI32(Wasi.OUT);
    }

    /**
     * The names of the complete entries among the first {@code used} bytes the last {@link #readDirectory} read
     * (in order, {@code "."} and {@code ".."} included as the host gives them), and in {@code cookies} the cookie
     * after each; a full buffer ends with a cut entry, read again from the last cookie.
     */
    public static byte[][] entries(int used, long[] cookies) {
        int count = 0;
        for (int at = 0; at + 24 <= used; ) {
            int nameLen = Memory.loadI32(Wasi.DATA + at + 16);
            if (at + 24 + nameLen > used) {
                break;
            }
            at += 24 + nameLen;
            count++;
        }
        byte[][] names = new byte[count][];
        int at = 0;
        for (int i = 0; i < count; i++) {
            int nameLen = Memory.loadI32(Wasi.DATA + at + 16);
            names[i] = new byte[nameLen];
            Wasi.copyOut(Wasi.DATA + at + 24, names[i], 0, nameLen);
            if (i < cookies.length) {
                cookies[i] = Memory.loadI64(Wasi.DATA + at);
            }
            at += 24 + nameLen;
        }
        return names;
    }

    /** Whether {@link #readDirectory} filled the whole buffer, so more entries may follow. */
    public static boolean directoryBufferFull(int used) {
        return used >= Wasi.DATA_SIZE;
    }

    /** Writes the data (and, unless {@code dataOnly}, the attributes) of {@code fd} to the device; returns the errno. */
    public static int sync(int fd, boolean dataOnly) {
        return dataOnly ? Wasi.fdDatasync(fd) : Wasi.fdSync(fd);
    }

    /** Copies the rest of the open file {@code src} to {@code dst} ({@link Wasi#copy}); returns the errno. */
    public static int transfer(int dst, int src) {
        return Wasi.copy(dst, src);
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
        int fd = openDirectory(path.getBytes());
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

    /**
     * Linux's {@code strerror} text for the WASI errno, as the JDK's messages quote it ({@link LinuxErrno});
     * {@code ENOTCAPABLE}, which Linux lacks, is {@code "Capabilities insufficient"}.
     */
    public static String message(int errno) {
        return errno == 76 ? "Capabilities insufficient" : LinuxErrno.message(LinuxErrno.fromWasi(errno));
    }

    /**
     * Stores {@code path}, made relative to the working directory, as UTF-8 at {@code PATH + at}; returns its length,
     * or {@code -errno}.
     */
    private static int putPath(String path, int at) {
        return putPath(path.getBytes(), at);
    }

    /** As {@link #putPath(String, int)}, for a path's UTF-8 bytes. */
    private static int putPath(byte[] path, int at) {
        if (root() < 0 || path.length == 0) {
            return -ENOENT;
        }
        int start = 0;
        while (start < path.length && path[start] == '/') {
            start++;
        }
        if (start == path.length) {
            return putBytes(DOT, 0, 1, at);
        }
        return putBytes(path, start, path.length - start, at);
    }

    /**
     * Stores {@code len} bytes of {@code bytes} from {@code off} (a path, or a symbolic link's contents) at
     * {@code PATH + at}, followed by a NUL that WASI does not ask for: Node's {@code uvwasi} reads some paths (in
     * {@code path_filestat_get}) as C strings past their length, and crashes when no NUL follows in memory, where a
     * previous read left file data. Returns the length, or {@code -ENAMETOOLONG}.
     */
    private static int putBytes(byte[] bytes, int off, int len, int at) {
        if (at + len + 1 > Wasi.DATA_SIZE) {
            return -ENAMETOOLONG;
        }
        Wasi.copyIn(bytes, off, PATH + at, len);
        Memory.storeI8(PATH + at + len, 0);
        return len;
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
