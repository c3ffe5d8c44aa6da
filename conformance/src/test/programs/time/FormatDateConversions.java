package time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

public class FormatDateConversions {
    public static void main(String[] args) {
        ZonedDateTime z = ZonedDateTime.of(2024, 2, 9, 7, 5, 3, 120_456_789, ZoneId.of("Europe/Paris"));
        String all = "%tH %<tI %<tk %<tl %<tM %<tS %<tL %<tN %<tp %<Tp %<tz %<tZ %<ts %<tQ %<tB %<tb %<th %<tA %<ta %<tC %<tY %<ty %<tj %<tm %<td %<te %<tR %<tT %<tr %<tD %<tF %<tc";
        System.out.println("zoned: " + String.format(Locale.US, all, z));
        System.out.println("offset: " + String.format(Locale.US, all, z.toOffsetDateTime()));
        System.out.println("instant-ish: " + String.format(Locale.US, "%tF %<tT", z.toLocalDateTime()));
        GregorianCalendar cal = new GregorianCalendar(TimeZone.getTimeZone("America/New_York"), Locale.US);
        cal.setTimeInMillis(1_700_000_000_123L);
        System.out.println("calendar: " + String.format(Locale.US, all, cal));
        Date date = new Date(1_700_000_000_123L);
        System.out.println("date: " + String.format(Locale.US, all, date));
        System.out.println("root: " + String.format(Locale.ROOT, "%tA %<tB %<tc", cal));
        System.out.println("upper: " + String.format(Locale.US, "%TA %<TB %<Tc %<Tp", cal));
        System.out.println("width: [" + String.format("%-12tY|%12tB|%-8tp", z, z, z) + "]");
        System.out.println("local date: " + String.format("%tA %<tF %<tj", LocalDate.of(2000, 1, 1)));
        System.out.println("local time: " + String.format("%tT %<tr %<tL", LocalTime.of(23, 59, 58, 7_000_000)));
        System.out.println("null: " + String.format("%tF %TT", null, null));
        String[] bad = {"%tH", "%tF", "%tz", "%ts", "%tQ"};
        Object[] values = {LocalDate.of(2024, 1, 1), LocalTime.NOON, LocalDateTime.of(2024, 1, 1, 0, 0), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1)};
        for (int k = 0; k < bad.length; k++) {
            try {
                System.out.println(String.format(bad[k], values[k]));
            } catch (RuntimeException e) {
                System.out.println(bad[k] + ": " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        for (String f : new String[] {"%tX", "%t", "%#tF", "%.3tF", "%+tY"}) {
            try {
                System.out.println(String.format(f, z));
            } catch (RuntimeException e) {
                System.out.println(f + ": " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        try {
            System.out.println(String.format("%tF", "not a date"));
        } catch (RuntimeException e) {
            System.out.println("string: " + e.getClass().getName() + ": " + e.getMessage());
        }
        Calendar iso = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.US);
        iso.setTime(Date.from(Instant.parse("2021-01-03T10:00:00Z")));
        System.out.println("getInstance: " + String.format("%tc", iso));
        System.out.println("offset date: " + String.format("%tz %<tZ", OffsetDateTime.parse("2024-01-01T00:00+05:30")));
    }
}
