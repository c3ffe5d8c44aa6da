package time;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

public class DurationMath {
    public static void main(String[] args) {
        Duration[] ds = {Duration.ZERO, Duration.ofSeconds(1), Duration.ofMillis(1500), Duration.ofMinutes(90),
            Duration.ofHours(49), Duration.ofDays(2), Duration.ofNanos(1), Duration.ofSeconds(-1, 1), Duration.ofMillis(-1500),
            Duration.ofSeconds(59, 999_999_999), Duration.ofSeconds(3661, 500_000_000), Duration.ofSeconds(-90061)};
        for (Duration d : ds) {
            System.out.println(d + " s=" + d.getSeconds() + " n=" + d.getNano() + " ms=" + d.toMillis() + " min="
                    + d.toMinutes() + " neg=" + d.isNegative() + " abs=" + d.abs() + " negated=" + d.negated()
                    + " parts=" + d.toDaysPart() + "/" + d.toHoursPart() + "/" + d.toMinutesPart() + "/" + d.toSecondsPart()
                    + "/" + d.toMillisPart());
        }
        Duration d = Duration.ofHours(1).plusMinutes(30).minusSeconds(15);
        System.out.println("chain: " + d);
        System.out.println("multipliedBy: " + d.multipliedBy(3) + " dividedBy: " + d.dividedBy(7) + " by dur: " + d.dividedBy(Duration.ofMinutes(10)));
        System.out.println("between: " + Duration.between(LocalTime.of(8, 0), LocalTime.of(6, 30, 0, 1)));
        System.out.println("between dt: " + Duration.between(LocalDateTime.of(2024, 2, 28, 0, 0), LocalDateTime.of(2024, 3, 1, 12, 0)));
        System.out.println("of unit: " + Duration.of(3, ChronoUnit.HALF_DAYS) + " " + Duration.of(7, ChronoUnit.MICROS));
        System.out.println("truncated: " + Duration.ofSeconds(3725, 123).truncatedTo(ChronoUnit.MINUTES));
        for (String s : new String[] {"PT20.345S", "PT15M", "PT10H", "P2D", "P2DT3H4M", "PT-6H3M", "-PT6H3M", "-PT-6H+3M", "PT0.000000001S", "pt1s"}) {
            System.out.println("parse " + s + " -> " + Duration.parse(s));
        }
        try {
            Duration.parse("P1Y");
        } catch (java.time.format.DateTimeParseException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage() + " at " + e.getErrorIndex() + " in " + e.getParsedString());
        }
        try {
            Duration.ofSeconds(Long.MAX_VALUE).plusSeconds(1);
        } catch (ArithmeticException e) {
            System.out.println("overflow: " + e.getMessage());
        }
        System.out.println("compare: " + Duration.ofSeconds(1).compareTo(Duration.ofMillis(999)) + " " + Duration.ofMinutes(1).equals(Duration.ofSeconds(60)));
        System.out.println("addTo: " + Duration.ofHours(25).addTo(LocalDateTime.of(2024, 1, 1, 0, 0)));
    }
}
