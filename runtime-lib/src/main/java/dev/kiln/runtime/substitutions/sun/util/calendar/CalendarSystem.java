package dev.kiln.runtime.substitutions.sun.util.calendar;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;
import java.util.concurrent.ConcurrentMap;

/**
 * {@code forName} without reflection. The JDK maps a calendar name to a class name and instantiates any
 * class that is not a {@code LocalGregorianCalendar} with {@code Class.forName(...).newInstance()}; of its
 * names ({@code gregorian}, {@code japanese}, {@code julian}) only {@code julian} takes that path, and its
 * class, {@code JulianCalendar}, is made with {@code new} here. Everything else is as the JDK does it: the
 * shared Gregorian instance, the cache, null for an unknown name.
 */
abstract class CalendarSystem {
    @Alias
    private static volatile boolean initialized;
    @Alias
    private static ConcurrentMap<String, String> names;
    @Alias
    private static ConcurrentMap<String, sun.util.calendar.CalendarSystem> calendars;

    @Alias
    private static native void initNames();

    @Alias
    public static native sun.util.calendar.Gregorian getGregorianCalendar();

    @Substitute
    public static sun.util.calendar.CalendarSystem forName(String calendarName) {
        if ("gregorian".equals(calendarName)) {
            return getGregorianCalendar();
        }
        if (!initialized) {
            initNames();
        }
        sun.util.calendar.CalendarSystem cal = calendars.get(calendarName);
        if (cal != null) {
            return cal;
        }
        String className = names.get(calendarName);
        if (className == null) {
            return null;
        }
        if (className.endsWith("LocalGregorianCalendar")) {
            cal = LocalGregorianCalendar.getLocalGregorianCalendar(calendarName);
        } else if (className.equals("sun.util.calendar.JulianCalendar")) {
            cal = (sun.util.calendar.CalendarSystem) (Object) new JulianCalendar();
        } else {
            throw new InternalError("Kiln makes no calendar system of class " + className);
        }
        if (cal == null) {
            return null;
        }
        sun.util.calendar.CalendarSystem cs = calendars.putIfAbsent(calendarName, cal);
        return cs == null ? cal : cs;
    }
}
