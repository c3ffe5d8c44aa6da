package dev.kiln.runtime.substitutions.java.util;

import dev.kiln.runtime.Substitute;

/**
 * The default time zone of a WASI program. A JVM on Linux asks the {@code TZ} environment variable and,
 * without it, the system's configuration ({@code /etc/timezone}, {@code /etc/localtime}); a WASI module sees
 * only its environment, so its default zone is {@code TZ} when set and not empty (without a leading
 * {@code :} or {@code posix/}, as the JVM strips them), else {@code UTC}: the zone a JVM reports with
 * {@code TZ=UTC}. A {@code TZ} that names no zone the JDK knows (a POSIX rule such as {@code EST5EDT} that is
 * not also a zone ID) gives {@code GMT}, as the JVM does when the C library finds offset 0 for it. The
 * system property {@code user.timezone}, read first by {@code TimeZone}, still wins when a program sets it.
 */
final class TimeZone {
    private TimeZone() {
    }

    @Substitute
    private static String getSystemTimeZoneID(String javaHome) {
        String tz = System.getenv("TZ");
        if (tz == null || tz.isEmpty()) {
            return "UTC";
        }
        if (tz.charAt(0) == ':') {
            tz = tz.substring(1);
        }
        if (tz.startsWith("posix/")) {
            tz = tz.substring(6);
        }
        return tz;
    }

    @Substitute
    private static String getSystemGMTOffsetID() {
        return "GMT";
    }
}
