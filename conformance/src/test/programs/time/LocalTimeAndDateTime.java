package time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

public class LocalTimeAndDateTime {
    public static void main(String[] args) {
        LocalTime t = LocalTime.of(23, 59, 30);
        System.out.println("t: " + t);
        System.out.println("plusSeconds(45): " + t.plusSeconds(45));
        System.out.println("plusHours(25): " + t.plusHours(25));
        System.out.println("minusMinutes(1440): " + t.minusMinutes(1440));
        System.out.println("noon: " + LocalTime.NOON + " midnight: " + LocalTime.MIDNIGHT + " max: " + LocalTime.MAX);
        System.out.println("nanos: " + LocalTime.of(1, 2, 3, 400_000_000) + " " + LocalTime.of(1, 2, 3, 450_000)
                + " " + LocalTime.of(1, 2, 3, 7) + " " + LocalTime.of(1, 2));
        System.out.println("toSecondOfDay: " + t.toSecondOfDay() + " ofSecondOfDay: " + LocalTime.ofSecondOfDay(3661));
        System.out.println("toNanoOfDay: " + LocalTime.of(0, 0, 1, 5).toNanoOfDay());
        System.out.println("truncatedTo: " + LocalTime.of(10, 45, 59, 999).truncatedTo(ChronoUnit.MINUTES));
        System.out.println("parse: " + LocalTime.parse("07:08") + " " + LocalTime.parse("07:08:09.123456"));
        System.out.println("between: " + ChronoUnit.MINUTES.between(LocalTime.of(8, 15), LocalTime.of(17, 40)));
        LocalDateTime dt = LocalDateTime.of(2023, 12, 31, 23, 59, 59, 999_999_999);
        System.out.println("dt: " + dt);
        System.out.println("plusNanos(1): " + dt.plusNanos(1));
        System.out.println("plusMinutes(61): " + dt.plusMinutes(61));
        System.out.println("minusMonths(10): " + dt.minusMonths(10));
        System.out.println("toLocalDate/Time: " + dt.toLocalDate() + " " + dt.toLocalTime());
        System.out.println("atTime: " + LocalDate.of(2000, 2, 29).atTime(6, 30));
        System.out.println("atStartOfDay: " + LocalDate.of(2000, 2, 29).atStartOfDay());
        System.out.println("parse: " + LocalDateTime.parse("2024-02-29T12:34:56.789"));
        System.out.println("hours between: " + ChronoUnit.HOURS.between(LocalDateTime.of(2024, 1, 1, 0, 0), dt));
        System.out.println("getters: " + dt.getYear() + " " + dt.getMonth() + " " + dt.getMonthValue() + " "
                + dt.getDayOfMonth() + " " + dt.getDayOfWeek() + " " + dt.getHour() + " " + dt.getNano());
        System.out.println("compare: " + dt.compareTo(dt.plusNanos(1)) + " " + dt.isAfter(dt.minusSeconds(1)));
        System.out.println("withHour: " + dt.withHour(0).withMinute(0).withSecond(0).withNano(0));
        System.out.println("ofEpochSecond: " + LocalDateTime.ofEpochSecond(1_000_000_000L, 5, java.time.ZoneOffset.ofHours(2)));
        System.out.println("toEpochSecond: " + dt.toEpochSecond(java.time.ZoneOffset.UTC));
    }
}
