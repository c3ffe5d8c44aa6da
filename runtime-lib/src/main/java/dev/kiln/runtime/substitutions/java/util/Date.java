package dev.kiln.runtime.substitutions.java.util;

import dev.kiln.runtime.DateTimePrinting;
import java.io.IOException;
import java.util.Locale;

/** Adds the entry point of {@code Formatter}'s {@code %t} of a date (see {@link DateTimePrinting}). */
class Date {
    private Date() {
    }

    /** What the JDK's {@code Formatter} formats for a {@code Date} argument: a calendar of the locale at that time. */
    void kilnPrintDateTime(DateTimePrinting.CalendarPrinter printer, Locale l) throws IOException {
        java.util.Calendar calendar = java.util.Calendar.getInstance(l == null ? Locale.US : l);
        calendar.setTime((java.util.Date) (Object) this);
        printer.print(calendar);
    }
}
