package dev.kiln.runtime.substitutions.java.io;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import dev.kiln.runtime.FileStreams;
import dev.kiln.runtime.WasiFiles;
import java.io.FileNotFoundException;
import java.io.IOException;
import jdk.internal.access.SharedSecrets;

/**
 * {@code FileOutputStream}'s natives over WASI ({@link WasiFiles}): the file is created or truncated, or opened
 * for appending; the messages are the JDK's on Linux ({@code "name (No such file or directory)"},
 * {@code "Stream Closed"}).
 */
final class FileOutputStream {
    @Alias
    private java.io.FileDescriptor fd;

    private FileOutputStream() {
    }

    @Substitute
    private static void initIDs() {
    }

    @Substitute
    private void open0(String name, boolean append) throws FileNotFoundException {
        SharedSecrets.getJavaIOFileDescriptorAccess().set(fd, FileStreams.openForWriting(name, append));
        // As the JDK's native open records it: a channel of the stream (getChannel) reports the end of the file as its
        // position.
        SharedSecrets.getJavaIOFileDescriptorAccess().setAppend(fd, append);
    }

    @Substitute
    private void write(int b, boolean append) throws IOException {
        FileStreams.write(descriptor(), new byte[] {(byte) b}, 0, 1);
    }

    @Substitute
    private void writeBytes(byte[] b, int off, int len, boolean append) throws IOException {
        FileStreams.checkRange(b, off, len);
        FileStreams.write(descriptor(), b, off, len);
    }

    private int descriptor() throws IOException {
        int d = SharedSecrets.getJavaIOFileDescriptorAccess().get(fd);
        if (d == -1) {
            throw new IOException("Stream Closed");
        }
        return d;
    }
}
