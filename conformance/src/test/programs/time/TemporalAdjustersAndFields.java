package time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.ValueRange;
import java.time.temporal.WeekFields;
import java.util.Locale;

public class TemporalAdjustersAndFields {
    public static void main(String[] args) {
        LocalDate d = LocalDate.of(2024, 2, 14);
        System.out.println("firstDayOfMonth: " + d.with(TemporalAdjusters.firstDayOfMonth()));
        System.out.println("lastDayOfMonth: " + d.with(TemporalAdjusters.lastDayOfMonth()));
        System.out.println("firstDayOfNextMonth: " + d.with(TemporalAdjusters.firstDayOfNextMonth()));
        System.out.println("firstDayOfYear: " + d.with(TemporalAdjusters.firstDayOfYear()));
        System.out.println("lastDayOfYear: " + d.with(TemporalAdjusters.lastDayOfYear()));
        System.out.println("next MONDAY: " + d.with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
        System.out.println("nextOrSame WEDNESDAY: " + d.with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY)));
        System.out.println("previous SUNDAY: " + d.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY)));
        System.out.println("firstInMonth FRIDAY: " + d.with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY)));
        System.out.println("lastInMonth FRIDAY: " + d.with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY)));
        System.out.println("dayOfWeekInMonth(2, TUESDAY): " + d.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY)));
        System.out.println("dayOfWeekInMonth(-1, MONDAY): " + d.with(TemporalAdjusters.dayOfWeekInMonth(-1, DayOfWeek.MONDAY)));
        System.out.println("custom: " + d.with(t -> t.plus(java.time.Period.ofDays(100))));
        System.out.println("ofDateAdjuster: " + LocalDateTime.of(2024, 2, 14, 9, 30).with(TemporalAdjusters.ofDateAdjuster(x -> x.plusWeeks(1))));
        for (LocalDate x : new LocalDate[] {LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 3), LocalDate.of(2024, 12, 30), LocalDate.of(2027, 1, 1)}) {
            System.out.println(x + " isoWeek " + x.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " wby " + x.get(IsoFields.WEEK_BASED_YEAR)
                    + " quarter " + x.get(IsoFields.QUARTER_OF_YEAR) + " dayOfQuarter " + x.get(IsoFields.DAY_OF_QUARTER)
                    + " US week " + x.get(WeekFields.of(Locale.US).weekOfYear()) + " ISO week " + x.get(WeekFields.ISO.weekOfWeekBasedYear())
                    + " alignedWeek " + x.get(ChronoField.ALIGNED_WEEK_OF_YEAR) + " epochDay " + x.getLong(ChronoField.EPOCH_DAY));
        }
        System.out.println("WeekFields US: " + WeekFields.of(Locale.US) + " ISO: " + WeekFields.ISO + " SUNDAY_START: " + WeekFields.SUNDAY_START);
        System.out.println("range DAY_OF_MONTH: " + d.range(ChronoField.DAY_OF_MONTH) + " " + ChronoField.DAY_OF_MONTH.range());
        System.out.println("ValueRange: " + ValueRange.of(1, 28, 31) + " valid " + ValueRange.of(1, 28, 31).isValidValue(30));
        System.out.println("with field: " + d.with(ChronoField.DAY_OF_YEAR, 366) + " " + d.with(IsoFields.QUARTER_OF_YEAR, 4));
        System.out.println("plus quarter: " + d.plus(1, IsoFields.QUARTER_YEARS) + " weekBasedYears " + d.plus(1, IsoFields.WEEK_BASED_YEARS));
        System.out.println("isSupported: " + d.isSupported(ChronoField.HOUR_OF_DAY) + " " + d.isSupported(ChronoField.EPOCH_DAY));
        try {
            d.get(ChronoField.HOUR_OF_DAY);
        } catch (java.time.temporal.UnsupportedTemporalTypeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            d.with(ChronoField.DAY_OF_MONTH, 30);
        } catch (java.time.DateTimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
