package dev.kiln.runtime.substitutions.sun.nio.fs;

import dev.kiln.runtime.Alias;
import java.io.IOException;

/**
 * Names {@code sun.nio.fs.UnixException}, a package-private class, for the other substitutions of its package: a
 * substitute's {@code new UnixException(errno)} is the JDK's constructor (this one is dropped).
 */
final class UnixException extends Exception {
    UnixException(int errno) {
    }

    @Alias
    native int errno();

    @Alias
    native void rethrowAsIOException(UnixPath file) throws IOException;

    @Alias
    native void rethrowAsIOException(UnixPath file, UnixPath other) throws IOException;
}
