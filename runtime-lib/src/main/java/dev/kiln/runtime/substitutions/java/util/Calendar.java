package dev.kiln.runtime.substitutions.java.util;

import dev.kiln.runtime.DateTimePrinting;
import java.io.IOException;

/** Adds the entry point of {@code Formatter}'s {@code %t} of a calendar (see {@link DateTimePrinting}). */
abstract class Calendar {
    private Calendar() {
    }

    /** What the JDK's {@code Formatter} formats for a {@code Calendar} argument: a lenient copy. */
    void kilnPrintDateTime(DateTimePrinting.CalendarPrinter printer) throws IOException {
        java.util.Calendar copy = (java.util.Calendar) ((java.util.Calendar) (Object) this).clone();
        copy.setLenient(true);
        printer.print(copy);
    }
}
