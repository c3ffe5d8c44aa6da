package dev.kiln.runtime;

/**
 * Open directory streams for {@code java.nio.file}'s {@code opendir}/{@code readdir}/{@code closedir}
 * (the {@code UnixNativeDispatcher} substitution). Opening a stream reads all of the directory's entries at once, in
 * the host's order, {@code "."} and {@code ".."} included when the host lists them (as {@code readdir(3)} gives them
 * to the JDK, which skips them itself), and closes the WASI descriptor; {@code readdir} hands them out one by one.
 * Reading ahead is what makes deleting entries while iterating work: WASI hosts number their directory cookies by
 * position in a listing they make afresh for each {@code fd_readdir}, so reading on from a cookie after deletions
 * would skip entries. POSIX leaves it unspecified whether entries added or removed after {@code opendir} are
 * returned.
 */
public final class WasiDirectories {
    /** The open streams' remaining names; handle {@code h} is slot {@code h - 1}, null once closed. */
    private static Stream[] streams = new Stream[4];

    private WasiDirectories() {
    }

    private static final class Stream {
        final byte[][] names;
        int next;

        Stream(byte[][] names) {
            this.names = names;
        }
    }

    /** Opens the directory {@code path} and reads its entries; returns a handle (at least 1), or {@code -errno}. */
    public static long open(byte[] path) {
        int fd = WasiFiles.openDirectory(path);
        if (fd < 0) {
            return fd;
        }
        byte[][] names = new byte[0][];
        try {
            long cookie = 0;
            while (true) {
                int used = WasiFiles.readDirectory(fd, cookie);
                if (used < 0) {
                    return used;
                }
                long[] cookies = new long[Math.max(1, used / 24)];
                byte[][] batch = WasiFiles.entries(used, cookies);
                byte[][] grown = new byte[names.length + batch.length][];
                System.arraycopy(names, 0, grown, 0, names.length);
                System.arraycopy(batch, 0, grown, names.length, batch.length);
                names = grown;
                if (!WasiFiles.directoryBufferFull(used) || batch.length == 0) {
                    break;
                }
                cookie = cookies[batch.length - 1];
            }
        } finally {
            WasiFiles.close(fd);
        }
        int slot = 0;
        while (slot < streams.length && streams[slot] != null) {
            slot++;
        }
        if (slot == streams.length) {
            Stream[] grown = new Stream[slot * 2];
            System.arraycopy(streams, 0, grown, 0, slot);
            streams = grown;
        }
        streams[slot] = new Stream(names);
        return slot + 1;
    }

    /**
     * The name of the next entry of stream {@code handle}.
     *
     * @return the name's bytes, null at the end; {@link #lastError} is then 0, or {@code EBADF} for a handle that
     *     is not open
     */
    public static byte[] next(long handle) {
        Stream s = stream(handle);
        lastError = 0;
        if (s == null) {
            lastError = WasiFiles.EBADF;
            return null;
        }
        return s.next < s.names.length ? s.names[s.next++] : null;
    }

    /** The WASI errno of the last {@link #next} that failed, 0 after one that did not. */
    public static int lastError;

    /** Closes stream {@code handle}; returns the WASI errno. */
    public static int close(long handle) {
        if (stream(handle) == null) {
            return WasiFiles.EBADF;
        }
        streams[(int) handle - 1] = null;
        return 0;
    }

    private static Stream stream(long handle) {
        return handle >= 1 && handle <= streams.length ? streams[(int) handle - 1] : null;
    }
}
