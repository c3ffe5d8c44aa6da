package dev.kiln.runtime.substitutions.java.nio.file;

import dev.kiln.runtime.Substitute;
import java.util.Spliterator;

/**
 * {@code Files.lines} without splitting: the JDK splits a file's lines for a parallel stream by mapping the file
 * into memory, which WASI cannot do ({@code FileChannelImpl.map}); a spliterator that declines to split is allowed by
 * the {@code Spliterator} contract, so a parallel stream of lines runs as one task, with the same result.
 */
final class FileChannelLinesSpliterator {
    private FileChannelLinesSpliterator() {
    }

    @Substitute
    public Spliterator<String> trySplit() {
        return null;
    }
}
