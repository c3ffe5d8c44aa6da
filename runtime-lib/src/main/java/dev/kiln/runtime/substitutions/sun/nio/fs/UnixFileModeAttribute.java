package dev.kiln.runtime.substitutions.sun.nio.fs;

import dev.kiln.runtime.Substitute;
import java.nio.file.attribute.FileAttribute;

/**
 * No initial file attributes: the default file system offers no {@code posix} or {@code unix} view on Kiln
 * ({@code LinuxFileSystemProvider}; WASI has no permission bits), so {@code createFile}, {@code createDirectory},
 * {@code newByteChannel} and the like reject a {@code posix:permissions} attribute as the JDK rejects any attribute
 * a file system does not support, with an {@code UnsupportedOperationException} naming it.
 */
final class UnixFileModeAttribute {
    private UnixFileModeAttribute() {
    }

    @Substitute
    static int toUnixMode(int defaultMode, FileAttribute<?>... attrs) {
        if (attrs.length > 0) {
            throw new UnsupportedOperationException("'" + attrs[0].name() + "' not supported as initial attribute");
        }
        return defaultMode;
    }
}
