package dev.kiln.runtime.substitutions.java.util;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.DateTimePrinting;
import dev.kiln.runtime.Substitute;
import java.io.IOException;
import java.time.temporal.TemporalAccessor;

/**
 * {@code Formatter}'s date and time conversions ({@code %t}, {@code %T}) run the JDK's code for a
 * {@code Date}, {@code Calendar} or {@code TemporalAccessor} argument, reached through a method of the
 * argument's own class ({@link DateTimePrinting}), so that programs without dates do not carry that code. A
 * {@code Long} argument (milliseconds) would need {@code Calendar} and the time-zone data in every program
 * that formats anything, about 1.7 MB, so it throws {@code UnsupportedOperationException}; a null argument
 * prints {@code null} and any other argument fails as on the JDK.
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

        @Alias(maxJdk = 20)
        private native void print(java.util.Calendar t, char c, java.util.Locale l);

        @Alias(minJdk = 21)
        private native void print(java.util.Formatter fmt, java.util.Calendar t, char c, java.util.Locale l);

        @Alias(maxJdk = 20)
        private native void print(TemporalAccessor t, char c, java.util.Locale l);

        @Alias(minJdk = 21)
        private native void print(java.util.Formatter fmt, TemporalAccessor t, char c, java.util.Locale l);

        @Alias
        private native void failConversion(char c, Object arg);

        @Substitute(maxJdk = 20)
        private void printDateTime(Object arg, java.util.Locale l) throws IOException {
            if (arg == null) {
                print("null", l);
            } else if (arg instanceof Long) {
                unsupportedLong();
            } else if (arg instanceof java.util.Date) {
                ((Date) (Object) arg).kilnPrintDateTime(cal -> print(cal, c, l), l);
            } else if (arg instanceof java.util.Calendar) {
                ((Calendar) (Object) arg).kilnPrintDateTime(cal -> print(cal, c, l));
            } else if (arg instanceof TemporalAccessor) {
                DateTimePrinting.print((TemporalAccessor) arg, t -> print(t, c, l));
            } else {
                failConversion(c, arg);
            }
        }

        @Substitute(name = "printDateTime", minJdk = 21)
        private void printDateTime21(java.util.Formatter fmt, Object arg, java.util.Locale l) throws IOException {
            if (arg == null) {
                print(fmt, "null", l);
            } else if (arg instanceof Long) {
                unsupportedLong();
            } else if (arg instanceof java.util.Date) {
                ((Date) (Object) arg).kilnPrintDateTime(cal -> print(fmt, cal, c, l), l);
            } else if (arg instanceof java.util.Calendar) {
                ((Calendar) (Object) arg).kilnPrintDateTime(cal -> print(fmt, cal, c, l));
            } else if (arg instanceof TemporalAccessor) {
                DateTimePrinting.print((TemporalAccessor) arg, t -> print(fmt, t, c, l));
            } else {
                failConversion(c, arg);
            }
        }

        private void unsupportedLong() {
            throw new UnsupportedOperationException("Kiln does not format a java.lang.Long with %" + c
                    + " (it would make Calendar and the time-zone data part of every program that formats): "
                    + "pass a java.util.Date or an Instant instead");
        }
    }
}
