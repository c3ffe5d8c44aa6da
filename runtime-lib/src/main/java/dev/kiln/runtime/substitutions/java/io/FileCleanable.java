package dev.kiln.runtime.substitutions.java.io;

import dev.kiln.runtime.Substitute;
import dev.kiln.runtime.WasiFiles;

/** The cleaner of an unreachable stream closes its WASI descriptor (Kiln's cleaners run only when asked to). */
final class FileCleanable {
    private FileCleanable() {
    }

    @Substitute
    private static void cleanupClose0(int fd, long handle) {
        if (fd > 2) {
            WasiFiles.close(fd);
        }
    }
}
