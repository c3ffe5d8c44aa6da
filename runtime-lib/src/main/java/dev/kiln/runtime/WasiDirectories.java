package dev.kiln.runtime;

/**
 * Open directory streams for {@code java.nio.file}'s {@code opendir}/{@code readdir}/{@code closedir}
 * (the {@code UnixNativeDispatcher} substitution): a handle names a WASI directory descriptor, the cookie of the
 * next entry and the names read ahead from one {@code fd_readdir}. Entries come in the host's order, {@code "."}
 * and {@code ".."} included when the host lists them, as {@code readdir(3)} gives them to the JDK, which skips
 * them itself.
 */
public final class WasiDirectories {
    /** The open streams; handle {@code h} is slot {@code h - 1}, null once closed. */
    private static Stream[] streams = new Stream[4];

    private WasiDirectories() {
    }

    private static final class Stream {
        final int fd;
        long cookie;
        byte[][] names = new byte[0][];
        long[] cookies = new long[0];
        int next;
        boolean ended;

        Stream(int fd) {
            this.fd = fd;
        }
    }

    /** Opens the directory {@code path}; returns a handle (at least 1), or {@code -errno} (WASI's). */
    public static long open(byte[] path) {
        int fd = WasiFiles.openDirectory(path);
        if (fd < 0) {
            return fd;
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
        streams[slot] = new Stream(fd);
        return slot + 1;
    }

    /**
     * The name of the next entry of stream {@code handle}.
     *
     * @return the name's bytes, null at the end; {@link #lastError} is then 0, or the WASI errno of a failure
     */
    public static byte[] next(long handle) {
        Stream s = stream(handle);
        lastError = 0;
        if (s == null) {
            lastError = WasiFiles.EBADF;
            return null;
        }
        while (s.next == s.names.length) {
            if (s.ended) {
                return null;
            }
            int used = WasiFiles.readDirectory(s.fd, s.cookie);
            if (used < 0) {
                lastError = -used;
                return null;
            }
            s.cookies = new long[Math.max(1, used / 24)];
            s.names = WasiFiles.entries(used, s.cookies);
            s.next = 0;
            s.ended = !WasiFiles.directoryBufferFull(used) || s.names.length == 0;
        }
        s.cookie = s.cookies[s.next];
        return s.names[s.next++];
    }

    /** The WASI errno of the last {@link #next} that failed, 0 after one that did not. */
    public static int lastError;

    /** Closes stream {@code handle}; returns the WASI errno. */
    public static int close(long handle) {
        Stream s = stream(handle);
        if (s == null) {
            return WasiFiles.EBADF;
        }
        streams[(int) handle - 1] = null;
        return WasiFiles.close(s.fd);
    }

    private static Stream stream(long handle) {
        return handle >= 1 && handle <= streams.length ? streams[(int) handle - 1] : null;
    }
}
