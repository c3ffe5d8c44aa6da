package dev.kiln.runtime.substitutions.jdk.internal.ref;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.lang.ref.Cleaner;

/**
 * The JDK's common cleaner, without the thread factory that would name and configure its thread: a Kiln
 * cleaner starts no thread (the {@code CleanerImpl} substitution), so a factory that no code can call would
 * only drag the JDK's innocuous threads into every program that uses the common cleaner.
 */
final class CleanerFactory {
    @Alias
    private static Cleaner commonCleaner;

    private CleanerFactory() {
    }

    @Substitute(name = "<clinit>")
    static void clinit() {
        commonCleaner = Cleaner.create();
    }
}
