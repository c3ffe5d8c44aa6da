package dev.kiln.runtime.substitutions.sun.util.calendar;

import dev.kiln.runtime.Substitute;

/**
 * The privileged action of {@code ZoneInfoFile}'s initializer up to JDK 23 (an anonymous class, hence the
 * name), which reads {@code lib/tzdb.dat}: it reads the bytes the module carries instead.
 */
final class ZoneInfoFile$1 {
    private ZoneInfoFile$1() {
    }

    @Substitute
    public Void run() {
        ZoneInfoFile.kilnLoadTzdb();
        return null;
    }
}
