package dev.kiln.runtime;

/**
 * WASI preview 1 host functions and Java-friendly helpers over them.
 *
 * <p>The natives take and return only {@code i32}/{@code i64}; pointer arguments are byte offsets into
 * linear memory and every function returns a WASI errno (0 on success), except {@code proc_exit}.
 *
 * <p>The helpers move data through the scratch area {@code [0, 65536)} of linear memory, which the
 * runtime contract reserves for them. Its layout:
 * <pre>
 *   [0, 8)          one iovec {buf: i32, len: i32}
 *   [8, 16)         two i32 out-parameters (sizes, counts, bytes transferred)
 *   [16, 24)        one i64 out-parameter (clock_time_get, fd_seek)
 *   [32, 36)        the descriptor path_open opened (WasiFiles)
 *   [64, 128)       one filestat or prestat (WasiFiles)
 *   [1024, 65536)   data buffer: bytes to write, bytes read, random bytes, argv and environ, directory
 *                   entries, paths and link contents (WasiFiles), or one poll_oneoff clock subscription
 *                   (48 bytes) followed by its event (32 bytes)
 * </pre>
 * Argument or environment blocks larger than the data buffer are fetched into the overflow area from
 * {@link #OVERFLOW} (655360) upwards, growing the memory when needed; like the scratch area it is only used for
 * the duration of one helper call. Between the two, pages 1 to 9 hold the shadow stack's slots, which only the
 * generated code touches (docs/RUNTIME-CONTRACT.md, "Linear memory"); nothing else in a Kiln program uses linear
 * memory.
 *
 * <p>The helpers that move bytes between an array and the host ({@link #write}, {@link #read}, {@link #pread},
 * {@link #pwrite}, {@link #readFile}) take ranges their callers have checked ({@code 0 <= off}, {@code 0 <= len},
 * {@code off + len <= b.length}, as {@code FileStreams.checkRange} and the streams' own checks ensure): the copies
 * behind them are {@link TrustedArrayAccess}, so that writing to a standard stream has no check that could fail.
 */
public final class Wasi {
    /** The import module of all WASI preview 1 functions. */
    public static final String MODULE = "wasi_snapshot_preview1";

    /** {@code clock_time_get} clock id of the wall clock. */
    public static final int CLOCK_REALTIME = 0;
    /** {@code clock_time_get} clock id of the monotonic clock. */
    public static final int CLOCK_MONOTONIC = 1;

    /** errno: resource temporarily unavailable. */
    public static final int EAGAIN = 6;
    /** errno: interrupted function; the helpers retry. */
    public static final int EINTR = 27;
    /** errno: I/O error; the helpers also report it when a host makes no progress. */
    public static final int EIO = 29;

    static final int IOVEC = 0;
    static final int OUT = 8;
    static final int OUT64 = 16;
    static final int DATA = 1024;
    static final int DATA_SIZE = Memory.PAGE_SIZE - DATA;
    /**
     * Where host data that does not fit the scratch page goes, the memory grown to fit: past the shadow stack's
     * slots (pages 1 to 9, the backend's {@code LinearMemory}; {@code LinearMemoryTest} checks the two agree).
     */
    public static final int OVERFLOW = 10 * Memory.PAGE_SIZE;

    private Wasi() {
    }

    /** Writes the data described by {@code iovsLen} iovecs at {@code iovs}; stores the byte count at {@code nwritten}. */
    @Import(module = MODULE, name = "fd_write")
    public static native int fdWrite(int fd, int iovs, int iovsLen, int nwritten);

    /** Reads into the buffers described by {@code iovsLen} iovecs at {@code iovs}; stores the byte count at {@code nread}. */
    @Import(module = MODULE, name = "fd_read")
    public static native int fdRead(int fd, int iovs, int iovsLen, int nread);

    /** Terminates the process with exit status {@code code}; does not return. */
    @Import(module = MODULE, name = "proc_exit")
    public static native void procExit(int code);

    /** Stores the argument count at {@code argc} and the size of the argument strings at {@code argvBufSize}. */
    @Import(module = MODULE, name = "args_sizes_get")
    public static native int argsSizesGet(int argc, int argvBufSize);

    /** Stores argc pointers at {@code argv} to NUL-terminated UTF-8 strings stored at {@code argvBuf}. */
    @Import(module = MODULE, name = "args_get")
    public static native int argsGet(int argv, int argvBuf);

    /** Stores the variable count at {@code count} and the size of the variable strings at {@code bufSize}. */
    @Import(module = MODULE, name = "environ_sizes_get")
    public static native int environSizesGet(int count, int bufSize);

