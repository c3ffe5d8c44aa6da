package time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

public class ParseErrors {
    static void tryParse(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (DateTimeParseException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage() + " | index " + e.getErrorIndex()
                    + " | cause " + (e.getCause() == null ? "none" : e.getCause().getClass().getName() + ": " + e.getCause().getMessage()));
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        tryParse("empty", () -> LocalDate.parse(""));
        tryParse("garbage", () -> LocalDate.parse("hello"));
        tryParse("short", () -> LocalDate.parse("2024-02"));
        tryParse("trailing", () -> LocalDate.parse("2024-02-01x"));
        tryParse("Feb 30", () -> LocalDate.parse("2024-02-30"));
        tryParse("Feb 29 2023", () -> LocalDate.parse("2023-02-29"));
        tryParse("month 13", () -> LocalDate.parse("2023-13-01"));
        tryParse("hour 24", () -> LocalTime.parse("24:00"));
        tryParse("time frac", () -> LocalTime.parse("10:15:30.1234567890"));
        tryParse("datetime no T", () -> LocalDateTime.parse("2024-01-01 10:00"));
        tryParse("zoned no zone", () -> ZonedDateTime.parse("2024-01-01T10:00"));
        tryParse("bad zone", () -> ZonedDateTime.parse("2024-01-01T10:00+01:00[Mars/Olympus]"));
        DateTimeFormatter f = DateTimeFormatter.ofPattern("dd MMM uuuu", Locale.US);
        tryParse("pattern ok", () -> System.out.println(LocalDate.parse("05 Mar 2024", f)));
        tryParse("pattern case", () -> LocalDate.parse("05 MAR 2024", f));
        tryParse("pattern month", () -> LocalDate.parse("05 Mrz 2024", f));
        DateTimeFormatter strict = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.US).withResolverStyle(ResolverStyle.STRICT);
        tryParse("strict Feb 29 2023", () -> LocalDate.parse("2023-02-29", strict));
        DateTimeFormatter lenient = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.US).withResolverStyle(ResolverStyle.LENIENT);
        tryParse("lenient Feb 30", () -> System.out.println(LocalDate.parse("2023-02-30", lenient)));
        tryParse("smart Feb 30", () -> System.out.println(LocalDate.parse("2023-02-30", DateTimeFormatter.ofPattern("uuuu-MM-dd"))));
        // The message lists the parsed fields of a HashMap keyed by enum constants (identity hash order): class and index only.
        try {
            LocalDate.parse("2023-01-01", DateTimeFormatter.ofPattern("yyyy-MM-dd").withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeParseException e) {
            System.out.println("strict yyyy: " + e.getClass().getName() + " index " + e.getErrorIndex() + " cause " + e.getCause().getClass().getName());
        }
        tryParse("insensitive", () -> System.out.println(LocalDate.parse("05 MAR 2024",
                new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("dd MMM uuuu").toFormatter(Locale.US))));
        tryParse("parseUnresolved", () -> System.out.println(DateTimeFormatter.ISO_LOCAL_DATE.parseUnresolved("2024-99-99", new java.text.ParsePosition(0))
                .getLong(java.time.temporal.ChronoField.MONTH_OF_YEAR)));
        java.text.ParsePosition pos = new java.text.ParsePosition(3);
        System.out.println("parse with position: " + LocalTime.from(DateTimeFormatter.ISO_LOCAL_TIME.parse("at 10:15 now", pos)) + " -> " + pos.getIndex());
        tryParse("long text", () -> LocalDate.parse("this is a very long text that does not look like a date at all, really not"));
        tryParse("null", () -> LocalDate.parse(null));
    }
}
