package dev.kiln.runtime.substitutions.java.nio.file;

import dev.kiln.runtime.Substitute;
import java.nio.file.spi.FileSystemProvider;

/** The default file system's provider without reflection (see {@link DefaultFileSystemHolder}). */
final class FileSystems {
    private FileSystems() {
    }

    /**
     * The JDK instantiates the class named by the system property {@code java.nio.file.spi.DefaultFileSystemProvider}
     * reflectively when it is set, which a Kiln program's fixed properties never are: the platform's provider
     * always.
     */
    static final class DefaultFileSystemHolder {
        private DefaultFileSystemHolder() {
        }

        @Substitute
        private static FileSystemProvider getDefaultProvider() {
            return sun.nio.fs.DefaultFileSystemProvider.instance();
        }
    }
}
