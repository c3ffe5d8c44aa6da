package time;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.ChronoUnit;

public class LocalDateArithmetic {
    static int i(int v) {
        return v;
    }

    public static void main(String[] args) {
        LocalDate d = LocalDate.of(i(2024), 2, 28);
        System.out.println("d: " + d);
        System.out.println("plusDays(1): " + d.plusDays(1));
        System.out.println("plusDays(2): " + d.plusDays(2));
        System.out.println("plusMonths(1): " + d.plusMonths(1));
        System.out.println("plusYears(1): " + d.plusYears(1));
        System.out.println("Jan31+1M: " + LocalDate.of(2023, 1, 31).plusMonths(1));
        System.out.println("Jan31+1M leap: " + LocalDate.of(2024, 1, 31).plusMonths(1));
        System.out.println("Feb29+1Y: " + LocalDate.of(2024, 2, 29).plusYears(1));
        System.out.println("Feb29+4Y: " + LocalDate.of(2024, 2, 29).plusYears(4));
        System.out.println("minusWeeks(10): " + d.minusWeeks(10));
        System.out.println("minusDays(366): " + d.minusDays(366));
        for (int y : new int[] {1900, 2000, 2023, 2024, 2100, 2400, -4, 0}) {
            System.out.println("isLeap " + y + ": " + Year.isLeap(y) + " " + LocalDate.of(y, 1, 1).isLeapYear()
                    + " len " + LocalDate.of(y, 2, 1).lengthOfMonth() + " " + LocalDate.of(y, 1, 1).lengthOfYear());
        }
        System.out.println("dayOfYear: " + LocalDate.of(2024, 12, 31).getDayOfYear());
        System.out.println("ofYearDay: " + LocalDate.ofYearDay(2023, 60));
        System.out.println("ofEpochDay(0): " + LocalDate.ofEpochDay(0));
        System.out.println("ofEpochDay(-1): " + LocalDate.ofEpochDay(-1));
        System.out.println("toEpochDay: " + LocalDate.of(2000, 1, 1).toEpochDay());
        System.out.println("MIN: " + LocalDate.MIN + " MAX: " + LocalDate.MAX);
        System.out.println("year 10000: " + LocalDate.of(10000, 1, 1));
        System.out.println("year -1: " + LocalDate.of(-1, 6, 15));
        LocalDate a = LocalDate.of(2020, 3, 15);
        LocalDate b = LocalDate.of(2024, 2, 29);
        System.out.println("daysBetween: " + ChronoUnit.DAYS.between(a, b));
        System.out.println("monthsBetween: " + ChronoUnit.MONTHS.between(a, b));
        System.out.println("yearsBetween: " + ChronoUnit.YEARS.between(a, b));
        System.out.println("until: " + a.until(b));
        System.out.println("until days: " + a.until(b, ChronoUnit.DAYS));
        System.out.println("compare: " + a.compareTo(b) + " " + a.isBefore(b) + " " + a.isAfter(b) + " " + a.isEqual(a));
        System.out.println("equals/hash: " + a.equals(LocalDate.of(2020, Month.MARCH, 15)) + " " + a.hashCode());
        System.out.println("withDayOfMonth: " + a.withDayOfMonth(31));
        System.out.println("withMonth: " + LocalDate.of(2023, 3, 31).withMonth(2));
        System.out.println("withYear: " + LocalDate.of(2024, 2, 29).withYear(2023));
        System.out.println("datesUntil count: " + a.datesUntil(a.plusDays(10)).count());
        System.out.println("parse: " + LocalDate.parse("1999-12-31").plusDays(1));
    }
}
