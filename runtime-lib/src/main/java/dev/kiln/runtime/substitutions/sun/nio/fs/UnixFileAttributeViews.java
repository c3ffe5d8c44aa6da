package dev.kiln.runtime.substitutions.sun.nio.fs;

import dev.kiln.runtime.Alias;

/** Names {@code sun.nio.fs.UnixFileAttributeViews} and its basic view for the other substitutions of its package. */
final class UnixFileAttributeViews {
    private UnixFileAttributeViews() {
    }

    @Alias
    static native Basic createBasicView(UnixPath file, boolean followLinks);

    /** Stands for {@code UnixFileAttributeViews.Basic}. */
    static final class Basic {
        private Basic() {
        }
    }
}
