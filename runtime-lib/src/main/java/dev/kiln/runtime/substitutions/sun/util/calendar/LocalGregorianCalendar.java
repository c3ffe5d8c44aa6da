package dev.kiln.runtime.substitutions.sun.util.calendar;

import dev.kiln.runtime.Alias;

/** Lets {@link CalendarSystem}'s substitute call the JDK's package-private factory. */
final class LocalGregorianCalendar {
    private LocalGregorianCalendar() {
    }

    @Alias
    static native sun.util.calendar.LocalGregorianCalendar getLocalGregorianCalendar(String name);
}