    /** Stores pointers at {@code environ} to NUL-terminated {@code NAME=value} strings stored at {@code environBuf}. */
    @Import(module = MODULE, name = "environ_get")
    public static native int environGet(int environ, int environBuf);

    /** Stores the time of clock {@code id} in nanoseconds at {@code time}, as an i64. */
    @Import(module = MODULE, name = "clock_time_get")
    public static native int clockTimeGet(int id, long precision, int time);

    /** Fills {@code len} bytes at {@code buf} with random data. */
    @Import(module = MODULE, name = "random_get")
    public static native int randomGet(int buf, int len);

    /**
     * Waits for the first of {@code nsubscriptions} subscriptions at {@code in}; stores the events at
     * {@code out} and their count at {@code nevents}.
     */
    @Import(module = MODULE, name = "poll_oneoff")
    public static native int pollOneoff(int in, int out, int nsubscriptions, int nevents);

    /** Stores the preopened directory {@code fd}'s prestat (tag u8, name length u32) at {@code buf}. */
    @Import(module = MODULE, name = "fd_prestat_get")
    public static native int fdPrestatGet(int fd, int buf);

    /** Stores the name of the preopened directory {@code fd} ({@code len} bytes) at {@code path}. */
    @Import(module = MODULE, name = "fd_prestat_dir_name")
    public static native int fdPrestatDirName(int fd, int path, int len);

    /** Opens {@code path} relative to directory {@code fd}; stores the new descriptor at {@code opened}. */
    @Import(module = MODULE, name = "path_open")
    public static native int pathOpen(int fd, int dirflags, int path, int pathLen, int oflags, long rightsBase,
            long rightsInheriting, int fdflags, int opened);

    /** Closes {@code fd}. */
    @Import(module = MODULE, name = "fd_close")
    public static native int fdClose(int fd);

    /** Moves the offset of {@code fd}; stores the new offset (i64) at {@code newOffset}. */
    @Import(module = MODULE, name = "fd_seek")
    public static native int fdSeek(int fd, long offset, int whence, int newOffset);

    /** Stores the attributes of the open file {@code fd} (a 64-byte filestat) at {@code buf}. */
    @Import(module = MODULE, name = "fd_filestat_get")
    public static native int fdFilestatGet(int fd, int buf);

    /** Truncates or extends the open file {@code fd} to {@code size} bytes. */
    @Import(module = MODULE, name = "fd_filestat_set_size")
    public static native int fdFilestatSetSize(int fd, long size);

    /** Stores the attributes of {@code path} relative to directory {@code fd} (a 64-byte filestat) at {@code buf}. */
    @Import(module = MODULE, name = "path_filestat_get")
    public static native int pathFilestatGet(int fd, int flags, int path, int pathLen, int buf);

    /** Reads directory entries of {@code fd} from {@code cookie} into {@code buf}; stores the bytes used at {@code bufUsed}. */
    @Import(module = MODULE, name = "fd_readdir")
    public static native int fdReaddir(int fd, int buf, int bufLen, long cookie, int bufUsed);

    /** Creates the directory {@code path} relative to directory {@code fd}. */
    @Import(module = MODULE, name = "path_create_directory")
    public static native int pathCreateDirectory(int fd, int path, int pathLen);

    /** Removes the file {@code path} relative to directory {@code fd}. */
    @Import(module = MODULE, name = "path_unlink_file")
    public static native int pathUnlinkFile(int fd, int path, int pathLen);

    /** Removes the empty directory {@code path} relative to directory {@code fd}. */
    @Import(module = MODULE, name = "path_remove_directory")
    public static native int pathRemoveDirectory(int fd, int path, int pathLen);

    /** Renames {@code oldPath} (relative to {@code fd}) to {@code newPath} (relative to {@code newFd}). */
    @Import(module = MODULE, name = "path_rename")
    public static native int pathRename(int fd, int oldPath, int oldLen, int newFd, int newPath, int newLen);

    /** Reads at {@code offset} of {@code fd} into the iovecs, without moving its offset; stores the byte count at {@code nread}. */
    @Import(module = MODULE, name = "fd_pread")
    public static native int fdPread(int fd, int iovs, int iovsLen, long offset, int nread);

    /** Writes the iovecs at {@code offset} of {@code fd}, without moving its offset; stores the byte count at {@code nwritten}. */
    @Import(module = MODULE, name = "fd_pwrite")
    public static native int fdPwrite(int fd, int iovs, int iovsLen, long offset, int nwritten);

    /** Writes the data and attributes of {@code fd} to the device. */
    @Import(module = MODULE, name = "fd_sync")
    public static native int fdSync(int fd);

