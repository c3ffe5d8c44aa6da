package time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Clocks that do not tick: fixed, offset and ticking-by-unit clocks, and the now() methods that read them. */
public class FixedClocks {
    public static void main(String[] args) {
        Instant at = Instant.parse("2024-02-29T23:59:59.987654321Z");
        Clock utc = Clock.fixed(at, ZoneOffset.UTC);
        Clock tokyo = utc.withZone(ZoneId.of("Asia/Tokyo"));
        System.out.println(utc + " | " + tokyo);
        System.out.println(utc.instant() + " millis " + utc.millis() + " zone " + tokyo.getZone());
        System.out.println(LocalDate.now(utc) + " " + LocalDate.now(tokyo) + " " + LocalTime.now(tokyo) + " " + LocalDateTime.now(utc));
        System.out.println(ZonedDateTime.now(tokyo) + " " + Instant.now(tokyo));
        Clock later = Clock.offset(utc, Duration.ofMillis(13));
        System.out.println(later.instant() + " " + later);
        Clock minutes = Clock.tick(Clock.fixed(at, ZoneOffset.UTC), Duration.ofMinutes(15));
        Clock seconds = Clock.tickSeconds(ZoneOffset.UTC);
        System.out.println("tick 15 min " + minutes.instant() + " tickSeconds zone " + seconds.getZone());
        System.out.println("equals " + utc.equals(Clock.fixed(at, ZoneOffset.UTC)) + " " + utc.equals(tokyo)
                + " hash " + (utc.hashCode() == Clock.fixed(at, ZoneOffset.UTC).hashCode()));
        Clock system = Clock.systemUTC();
        Instant a = system.instant();
        Instant b = Instant.now();
        System.out.println("system clock moves forward or stays: " + !b.isBefore(a) + ", zone " + system.getZone()
                + ", after 2024: " + a.isAfter(Instant.parse("2024-01-01T00:00:00Z")));
        try {
            Clock.tick(utc, Duration.ofMillis(-1));
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException " + e.getMessage());
        }
    }
}
