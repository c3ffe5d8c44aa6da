package dev.kiln.runtime.substitutions.jdk.internal.vm;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;

/**
 * Starting a thread in a container (JDK 21 and later: the threads of a {@code ThreadPoolExecutor} or
 * {@code ForkJoinPool}). The JDK asks {@code JavaLangAccess}, which Kiln's {@code java.lang.System} does not
 * set up, to start the thread as a member of the container; a container only keeps track of its virtual
 * threads, which a Kiln program has none of, so starting the thread is all there is to it.
 */
final class SharedThreadContainer {
    @Alias
    private volatile boolean closed;

    private SharedThreadContainer() {
    }

    /** @throws IllegalStateException if the container is closed */
    @Substitute
    public void start(Thread thread) {
        if (closed) {
            throw new IllegalStateException();
        }
        thread.start();
    }
}