    /** Writes the data of {@code fd} to the device. */
    @Import(module = MODULE, name = "fd_datasync")
    public static native int fdDatasync(int fd);

    /** Sets the access and modification times of the open file {@code fd} (nanoseconds; {@code fstflags} say which). */
    @Import(module = MODULE, name = "fd_filestat_set_times")
    public static native int fdFilestatSetTimes(int fd, long atim, long mtim, int fstflags);

    /** Sets the access and modification times of {@code path} relative to directory {@code fd}. */
    @Import(module = MODULE, name = "path_filestat_set_times")
    public static native int pathFilestatSetTimes(int fd, int flags, int path, int pathLen, long atim, long mtim,
            int fstflags);

    /** Makes {@code newPath} (relative to {@code newFd}) a hard link to {@code oldPath} (relative to {@code oldFd}). */
    @Import(module = MODULE, name = "path_link")
    public static native int pathLink(int oldFd, int oldFlags, int oldPath, int oldLen, int newFd, int newPath,
            int newLen);

    /** Makes {@code newPath} (relative to {@code fd}) a symbolic link whose contents are {@code oldPath}. */
    @Import(module = MODULE, name = "path_symlink")
    public static native int pathSymlink(int oldPath, int oldLen, int fd, int newPath, int newLen);

    /** Reads the contents of the symbolic link {@code path} into {@code buf}; stores the length at {@code bufUsed}. */
    @Import(module = MODULE, name = "path_readlink")
    public static native int pathReadlink(int fd, int path, int pathLen, int buf, int bufLen, int bufUsed);

    /**
     * Writes all of {@code b[off, off + len)} to {@code fd}, in chunks that fit the data buffer.
     *
     * @return 0, or the errno of the first failed {@code fd_write}
     */
    public static int write(int fd, byte[] b, int off, int len) {
        while (len > 0) {
            int chunk = Math.min(len, DATA_SIZE);
            copyIn(b, off, DATA, chunk);
            int done = 0;
            while (done < chunk) {
                Memory.storeI32(IOVEC, DATA + done);
                Memory.storeI32(IOVEC + 4, chunk - done);
                int errno = fdWrite(fd, IOVEC, 1, OUT);
                if (errno == EINTR) {
                    continue;
                }
                if (errno != 0) {
                    return errno;
                }
                int n = Memory.loadI32(OUT);
                if (n <= 0) {
                    return EIO;
                }
                done += n;
            }
            off += chunk;
            len -= chunk;
        }
        return 0;
    }

    /**
     * Reads at most {@code len} bytes (and at most the data buffer's size) from {@code fd} into {@code b}
     * at {@code off}, with one {@code fd_read}.
     *
     * @return the number of bytes read, 0 at end of input, or {@code -errno} on failure
     */
    public static int read(int fd, byte[] b, int off, int len) {
        int chunk = Math.min(len, DATA_SIZE);
        if (chunk <= 0) {
            return 0;
        }
        Memory.storeI32(IOVEC, DATA);
        Memory.storeI32(IOVEC + 4, chunk);
        int errno;
        do {
            errno = fdRead(fd, IOVEC, 1, OUT);
        } while (errno == EINTR);
        if (errno != 0) {
            return -errno;
        }
        int n = Memory.loadI32(OUT);
        copyOut(DATA, b, off, n);
        return n;
    }

    /**
     * Reads at most {@code len} bytes (and at most the data buffer's size) at {@code position} of {@code fd} into
     * {@code b} at {@code off}, with one {@code fd_pread}.
     *
     * @return the number of bytes read, 0 at the end of the file, or {@code -errno} on failure
     */
    public static int pread(int fd, byte[] b, int off, int len, long position) {
        int chunk = Math.min(len, DATA_SIZE);
        if (chunk <= 0) {
            return 0;
        }
        Memory.storeI32(IOVEC, DATA);
        Memory.storeI32(IOVEC + 4, chunk);
        int errno;
        do {
            errno = fdPread(fd, IOVEC, 1, position, OUT);
        } while (errno == EINTR);
        if (errno != 0) {
            return -errno;
        }
        int n = Memory.loadI32(OUT);
        copyOut(DATA, b, off, n);
        return n;
    }

