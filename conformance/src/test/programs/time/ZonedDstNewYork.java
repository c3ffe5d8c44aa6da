package time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

public class ZonedDstNewYork {
    public static void main(String[] args) {
        ZoneId ny = ZoneId.of("America/New_York");
        ZoneRules rules = ny.getRules();
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        for (int k = 0; k < 4; k++) {
            ZoneOffsetTransition tr = rules.nextTransition(t);
            System.out.println("next: " + tr + " gap=" + tr.isGap() + " dur=" + tr.getDuration() + " before="
                    + tr.getDateTimeBefore() + " after=" + tr.getDateTimeAfter() + " instant=" + tr.getInstant());
            t = tr.getInstant();
        }
        ZoneOffsetTransition prev = rules.previousTransition(Instant.parse("2024-01-01T00:00:00Z"));
        System.out.println("previous: " + prev);
        System.out.println("1970 offset: " + rules.getOffset(Instant.EPOCH) + " dst: " + rules.isDaylightSavings(Instant.EPOCH));
        System.out.println("2024-07 dst: " + rules.isDaylightSavings(Instant.parse("2024-07-04T12:00:00Z"))
                + " savings " + rules.getDaylightSavings(Instant.parse("2024-07-04T12:00:00Z")));
        System.out.println("standard: " + rules.getStandardOffset(Instant.parse("2024-07-04T12:00:00Z")));
        LocalDateTime gap = LocalDateTime.of(2024, 3, 10, 2, 30);
        System.out.println("valid offsets gap: " + rules.getValidOffsets(gap) + " transition " + rules.getTransition(gap));
        LocalDateTime overlap = LocalDateTime.of(2024, 11, 3, 1, 30);
        System.out.println("valid offsets overlap: " + rules.getValidOffsets(overlap));
        ZonedDateTime z = ZonedDateTime.of(gap, ny);
        System.out.println("gap zdt: " + z);
        ZonedDateTime o = ZonedDateTime.of(overlap, ny);
        System.out.println("overlap zdt: " + o + " later " + o.withLaterOffsetAtOverlap());
        ZonedDateTime start = ZonedDateTime.of(2024, 3, 9, 12, 0, 0, 0, ny);
        System.out.println("hours over spring day: " + ChronoUnit.HOURS.between(start, start.plusDays(1)));
        System.out.println("days: " + ChronoUnit.DAYS.between(start, start.plusHours(23)));
        System.out.println("last rules: " + rules.getTransitionRules().size() + " " + rules.getTransitionRules().get(0));
        System.out.println("1883: " + ZonedDateTime.of(1883, 11, 18, 12, 0, 0, 0, ny));
        System.out.println("ofInstant: " + ZonedDateTime.ofInstant(Instant.ofEpochSecond(1_700_000_000L), ny));
        System.out.println("atStartOfDay: " + LocalDate.of(2024, 3, 10).atStartOfDay(ny));
        ZoneId la = ZoneId.of("America/Los_Angeles");
        System.out.println("same instant LA: " + o.withZoneSameInstant(la));
        System.out.println("fixed: " + rules.isFixedOffset() + " " + ZoneId.of("UTC").getRules().isFixedOffset());
    }
}
