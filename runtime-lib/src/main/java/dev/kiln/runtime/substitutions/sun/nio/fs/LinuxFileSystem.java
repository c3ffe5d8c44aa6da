package dev.kiln.runtime.substitutions.sun.nio.fs;

import dev.kiln.runtime.Substitute;
import java.util.Set;

/**
 * The default file system reports the one attribute view it offers on Kiln, {@code basic}
 * ({@code LinuxFileSystemProvider}), and copies no extended attributes: WASI has none.
 */
final class LinuxFileSystem {
    private LinuxFileSystem() {
    }

    @Substitute
    public Set<String> supportedFileAttributeViews() {
        return Set.of("basic");
    }

    /** What {@code copy} with {@code COPY_ATTRIBUTES} asks for besides the basic attributes: nothing to copy. */
    @Substitute
    void copyNonPosixAttributes(int ofd, int nfd) {
    }
}
