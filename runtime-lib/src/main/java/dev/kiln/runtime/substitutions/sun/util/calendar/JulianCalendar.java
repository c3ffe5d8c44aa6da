package dev.kiln.runtime.substitutions.sun.util.calendar;

/**
 * Names the JDK's package-private {@code sun.util.calendar.JulianCalendar} for {@link CalendarSystem}'s
 * substitute: {@code new JulianCalendar()} here is the JDK class's own constructor.
 */
final class JulianCalendar {
    JulianCalendar() {
    }
}
