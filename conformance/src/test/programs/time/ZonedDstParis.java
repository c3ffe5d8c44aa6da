package time;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

public class ZonedDstParis {
    public static void main(String[] args) {
        ZoneId paris = ZoneId.of("Europe/Paris");
        System.out.println("zone: " + paris + " " + paris.getRules().isFixedOffset());
        // Spring forward: 2024-03-31 02:00 does not exist.
        ZonedDateTime gap = ZonedDateTime.of(LocalDateTime.of(2024, 3, 31, 2, 30), paris);
        System.out.println("gap: " + gap);
        ZonedDateTime before = ZonedDateTime.of(LocalDateTime.of(2024, 3, 31, 1, 59), paris);
        System.out.println("before: " + before + " +1min: " + before.plusMinutes(1) + " +1h: " + before.plusHours(1));
        System.out.println("plusDays across: " + ZonedDateTime.of(2024, 3, 30, 2, 30, 0, 0, paris).plusDays(1));
        // Fall back: 2024-10-27 02:00-03:00 happens twice.
        ZonedDateTime overlap = ZonedDateTime.of(LocalDateTime.of(2024, 10, 27, 2, 30), paris);
        System.out.println("overlap: " + overlap);
        System.out.println("later: " + overlap.withLaterOffsetAtOverlap());
        System.out.println("earlier: " + overlap.withLaterOffsetAtOverlap().withEarlierOffsetAtOverlap());
        System.out.println("+1h: " + overlap.plusHours(1) + " +2h: " + overlap.plusHours(2));
        ZonedDateTime d1 = ZonedDateTime.of(2024, 10, 26, 12, 0, 0, 0, paris);
        ZonedDateTime d2 = d1.plusDays(1);
        System.out.println("day across fall: " + d2 + " hours " + Duration.between(d1, d2).toHours());
        System.out.println("winter offset: " + ZonedDateTime.of(2024, 1, 15, 12, 0, 0, 0, paris).getOffset());
        System.out.println("summer offset: " + ZonedDateTime.of(2024, 7, 15, 12, 0, 0, 0, paris).getOffset());
        System.out.println("1900: " + ZonedDateTime.of(1900, 1, 1, 0, 0, 0, 0, paris));
        System.out.println("1942: " + ZonedDateTime.of(1942, 6, 1, 0, 0, 0, 0, paris));
        System.out.println("2100: " + ZonedDateTime.of(2100, 7, 1, 0, 0, 0, 0, paris));
        System.out.println("toInstant: " + overlap.toInstant() + " " + overlap.toEpochSecond());
        System.out.println("withZoneSameInstant: " + overlap.withZoneSameInstant(ZoneId.of("Asia/Tokyo")));
        System.out.println("withZoneSameLocal: " + overlap.withZoneSameLocal(ZoneId.of("UTC")));
        System.out.println("parse: " + ZonedDateTime.parse("2024-03-31T02:30+01:00[Europe/Paris]"));
        System.out.println("equals: " + overlap.equals(overlap.withLaterOffsetAtOverlap()) + " isEqual: "
                + overlap.isEqual(overlap.withLaterOffsetAtOverlap().minusHours(1)));
    }
}
