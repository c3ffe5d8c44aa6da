package dev.kiln.runtime;

import java.io.FileNotFoundException;
import java.io.IOException;

/**
 * What the substitutes of {@code FileInputStream}, {@code FileOutputStream} and {@code RandomAccessFile} share:
 * opening a file over {@link WasiFiles} as the JDK's {@code io_util_md.c} does on Linux (a directory cannot be
 * opened as a stream), reading, writing and seeking a descriptor, and the JDK's exceptions for each failure.
 */
public final class FileStreams {
    private FileStreams() {
    }

    /** Opens {@code name} for reading; returns the descriptor. */
    public static int openForReading(String name) throws FileNotFoundException {
        return open(name, 0, 0, false);
    }

    /** Creates or truncates {@code name}, or opens it for appending; returns the descriptor. */
    public static int openForWriting(String name, boolean append) throws FileNotFoundException {
        return open(name, WasiFiles.O_CREAT | (append ? 0 : WasiFiles.O_TRUNC), append ? WasiFiles.FD_APPEND : 0, true);
    }

    /** Opens {@code name} for {@code RandomAccessFile}: read only, or read and write (created if missing). */
    public static int openRandomAccess(String name, boolean write) throws FileNotFoundException {
        return open(name, write ? WasiFiles.O_CREAT : 0, 0, write);
    }

    private static int open(String name, int oflags, int fdflags, boolean write) throws FileNotFoundException {
        int fd = WasiFiles.open(name, oflags, fdflags, write);
        if (fd < 0) {
            throw new FileNotFoundException(name + " (" + WasiFiles.message(-fd) + ")");
        }
        if (WasiFiles.stat(fd) == 0 && WasiFiles.statType() == WasiFiles.TYPE_DIRECTORY) {
            WasiFiles.close(fd);
            throw new FileNotFoundException(name + " (" + WasiFiles.message(WasiFiles.EISDIR) + ")");
        }
        return fd;
    }

    /**
     * Reads up to {@code len} bytes; returns how many, 0 at the end of the file. A file opened by name is read as
     * {@code read(2)} reads a regular file, as much as asked for up to its end ({@link Wasi#readFile}); the standard
     * descriptors return what one {@code fd_read} gives, so that reading a terminal or pipe never waits for more.
     *
     * @throws IOException with the host's reason if the read fails
     */
    public static int read(int fd, byte[] b, int off, int len) throws IOException {
        int n = fd > 2 ? Wasi.readFile(fd, b, off, len, -1) : Wasi.read(fd, b, off, len);
        if (n < 0) {
            throw new IOException(WasiFiles.message(-n));
        }
        return n;
    }

    /** Writes all of {@code b[off, off + len)}; an {@code IOException} with the host's reason if it fails. */
    public static void write(int fd, byte[] b, int off, int len) throws IOException {
        int errno = Wasi.write(fd, b, off, len);
        if (errno != 0) {
            throw new IOException(WasiFiles.message(errno));
        }
    }

    /** Moves the offset; returns the new one. */
    public static long seek(int fd, long offset, int whence) throws IOException {
        long position = WasiFiles.seek(fd, offset, whence);
        if (position < 0) {
            throw new IOException(WasiFiles.message((int) -position));
        }
        return position;
    }

    /** The size of the open file. */
    public static long size(int fd) throws IOException {
        int errno = WasiFiles.stat(fd);
        if (errno != 0) {
            throw new IOException(WasiFiles.message(errno));
        }
        return WasiFiles.statSize();
    }

    /** Sets the size of the open file. */
    public static void setSize(int fd, long size) throws IOException {
        int errno = WasiFiles.setSize(fd, size);
        if (errno != 0) {
            throw new IOException(WasiFiles.message(errno));
        }
    }

    /**
     * The JDK's native range check of the stream methods: a null array is a {@code NullPointerException}, a range
     * outside it an {@code IndexOutOfBoundsException}, both without message.
     */
    public static void checkRange(byte[] b, int off, int len) {
        if (b == null) {
            throw new NullPointerException();
        }
        if (off < 0 || len < 0 || b.length - off < len) {
            throw new IndexOutOfBoundsException();
        }
    }
}
