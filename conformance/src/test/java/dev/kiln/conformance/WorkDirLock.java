package dev.kiln.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes suite runs that share a work directory take turns: two runs writing the same classes and modules
 * would delete each other's files halfway (a root build and a module build in one checkout do exactly that).
 * The lock is held until the test JVM exits.
 */
final class WorkDirLock {
    private static FileLock held;

    private WorkDirLock() {}

    static synchronized void acquire(Path work) {
        if (held != null) return;
        try {
            Files.createDirectories(work);
            Path file = work.resolve(".lock");
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                System.out.println("conformance: another run is using " + work + "; waiting for it to finish");
                lock = channel.lock();
            }
            held = lock;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + work, e);
        }
    }
}
