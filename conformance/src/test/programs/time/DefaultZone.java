package time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.TimeZone;

public class DefaultZone {
    public static void main(String[] args) {
        // The conformance harness gives the JVM TZ=UTC and the engines an empty environment: both see UTC.
        System.out.println("systemDefault: " + ZoneId.systemDefault());
        System.out.println("TimeZone default: " + TimeZone.getDefault().getID() + " " + TimeZone.getDefault().getRawOffset());
        System.out.println("user.timezone: " + System.getProperty("user.timezone"));
        Clock fixed = Clock.fixed(Instant.parse("2024-02-29T23:30:00Z"), ZoneId.of("Pacific/Auckland"));
        System.out.println("fixed clock: " + fixed + " " + LocalDate.now(fixed) + " " + ZonedDateTime.now(fixed) + " " + Instant.now(fixed));
        Clock offset = Clock.offset(fixed, java.time.Duration.ofHours(1));
        System.out.println("offset clock: " + offset.instant() + " " + offset.getZone());
        Clock utc = Clock.systemUTC();
        System.out.println("systemUTC zone: " + utc.getZone() + " " + Clock.systemDefaultZone().getZone());
        long m1 = System.currentTimeMillis();
        long m2 = utc.millis();
        long m3 = System.currentTimeMillis();
        System.out.println("clock ordered: " + (m1 <= m2 + 1 && m2 <= m3 + 1));
        ZonedDateTime now = ZonedDateTime.now();
        System.out.println("now zone: " + now.getZone() + " after 2024: " + (now.getYear() >= 2024));
        Clock tick = Clock.tickMinutes(ZoneId.of("UTC"));
        System.out.println("tick seconds zero: " + (tick.instant().getEpochSecond() % 60 == 0));
    }
}