    /**
     * Writes at most {@code len} bytes (and at most the data buffer's size) of {@code b} at {@code off} at
     * {@code position} of {@code fd}, with one {@code fd_pwrite}.
     *
     * @return the number of bytes written, or {@code -errno} on failure
     */
    public static int pwrite(int fd, byte[] b, int off, int len, long position) {
        int chunk = Math.min(len, DATA_SIZE);
        if (chunk <= 0) {
            return 0;
        }
        copyIn(b, off, DATA, chunk);
        Memory.storeI32(IOVEC, DATA);
        Memory.storeI32(IOVEC + 4, chunk);
        int errno;
        do {
            errno = fdPwrite(fd, IOVEC, 1, position, OUT);
        } while (errno == EINTR);
        return errno != 0 ? -errno : Memory.loadI32(OUT);
    }

    /**
     * Reads up to {@code len} bytes of the file {@code fd} into {@code b} at {@code off}, from its offset (moving it)
     * when {@code position} is -1, else from {@code position}: as many {@code fd_read}s as the data buffer needs,
     * stopping at a short one, so that a large read of a regular file returns all it can, as {@code read(2)} does.
     *
     * @return the number of bytes read, 0 at the end of the file, or {@code -errno} if the first read fails (a later
     *     failure ends the read with what was read before it)
     */
    public static int readFile(int fd, byte[] b, int off, int len, long position) {
        int total = 0;
        while (total < len) {
            int want = Math.min(len - total, DATA_SIZE);
            int n = position == -1 ? read(fd, b, off + total, want) : pread(fd, b, off + total, want, position + total);
            if (n < 0) {
                return total > 0 ? total : n;
            }
            total += n;
            if (n < want) {
                break;
            }
        }
        return total;
    }

    /**
     * Copies everything from the offset of {@code src} to its end to {@code dst}, through the data buffer (the bytes
     * never reach the Java heap).
     *
     * @return 0, or the errno of the first failed {@code fd_read} or {@code fd_write}
     */
    public static int copy(int dst, int src) {
        while (true) {
            Memory.storeI32(IOVEC, DATA);
            Memory.storeI32(IOVEC + 4, DATA_SIZE);
            int errno = fdRead(src, IOVEC, 1, OUT);
            if (errno == EINTR) {
                continue;
            }
            if (errno != 0) {
                return errno;
            }
            int n = Memory.loadI32(OUT);
            if (n == 0) {
                return 0;
            }
            int done = 0;
            while (done < n) {
                Memory.storeI32(IOVEC, DATA + done);
                Memory.storeI32(IOVEC + 4, n - done);
                errno = fdWrite(dst, IOVEC, 1, OUT);
                if (errno == EINTR) {
                    continue;
                }
                if (errno != 0) {
                    return errno;
                }
                int written = Memory.loadI32(OUT);
                if (written <= 0) {
                    return EIO;
                }
                done += written;
            }
        }
    }

    /** The program arguments including argv[0], decoded from UTF-8; empty if the host reports an error. */
    public static String[] args() {
        if (argsSizesGet(OUT, OUT + 4) != 0) {
            return new String[0];
        }
        int argc = Memory.loadI32(OUT);
        int bufSize = Memory.loadI32(OUT + 4);
        int base = region((long) argc * 4 + bufSize);
        if (argsGet(base, base + argc * 4) != 0) {
            return new String[0];
        }
        String[] args = new String[argc];
        for (int i = 0; i < argc; i++) {
            args[i] = new String(cString(Memory.loadI32(base + 4 * i), 0));
        }
        return args;
    }

    /** The value of environment variable {@code name}, or null if it is not set. */
    public static String getenv(String name) {
        byte[] key = name.getBytes();
        for (int entry : environEntries()) {
            if (hasKey(entry, key)) {
                return new String(cString(entry, key.length + 1));
            }
        }
        return null;
    }

    /** Every {@code NAME=value} entry of the environment, as the host passes them; empty if it passes none. */
    public static String[] environment() {
        int[] addresses = environEntries();
        String[] entries = new String[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            entries[i] = new String(cString(addresses[i], 0));
        }
        return entries;
    }

    /**
     * The addresses of the environment's NUL-terminated {@code NAME=value} entries, fetched with
     * {@code environ_get} into a transient region (read them before the next helper call); none if the host
     * passes none or fails.
     */
    private static int[] environEntries() {
        if (environSizesGet(OUT, OUT + 4) != 0) {
            return new int[0];
        }
        int count = Memory.loadI32(OUT);
        int bufSize = Memory.loadI32(OUT + 4);
        int base = region((long) count * 4 + bufSize);
        if (environGet(base, base + count * 4) != 0) {
            return new int[0];
        }
        int[] entries = new int[count];
        for (int i = 0; i < count; i++) {
            entries[i] = Memory.loadI32(base + 4 * i);
        }
        return entries;
    }

