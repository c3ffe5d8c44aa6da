package dev.kiln.runtime.substitutions.java.io;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import dev.kiln.runtime.FileStreams;
import dev.kiln.runtime.WasiFiles;
import java.io.FileNotFoundException;
import java.io.IOException;
import jdk.internal.access.SharedSecrets;

/**
 * {@code FileInputStream}'s natives over WASI ({@link WasiFiles}), with the messages of the JDK on Linux: a file
 * that cannot be opened is a {@code FileNotFoundException} {@code "name (reason)"} (a directory too,
 * {@code "name (Is a directory)"}), a closed stream an {@code IOException} {@code "Stream Closed"}, a range outside
 * the array an {@code IndexOutOfBoundsException} without message.
 */
final class FileInputStream {
    @Alias
    private java.io.FileDescriptor fd;

    private FileInputStream() {
    }

    @Substitute
    private static void initIDs() {
    }

    @Substitute
    private void open0(String name) throws FileNotFoundException {
        SharedSecrets.getJavaIOFileDescriptorAccess().set(fd, FileStreams.openForReading(name));
    }

    @Substitute
    private int read0() throws IOException {
        byte[] one = new byte[1];
        int n = FileStreams.read(descriptor(), one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Substitute
    private int readBytes(byte[] b, int off, int len) throws IOException {
        FileStreams.checkRange(b, off, len);
        if (len == 0) {
            return 0;
        }
        int n = FileStreams.read(descriptor(), b, off, len);
        return n == 0 ? -1 : n;
    }

    @Substitute
    private long length0() throws IOException {
        return FileStreams.size(descriptor());
    }

    @Substitute
    private long position0() throws IOException {
        return FileStreams.seek(descriptor(), 0, WasiFiles.SEEK_CUR);
    }

    @Substitute
    private long skip0(long n) throws IOException {
        int d = descriptor();
        long current = FileStreams.seek(d, 0, WasiFiles.SEEK_CUR);
        return FileStreams.seek(d, n, WasiFiles.SEEK_CUR) - current;
    }

    @Substitute
    private int available0() throws IOException {
        int d = descriptor();
        if (d <= 2) {
            return 0;
        }
        long left = FileStreams.size(d) - FileStreams.seek(d, 0, WasiFiles.SEEK_CUR);
        return left <= 0 ? 0 : left > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) left;
    }

    @Substitute(minJdk = 21)
    private boolean isRegularFile0(java.io.FileDescriptor d) {
        int n = SharedSecrets.getJavaIOFileDescriptorAccess().get(d);
        return n >= 0 && WasiFiles.stat(n) == 0 && WasiFiles.statType() == WasiFiles.TYPE_REGULAR;
    }

    private int descriptor() throws IOException {
        int d = SharedSecrets.getJavaIOFileDescriptorAccess().get(fd);
        if (d == -1) {
            throw new IOException("Stream Closed");
        }
        return d;
    }
}
