package dev.kiln.runtime.substitutions.java.io;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.FileStreams;
import dev.kiln.runtime.Substitute;
import dev.kiln.runtime.WasiFiles;
import java.io.FileNotFoundException;
import java.io.IOException;
import jdk.internal.access.SharedSecrets;

/**
 * {@code RandomAccessFile}'s natives over WASI ({@link WasiFiles}); the messages are the JDK's on Linux. Several
 * natives got a {@code 0} suffix in JDK 21, so those have a form per range (checked against JDK 17 and 25).
 */
final class RandomAccessFile {
    private static final int READ_WRITE = 2;

    @Alias
    private java.io.FileDescriptor fd;

    private RandomAccessFile() {
    }

    @Substitute
    private static void initIDs() {
    }

    @Substitute
    private void open0(String name, int mode) throws FileNotFoundException {
        SharedSecrets.getJavaIOFileDescriptorAccess().set(fd, FileStreams.openRandomAccess(name, (mode & READ_WRITE) != 0));
    }

    @Substitute
    private int read0() throws IOException {
        byte[] one = new byte[1];
        return FileStreams.read(descriptor(), one, 0, 1) <= 0 ? -1 : one[0] & 0xFF;
    }

    @Substitute(name = "readBytes", maxJdk = 20)
    private int readBytes17(byte[] b, int off, int len) throws IOException {
        return readRange(b, off, len);
    }

    @Substitute(name = "readBytes0", minJdk = 21)
    private int readBytes25(byte[] b, int off, int len) throws IOException {
        return readRange(b, off, len);
    }

    @Substitute
    private void write0(int b) throws IOException {
        FileStreams.write(descriptor(), new byte[] {(byte) b}, 0, 1);
    }

    @Substitute(name = "writeBytes", maxJdk = 20)
    private void writeBytes17(byte[] b, int off, int len) throws IOException {
        FileStreams.checkRange(b, off, len);
        FileStreams.write(descriptor(), b, off, len);
    }

    @Substitute(name = "writeBytes0", minJdk = 21)
    private void writeBytes25(byte[] b, int off, int len) throws IOException {
        FileStreams.checkRange(b, off, len);
        FileStreams.write(descriptor(), b, off, len);
    }

    @Substitute
    public long getFilePointer() throws IOException {
        return FileStreams.seek(descriptor(), 0, WasiFiles.SEEK_CUR);
    }

    @Substitute
    private void seek0(long pos) throws IOException {
        FileStreams.seek(descriptor(), pos, WasiFiles.SEEK_SET);
    }

    @Substitute(name = "length", maxJdk = 20)
    public long length17() throws IOException {
        return FileStreams.size(descriptor());
    }

    @Substitute(name = "length0", minJdk = 21)
    private long length25() throws IOException {
        return FileStreams.size(descriptor());
    }

    @Substitute(name = "setLength", maxJdk = 20)
    public void setLength17(long newLength) throws IOException {
        resize(newLength);
    }

    @Substitute(name = "setLength0", minJdk = 21)
    private void setLength25(long newLength) throws IOException {
        resize(newLength);
    }

    /** As the JDK: the file pointer moves back to the new end if it was beyond it. */
    private void resize(long newLength) throws IOException {
        int d = descriptor();
        long position = FileStreams.seek(d, 0, WasiFiles.SEEK_CUR);
        FileStreams.setSize(d, newLength);
        if (position > newLength) {
            FileStreams.seek(d, newLength, WasiFiles.SEEK_SET);
        }
    }

    private int readRange(byte[] b, int off, int len) throws IOException {
        FileStreams.checkRange(b, off, len);
        if (len == 0) {
            return 0;
        }
        int n = FileStreams.read(descriptor(), b, off, len);
        return n == 0 ? -1 : n;
    }

    private int descriptor() throws IOException {
        int d = SharedSecrets.getJavaIOFileDescriptorAccess().get(fd);
        if (d == -1) {
            throw new IOException("Stream Closed");
        }
        return d;
    }
}
