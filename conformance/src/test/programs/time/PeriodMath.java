package time;

import java.time.LocalDate;
import java.time.Period;

public class PeriodMath {
    public static void main(String[] args) {
        Period[] ps = {Period.ZERO, Period.ofDays(3), Period.ofWeeks(2), Period.ofMonths(14), Period.ofYears(-1), Period.of(1, 2, 3), Period.of(0, -13, 40)};
        for (Period p : ps) {
            System.out.println(p + " y=" + p.getYears() + " m=" + p.getMonths() + " d=" + p.getDays() + " total=" + p.toTotalMonths()
                    + " normalized=" + p.normalized() + " neg=" + p.isNegative() + " zero=" + p.isZero() + " negated=" + p.negated());
        }
        System.out.println("between: " + Period.between(LocalDate.of(2020, 1, 31), LocalDate.of(2024, 2, 29)));
        System.out.println("between neg: " + Period.between(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 2, 29)));
        System.out.println("between 2: " + Period.between(LocalDate.of(2023, 1, 31), LocalDate.of(2023, 3, 1)));
        System.out.println("plus: " + Period.of(1, 11, 30).plus(Period.of(0, 1, 1)) + " " + Period.ofMonths(1).plusDays(-40));
        System.out.println("multipliedBy: " + Period.of(1, 2, 3).multipliedBy(-3));
        System.out.println("addTo: " + LocalDate.of(2024, 1, 31).plus(Period.ofMonths(1)) + " " + LocalDate.of(2024, 2, 29).plus(Period.of(1, 0, 1)));
        System.out.println("subtractFrom: " + LocalDate.of(2024, 3, 31).minus(Period.of(0, 1, 1)));
        for (String s : new String[] {"P1Y2M3D", "P2W", "P-1Y2M", "-P1Y2M", "P1Y2M3W4D", "p3d"}) {
            System.out.println("parse " + s + " -> " + Period.parse(s));
        }
        try {
            Period.parse("P1H");
        } catch (java.time.format.DateTimeParseException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            Period.ofYears(Integer.MAX_VALUE).plusYears(1);
        } catch (ArithmeticException e) {
            System.out.println("overflow: " + e.getMessage());
        }
        System.out.println("equals: " + Period.ofMonths(12).equals(Period.ofYears(1)) + " " + Period.of(1, 2, 3).hashCode());
    }
}
