package time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

public class DayOfWeekAndMonth {
    public static void main(String[] args) {
        for (DayOfWeek d : DayOfWeek.values()) {
            System.out.println(d + " " + d.getValue() + " +3=" + d.plus(3) + " -8=" + d.minus(8) + " "
                    + d.getDisplayName(TextStyle.FULL, Locale.US) + " " + d.getDisplayName(TextStyle.SHORT, Locale.US) + " "
                    + d.getDisplayName(TextStyle.NARROW, Locale.US) + " " + d.getDisplayName(TextStyle.SHORT, Locale.ROOT));
        }
        for (Month m : Month.values()) {
            System.out.println(m + " " + m.getValue() + " len " + m.length(false) + "/" + m.length(true) + " min "
                    + m.minLength() + " first " + m.firstDayOfYear(true) + " quarter " + m.firstMonthOfQuarter() + " +14 "
                    + m.plus(14) + " " + m.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                    + m.getDisplayName(TextStyle.SHORT, Locale.US) + " " + m.getDisplayName(TextStyle.FULL_STANDALONE, Locale.US));
        }
        System.out.println("of: " + DayOfWeek.of(7) + " " + Month.of(1) + " valueOf: " + DayOfWeek.valueOf("MONDAY"));
        System.out.println("from: " + DayOfWeek.from(LocalDate.of(2000, 1, 1)) + " " + Month.from(LocalDate.of(2000, 1, 1)));
        try {
            DayOfWeek.of(0);
        } catch (java.time.DateTimeException e) {
            System.out.println("bad: " + e.getMessage());
        }
        try {
            Month.of(13);
        } catch (java.time.DateTimeException e) {
            System.out.println("bad: " + e.getMessage());
        }
        java.util.EnumMap<DayOfWeek, Integer> count = new java.util.EnumMap<>(DayOfWeek.class);
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
            count.merge(d.getDayOfWeek(), 1, Integer::sum);
        }
        System.out.println("2024 weekdays: " + count);
        int fridays13 = 0;
        for (LocalDate d = LocalDate.of(2000, 1, 13); d.getYear() < 2030; d = d.plusMonths(1)) {
            if (d.getDayOfWeek() == DayOfWeek.FRIDAY) fridays13++;
        }
        System.out.println("Friday 13ths 2000-2029: " + fridays13);
    }
}
