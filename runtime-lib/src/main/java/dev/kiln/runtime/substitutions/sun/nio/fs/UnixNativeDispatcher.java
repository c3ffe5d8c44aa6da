package dev.kiln.runtime.substitutions.sun.nio.fs;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;

/**
 * The Unix system calls of {@code java.nio.file}'s default file system. Its initializer loads the {@code nio}
 * library and asks which optional calls exist; on Kiln none does ({@code openat}, extended attributes, birth
 * times), and the current directory is the root of the file system the program sees, runtime-lib's
 * {@code user.dir} {@code "/"} (docs/RUNTIME-CONTRACT.md, "Files").
 */
final class UnixNativeDispatcher {
    @Alias
    private static int capabilities;

    private UnixNativeDispatcher() {
    }

    @Substitute(name = "<clinit>")
    static void clinit() {
        capabilities = 0;
    }

    @Substitute
    private static int init() {
        return 0;
    }

    @Substitute
    static byte[] getcwd() {
        return new byte[] {'/'};
    }
}
