package dev.kiln.runtime.substitutions.sun.util.calendar;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.JdkFiles;
import dev.kiln.runtime.Substitute;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;

/**
 * {@code java.util.TimeZone}'s rules come from the same {@code lib/tzdb.dat} as {@code java.time}'s: the
 * bytes the module carries ({@link JdkFiles#tzdb()}) instead of the file. JDK 24 and later read it in
 * {@code loadTZDB}; earlier JDKs in the privileged action {@code ZoneInfoFile$1} of the initializer, whose
 * substitution calls {@link #kilnLoadTzdb()}. (This class must not get anonymous classes of its own: the
 * first would be named like that action.)
 */
final class ZoneInfoFile {
    private ZoneInfoFile() {
    }

    @Alias
    private static native void load(DataInputStream dis) throws IOException;

    @Substitute(minJdk = 24)
    private static void loadTZDB() {
        kilnLoadTzdb();
    }

    /** What the JDK's loaders do, from the module's bytes: an {@code Error} if they cannot be read. */
    static void kilnLoadTzdb() {
        try {
            load(new DataInputStream(new ByteArrayInputStream(JdkFiles.tzdb())));
        } catch (Exception e) {
            throw new Error(e);
        }
    }
}
