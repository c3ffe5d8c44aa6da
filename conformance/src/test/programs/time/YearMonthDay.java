package time;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;

public class YearMonthDay {
    public static void main(String[] args) {
        Year y = Year.of(2024);
        System.out.println("year: " + y + " leap " + y.isLeap() + " len " + y.length() + " day 60 " + y.atDay(60)
                + " plus " + y.plusYears(76) + " valid 02-29 " + y.isValidMonthDay(MonthDay.of(2, 29)));
        System.out.println("year parse: " + Year.parse("-0044") + " " + Year.of(-44) + " " + Year.of(12345));
        YearMonth ym = YearMonth.of(2023, 2);
        System.out.println("yearMonth: " + ym + " len " + ym.lengthOfMonth() + " end " + ym.atEndOfMonth() + " plus "
                + ym.plusMonths(13) + " minus " + ym.minusYears(1) + " leap " + ym.isLeapYear());
        System.out.println("ym parse: " + YearMonth.parse("2024-12").plusMonths(1) + " valid " + ym.isValidDay(29));
        System.out.println("ym from: " + YearMonth.from(LocalDate.of(2000, 7, 4)) + " compare " + ym.compareTo(YearMonth.of(2023, 3)));
        MonthDay md = MonthDay.of(Month.FEBRUARY, 29);
        System.out.println("monthDay: " + md + " in 2023 " + md.atYear(2023) + " in 2024 " + md.atYear(2024)
                + " validYear 2023 " + md.isValidYear(2023));
        System.out.println("md parse: " + MonthDay.parse("--12-25") + " before " + MonthDay.of(1, 1).isBefore(md)
                + " with " + md.withMonth(4));
        System.out.println("md from: " + MonthDay.from(LocalDate.of(2024, 10, 31)));
        try {
            MonthDay.of(4, 31);
        } catch (java.time.DateTimeException e) {
            System.out.println("bad monthDay: " + e.getMessage());
        }
        try {
            YearMonth.of(2023, 13);
        } catch (java.time.DateTimeException e) {
            System.out.println("bad yearMonth: " + e.getMessage());
        }
        try {
            YearMonth.parse("2023/01");
        } catch (java.time.format.DateTimeParseException e) {
            System.out.println("bad parse: " + e.getMessage());
        }
    }
}
