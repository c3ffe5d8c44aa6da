package time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

public class FormatterBuilder {
    public static void main(String[] args) {
        DateTimeFormatter f = new DateTimeFormatterBuilder()
                .appendValue(ChronoField.YEAR, 4, 10, SignStyle.EXCEEDS_PAD).appendLiteral('/')
                .appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('/')
                .appendValue(ChronoField.DAY_OF_MONTH, 2)
                .optionalStart().appendLiteral(' ').appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
                .appendValue(ChronoField.MINUTE_OF_HOUR, 2).optionalEnd()
                .toFormatter(Locale.US);
        System.out.println("format: " + f.format(LocalDateTime.of(2024, 2, 9, 7, 5)) + " | " + f.format(LocalDate.of(12345, 1, 1)));
        System.out.println("parse: " + LocalDate.parse("2024/02/09", f) + " " + LocalDateTime.parse("2024/02/09 07:05", f));
        System.out.println("toString: " + f);
        Map<Long, String> names = new HashMap<>();
        names.put(1L, "JNY");
        names.put(2L, "FBY");
        names.put(3L, "MCH");
        DateTimeFormatter custom = new DateTimeFormatterBuilder().appendText(ChronoField.MONTH_OF_YEAR, names).appendLiteral(' ')
                .appendValue(ChronoField.YEAR).toFormatter(Locale.US);
        System.out.println("custom text: " + custom.format(LocalDate.of(2024, 2, 1)) + " " + custom.format(LocalDate.of(2024, 5, 1)));
        DateTimeFormatter frac = new DateTimeFormatterBuilder().appendPattern("HH:mm:ss").appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
                .toFormatter(Locale.US);
        System.out.println("fraction: " + frac.format(LocalDateTime.of(2024, 1, 1, 1, 2, 3, 450_000_000)) + " " + frac.format(LocalDateTime.of(2024, 1, 1, 1, 2, 3)));
        DateTimeFormatter zone = new DateTimeFormatterBuilder().appendPattern("uuuu-MM-dd HH:mm ").appendZoneText(TextStyle.SHORT)
                .appendLiteral(' ').appendZoneId().appendLiteral(' ').appendOffset("+HH:MM", "Z").appendLiteral(' ')
                .appendLocalizedOffset(TextStyle.FULL).toFormatter(Locale.US);
        ZonedDateTime z = ZonedDateTime.of(2024, 7, 4, 12, 0, 0, 0, ZoneId.of("America/Los_Angeles"));
        System.out.println("zone: " + zone.format(z) + " | " + zone.format(z.withZoneSameInstant(ZoneId.of("UTC"))));
        DateTimeFormatter zoneFull = new DateTimeFormatterBuilder().appendZoneText(TextStyle.FULL).toFormatter(Locale.US);
        System.out.println("zone full: " + zoneFull.format(z) + " | " + zoneFull.format(z.withMonth(1)) + " | "
                + zoneFull.format(z.withZoneSameInstant(ZoneId.of("Europe/Paris"))));
        DateTimeFormatter padded = new DateTimeFormatterBuilder().padNext(6, '*').appendValue(ChronoField.DAY_OF_YEAR).toFormatter();
        System.out.println("padded: " + padded.format(LocalDate.of(2024, 2, 9)));
        DateTimeFormatter defaulted = new DateTimeFormatterBuilder().appendPattern("uuuu-MM").parseDefaulting(ChronoField.DAY_OF_MONTH, 15)
                .toFormatter();
        System.out.println("defaulting: " + LocalDate.parse("2024-02", defaulted));
        DateTimeFormatter reduced = new DateTimeFormatterBuilder().appendValueReduced(ChronoField.YEAR, 2, 2, 1950).toFormatter();
        System.out.println("reduced: " + reduced.parse("49").get(ChronoField.YEAR) + " " + reduced.parse("50").get(ChronoField.YEAR)
                + " " + reduced.format(LocalDate.of(1987, 1, 1)));
        DateTimeFormatter instant = new DateTimeFormatterBuilder().appendInstant(3).toFormatter();
        System.out.println("instant: " + instant.format(z.toInstant()));
        System.out.println("getLocalizedDateTimePattern: " + DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT, java.time.chrono.IsoChronology.INSTANCE, Locale.US));
    }
}
