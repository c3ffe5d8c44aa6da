package dev.kiln.runtime.substitutions.sun.nio.fs;

import dev.kiln.runtime.Alias;

/** Names {@code sun.nio.fs.UnixFileSystem}, a package-private class, for the other substitutions of its package. */
abstract class UnixFileSystem {
    private UnixFileSystem() {
    }

    @Alias
    native String normalizeNativePath(String path);
}
