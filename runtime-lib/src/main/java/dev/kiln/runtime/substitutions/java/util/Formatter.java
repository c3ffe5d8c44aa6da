package dev.kiln.runtime.substitutions.java.util;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;

/**
 * {@code Formatter} without the date and time conversions: {@code %t}/{@code %T} of a {@code Long},
 * {@code Date}, {@code Calendar} or {@code TemporalAccessor} need {@code Calendar}, time zones and
 * {@code java.time}, which Kiln does not compile yet, so they throw {@code UnsupportedOperationException};
 * a null argument prints {@code null} and any other argument fails as on the JDK.
 */
final class Formatter {
    private Formatter() {
    }

    static final class FormatSpecifier {
        @Alias
        private char c;

        private FormatSpecifier() {
        }

        @Alias(maxJdk = 20)
        private native void print(String s, java.util.Locale l);

        @Alias(minJdk = 21)
        private native void print(java.util.Formatter fmt, String s, java.util.Locale l);

        @Alias
        private native void failConversion(char c, Object arg);

        @Substitute(maxJdk = 20)
        private void printDateTime(Object arg, java.util.Locale l) {
            if (arg == null) {
                print("null", l);
                return;
            }
            checkDateTime(arg);
        }

        @Substitute(name = "printDateTime", minJdk = 21)
        private void printDateTime21(java.util.Formatter fmt, Object arg, java.util.Locale l) {
            if (arg == null) {
                print(fmt, "null", l);
                return;
            }
            checkDateTime(arg);
        }

        private void checkDateTime(Object arg) {
            if (arg instanceof Long || arg instanceof java.util.Date || arg instanceof java.util.Calendar
                    || arg instanceof java.time.temporal.TemporalAccessor) {
                throw new UnsupportedOperationException(
                        "Kiln does not format dates and times yet: %" + c + " of a " + arg.getClass().getName());
            }
            failConversion(c, arg);
        }
    }
}
