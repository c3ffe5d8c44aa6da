package dev.kiln.runtime.substitutions.jdk.internal.misc;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.util.Map;

/**
 * The VM's state for a Kiln program, which starts fully booted: the JVM registers natives here and its
 * launcher moves the init level up to {@code SYSTEM_BOOTED} (4) while {@code System} initialises, saving
 * the system properties as given on the command line. A Kiln program has no command line options, so no
 * saved property is set.
 */
final class VM {
    @Alias
    private static volatile int initLevel;
    @Alias
    private static Map<String, String> savedProps;

    private VM() {
    }

    @Substitute
    private static void initialize() {
        initLevel = 4;
        savedProps = Map.of();
    }
}
