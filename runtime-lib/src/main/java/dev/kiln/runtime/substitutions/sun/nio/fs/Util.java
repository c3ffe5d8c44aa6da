package dev.kiln.runtime.substitutions.sun.nio.fs;

import dev.kiln.runtime.Alias;
import java.nio.file.LinkOption;

/** Names {@code sun.nio.fs.Util}, a package-private class, for the other substitutions of its package. */
final class Util {
    private Util() {
    }

    @Alias
    static native boolean followLinks(LinkOption... options);
}
