package dev.kiln.runtime.substitutions.jdk.internal.misc;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import dev.kiln.runtime.Wasi;
import java.util.Map;

/**
 * The VM's state for a Kiln program, which starts fully booted: the JVM registers natives here and its
 * launcher moves the init level up to {@code SYSTEM_BOOTED} (4) while {@code System} initialises, saving
 * the system properties as given on the command line. A Kiln program has no command line options, so no
 * saved property is set.
 *
 * <p>{@code getNanoTimeAdjustment} (behind {@code Clock.systemUTC()} and {@code Instant.now()}) reads the
 * WASI wall clock, in nanoseconds like HotSpot's on Linux.
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

    /**
     * The wall clock's time minus {@code offsetInSeconds} seconds, in nanoseconds; -1 if the difference is
     * 2^32 seconds or more either way, as HotSpot answers.
     */
    @Substitute
    public static long getNanoTimeAdjustment(long offsetInSeconds) {
        long now = Wasi.clockNanos(Wasi.CLOCK_REALTIME);
        long seconds = Math.floorDiv(now, 1_000_000_000L) - offsetInSeconds;
        if (seconds >= 1L << 32 || seconds <= -(1L << 32)) {
            return -1;
        }
        return seconds * 1_000_000_000L + Math.floorMod(now, 1_000_000_000L);
    }
}
