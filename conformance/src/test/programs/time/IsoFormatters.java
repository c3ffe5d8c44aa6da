package time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

public class IsoFormatters {
    public static void main(String[] args) {
        ZonedDateTime z = ZonedDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_789, ZoneId.of("Europe/Paris"));
        OffsetDateTime o = z.toOffsetDateTime();
        System.out.println("ISO_LOCAL_DATE: " + DateTimeFormatter.ISO_LOCAL_DATE.format(z));
        System.out.println("ISO_OFFSET_DATE: " + DateTimeFormatter.ISO_OFFSET_DATE.format(z));
        System.out.println("ISO_DATE: " + DateTimeFormatter.ISO_DATE.format(z) + " " + DateTimeFormatter.ISO_DATE.format(LocalDate.of(2024, 1, 1)));
        System.out.println("ISO_LOCAL_TIME: " + DateTimeFormatter.ISO_LOCAL_TIME.format(z));
        System.out.println("ISO_OFFSET_TIME: " + DateTimeFormatter.ISO_OFFSET_TIME.format(z));
        System.out.println("ISO_TIME: " + DateTimeFormatter.ISO_TIME.format(z));
        System.out.println("ISO_LOCAL_DATE_TIME: " + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(z));
        System.out.println("ISO_OFFSET_DATE_TIME: " + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(z));
        System.out.println("ISO_ZONED_DATE_TIME: " + DateTimeFormatter.ISO_ZONED_DATE_TIME.format(z));
        System.out.println("ISO_DATE_TIME: " + DateTimeFormatter.ISO_DATE_TIME.format(z) + " " + DateTimeFormatter.ISO_DATE_TIME.format(o));
        System.out.println("ISO_ORDINAL_DATE: " + DateTimeFormatter.ISO_ORDINAL_DATE.format(z));
        System.out.println("ISO_WEEK_DATE: " + DateTimeFormatter.ISO_WEEK_DATE.format(z));
        System.out.println("ISO_INSTANT: " + DateTimeFormatter.ISO_INSTANT.format(z));
        System.out.println("BASIC_ISO_DATE: " + DateTimeFormatter.BASIC_ISO_DATE.format(z) + " " + DateTimeFormatter.BASIC_ISO_DATE.format(o.withOffsetSameLocal(ZoneOffset.UTC)));
        System.out.println("RFC_1123: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(z) + " | " + DateTimeFormatter.RFC_1123_DATE_TIME.format(o.withOffsetSameInstant(ZoneOffset.UTC)));
        System.out.println("parse ISO_DATE_TIME: " + ZonedDateTime.from(DateTimeFormatter.ISO_DATE_TIME.parse("2024-02-29T13:45:30.5+01:00[Europe/Paris]")));
        System.out.println("parse ISO_INSTANT: " + Instant.from(DateTimeFormatter.ISO_INSTANT.parse("2024-02-29T12:45:30Z")));
        System.out.println("parse ISO_INSTANT offset: " + DateTimeFormatter.ISO_INSTANT.parse("2024-02-29T13:45:30+01:00", Instant::from));
        System.out.println("parse RFC_1123: " + ZonedDateTime.parse("Tue, 3 Jun 2008 11:05:30 GMT", DateTimeFormatter.RFC_1123_DATE_TIME));
        System.out.println("parse BASIC: " + LocalDate.parse("20240229", DateTimeFormatter.BASIC_ISO_DATE));
        System.out.println("parse WEEK: " + LocalDate.parse("2024-W09-4", DateTimeFormatter.ISO_WEEK_DATE));
        System.out.println("parse ORDINAL: " + LocalDate.parse("2024-060", DateTimeFormatter.ISO_ORDINAL_DATE));
        System.out.println("parse LOCAL_DATE_TIME: " + LocalDateTime.parse("2024-02-29T13:45", DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        System.out.println("formatter toString: " + DateTimeFormatter.ISO_LOCAL_DATE + " | " + DateTimeFormatter.ISO_INSTANT);
        System.out.println("resolverStyle: " + DateTimeFormatter.ISO_LOCAL_DATE.getResolverStyle() + " chrono " + DateTimeFormatter.ISO_LOCAL_DATE.getChronology());
    }
}