    /** The time of clock {@code clockId} in nanoseconds, or 0 if the host cannot read it. */
    public static long clockNanos(int clockId) {
        if (clockTimeGet(clockId, 1L, OUT64) != 0) {
            return 0L;
        }
        return Memory.loadI64(OUT64);
    }

    /**
     * Blocks until at least {@code nanos} nanoseconds of the monotonic clock have passed: a relative clock
     * subscription for {@code poll_oneoff}, repeated for what is left if the host wakes up early, and the
     * clock read in a loop if the host cannot poll at all.
     */
    public static void sleepNanos(long nanos) {
        long deadline = clockNanos(CLOCK_MONOTONIC) + nanos;
        for (long left = nanos; left > 0; left = deadline - clockNanos(CLOCK_MONOTONIC)) {
            // subscription: userdata; tag 0 (clock); clock id; timeout; precision; flags 0 (relative timeout)
            Memory.storeI64(DATA, 0L);
            Memory.storeI64(DATA + 8, 0L);
            Memory.storeI64(DATA + 16, CLOCK_MONOTONIC);
            Memory.storeI64(DATA + 24, left);
            Memory.storeI64(DATA + 32, 0L);
            Memory.storeI64(DATA + 40, 0L);
            int errno = pollOneoff(DATA, DATA + 48, 1, OUT);
            if (errno != 0 && errno != EINTR) {
                while (clockNanos(CLOCK_MONOTONIC) < deadline) {
                    // The host offers no way to block: spin on the clock instead.
                }
                return;
            }
        }
    }

    /**
     * Fills {@code b} with random bytes from the host.
     *
     * @return 0, or the errno of the failed {@code random_get}
     */
    public static int randomBytes(byte[] b) {
        for (int off = 0; off < b.length; off += DATA_SIZE) {
            int chunk = Math.min(b.length - off, DATA_SIZE);
            int errno = randomGet(DATA, chunk);
            if (errno != 0) {
                return errno;
            }
            copyOut(DATA, b, off, chunk);
        }
        return 0;
    }

    /** Whether the NUL-terminated string at {@code entry} starts with {@code key} followed by '='. */
    private static boolean hasKey(int entry, byte[] key) {
        for (int i = 0; i < key.length; i++) {
            if (Memory.loadU8(entry + i) != (key[i] & 0xFF)) {
                return false;
            }
        }
        return Memory.loadU8(entry + key.length) == '=';
    }

    /** The bytes of the NUL-terminated string at {@code address + skip}. */
    private static byte[] cString(int address, int skip) {
        int start = address + skip;
        int end = start;
        while (Memory.loadU8(end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end - start];
        copyOut(start, bytes, 0, bytes.length);
        return bytes;
    }

    /** A transient region of {@code size} bytes: the data buffer, or the overflow area grown to fit. */
    private static int region(long size) {
        if (size <= DATA_SIZE) {
            return DATA;
        }
        long pages = (OVERFLOW + size + Memory.PAGE_SIZE - 1) / Memory.PAGE_SIZE;
        int current = Memory.size();
        if (pages > Integer.MAX_VALUE || (pages > current && Memory.grow((int) pages - current) < 0)) {
            throw new OutOfMemoryError("cannot grow linear memory to " + pages + " pages for host data");
        }
        return OVERFLOW;
    }

    /** Copies {@code b[off, off + len)} to linear memory at {@code address}: a range of {@code b} the caller checked. */
    @TrustedArrayAccess
    static void copyIn(byte[] b, int off, int address, int len) {
        int i = 0;
        for (; i + 4 <= len; i += 4) {
            int o = off + i;
            Memory.storeI32(address + i,
                    (b[o] & 0xFF) | (b[o + 1] & 0xFF) << 8 | (b[o + 2] & 0xFF) << 16 | b[o + 3] << 24);
        }
        for (; i < len; i++) {
            Memory.storeI8(address + i, b[off + i]);
        }
    }

    /** Copies {@code len} bytes of linear memory at {@code address} to {@code b[off, off + len)}: a range the caller checked. */
    @TrustedArrayAccess
    static void copyOut(int address, byte[] b, int off, int len) {
        int i = 0;
        for (; i + 4 <= len; i += 4) {
            int word = Memory.loadI32(address + i);
            int o = off + i;
            b[o] = (byte) word;
            b[o + 1] = (byte) (word >> 8);
            b[o + 2] = (byte) (word >> 16);
            b[o + 3] = (byte) (word >> 24);
        }
        for (; i < len; i++) {
            b[off + i] = (byte) Memory.loadU8(address + i);
        }
    }
}
