package time;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

public class OffsetAndZoneOffset {
    public static void main(String[] args) {
        ZoneOffset[] offs = {ZoneOffset.UTC, ZoneOffset.ofHours(5), ZoneOffset.ofHoursMinutes(-3, -30),
            ZoneOffset.ofHoursMinutesSeconds(1, 2, 3), ZoneOffset.ofTotalSeconds(-45_000), ZoneOffset.MAX, ZoneOffset.MIN};
        for (ZoneOffset o : offs) {
            System.out.println(o + " id=" + o.getId() + " secs=" + o.getTotalSeconds() + " hash=" + o.hashCode());
        }
        for (String s : new String[] {"Z", "+02", "-0530", "+05:30", "+01:02:03", "-00:00"}) {
            System.out.println("of " + s + " -> " + ZoneOffset.of(s));
        }
        for (String s : new String[] {"+19:00", "abc", "+1:00"}) {
            try {
                ZoneOffset.of(s);
            } catch (java.time.DateTimeException e) {
                System.out.println("bad " + s + ": " + e.getMessage());
            }
        }
        System.out.println("compare: " + ZoneOffset.ofHours(1).compareTo(ZoneOffset.ofHours(2)));
        OffsetDateTime odt = OffsetDateTime.of(2024, 6, 30, 23, 30, 0, 0, ZoneOffset.ofHours(-7));
        System.out.println("odt: " + odt + " instant " + odt.toInstant());
        System.out.println("sameInstant: " + odt.withOffsetSameInstant(ZoneOffset.ofHours(9)));
        System.out.println("sameLocal: " + odt.withOffsetSameLocal(ZoneOffset.UTC));
        System.out.println("plus: " + odt.plusHours(1).plusMonths(8));
        System.out.println("parse: " + OffsetDateTime.parse("2024-02-29T10:15:30+01:00"));
        System.out.println("atZone: " + odt.atZoneSameInstant(ZoneId.of("Europe/London")));
        OffsetDateTime a = OffsetDateTime.of(LocalDateTime.of(2024, 1, 1, 12, 0), ZoneOffset.ofHours(2));
        OffsetDateTime b = OffsetDateTime.of(LocalDateTime.of(2024, 1, 1, 10, 0), ZoneOffset.UTC);
        System.out.println("isEqual: " + a.isEqual(b) + " equals: " + a.equals(b) + " compare: " + a.compareTo(b));
        OffsetTime ot = OffsetTime.of(10, 0, 0, 0, ZoneOffset.ofHours(3));
        System.out.println("offsetTime: " + ot + " " + ot.withOffsetSameInstant(ZoneOffset.UTC) + " " + OffsetTime.parse("08:30:15-02:00"));
        System.out.println("ZoneId.of offsets: " + ZoneId.of("UTC+3") + " " + ZoneId.of("GMT-05:30") + " " + ZoneId.of("+04")
                + " normalized " + ZoneId.of("UTC+3").normalized() + " " + ZoneId.of("Z"));
        System.out.println("ofOffset: " + ZoneId.ofOffset("UT", ZoneOffset.ofHours(-2)));
    }
}
