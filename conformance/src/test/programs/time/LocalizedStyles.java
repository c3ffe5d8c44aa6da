package time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

public class LocalizedStyles {
    public static void main(String[] args) {
        ZonedDateTime z = ZonedDateTime.of(2024, 2, 9, 17, 5, 3, 0, ZoneId.of("America/New_York"));
        for (Locale l : new Locale[] {Locale.US, Locale.ROOT, Locale.ENGLISH}) {
            for (FormatStyle s : FormatStyle.values()) {
                System.out.println(l + " date " + s + ": " + DateTimeFormatter.ofLocalizedDate(s).withLocale(l).format(z));
            }
            for (FormatStyle s : new FormatStyle[] {FormatStyle.SHORT, FormatStyle.MEDIUM}) {
                System.out.println(l + " time " + s + ": " + DateTimeFormatter.ofLocalizedTime(s).withLocale(l).format(z));
                System.out.println(l + " dateTime " + s + ": " + DateTimeFormatter.ofLocalizedDateTime(s).withLocale(l).format(z));
            }
            System.out.println(l + " FULL/LONG: " + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.LONG).withLocale(l).format(z));
        }
        System.out.println("default: " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).format(LocalDate.of(1999, 12, 31)));
        System.out.println("parse: " + LocalDate.parse("Dec 31, 1999", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.US)));
        try {
            DateTimeFormatter.ofLocalizedTime(FormatStyle.LONG).withLocale(Locale.US).format(LocalTime.NOON);
        } catch (java.time.DateTimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        System.out.println("toString: " + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT));
        System.out.println("local: " + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Locale.US).format(LocalDateTime.of(2024, 7, 4, 0, 0)));
    }
}
