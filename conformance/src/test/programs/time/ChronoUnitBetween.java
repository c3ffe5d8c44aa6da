package time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

public class ChronoUnitBetween {
    public static void main(String[] args) {
        LocalDateTime a = LocalDateTime.of(1999, 12, 31, 23, 59, 59, 500_000_000);
        LocalDateTime b = LocalDateTime.of(2024, 2, 29, 0, 0, 0, 250_000_000);
        for (ChronoUnit u : ChronoUnit.values()) {
            String r;
            try {
                r = a.until(b, u) + " / " + u.between(b, a);
            } catch (java.time.temporal.UnsupportedTemporalTypeException e) {
                r = "unsupported: " + e.getMessage();
            }
            System.out.println(u + " (" + u.getDuration() + ", dateBased=" + u.isDateBased() + ", timeBased=" + u.isTimeBased()
                    + ", estimated=" + u.isDurationEstimated() + "): " + r);
        }
        System.out.println("dates: " + ChronoUnit.WEEKS.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
                + " " + ChronoUnit.DECADES.between(LocalDate.of(1901, 1, 1), LocalDate.of(2000, 12, 31)));
        System.out.println("times: " + ChronoUnit.SECONDS.between(LocalTime.of(23, 0), LocalTime.of(1, 0)));
        System.out.println("instants: " + ChronoUnit.MICROS.between(Instant.ofEpochSecond(0, 999), Instant.ofEpochSecond(1, 1)));
        ZonedDateTime z1 = ZonedDateTime.of(2024, 3, 30, 12, 0, 0, 0, ZoneId.of("Europe/Paris"));
        ZonedDateTime z2 = ZonedDateTime.of(2024, 3, 31, 12, 0, 0, 0, ZoneId.of("America/New_York"));
        System.out.println("zoned: " + ChronoUnit.HOURS.between(z1, z2) + " " + ChronoUnit.DAYS.between(z1, z2));
        try {
            ChronoUnit.HOURS.between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2));
        } catch (java.time.temporal.UnsupportedTemporalTypeException e) {
            System.out.println(e.getMessage());
        }
        try {
            ChronoUnit.DAYS.between(LocalDate.of(2024, 1, 1), LocalTime.NOON);
        } catch (java.time.DateTimeException e) {
            System.out.println(e.getMessage());
        }
    }
}
