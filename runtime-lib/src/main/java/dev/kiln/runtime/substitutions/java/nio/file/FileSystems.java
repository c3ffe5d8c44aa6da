package dev.kiln.runtime.substitutions.java.nio.file;

import dev.kiln.runtime.Substitute;
import java.nio.file.FileSystem;

/** The default file system without reflection (see {@link DefaultFileSystemHolder}). */
final class FileSystems {
    private FileSystems() {
    }

    /**
     * The JDK instantiates the provider class named by the system property
     * {@code java.nio.file.spi.DefaultFileSystemProvider} reflectively when it is set, which a Kiln program's fixed
     * properties never are, and asks the provider for its file system by {@code URI} (from JDK 25 parsing a URI
     * reaches the security properties, {@code jdk.includeInExceptions}, and the files they are read from): the
     * platform provider's file system, directly.
     */
    static final class DefaultFileSystemHolder {
        private DefaultFileSystemHolder() {
        }

        @Substitute
        private static FileSystem defaultFileSystem() {
            return sun.nio.fs.DefaultFileSystemProvider.theFileSystem();
        }
    }
}
