package time;

import java.time.LocalDate;
import java.time.chrono.ChronoLocalDate;
import java.time.chrono.IsoChronology;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.chrono.MinguoChronology;
import java.time.chrono.MinguoDate;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

public class OtherChronologies {
    public static void main(String[] args) {
        LocalDate iso = LocalDate.of(2024, 2, 29);
        JapaneseDate jp = JapaneseDate.from(iso);
        MinguoDate mg = MinguoDate.from(iso);
        ThaiBuddhistDate th = ThaiBuddhistDate.from(iso);
        for (ChronoLocalDate d : new ChronoLocalDate[] {jp, mg, th, IsoChronology.INSTANCE.date(iso)}) {
            System.out.println(d + " chrono " + d.getChronology() + " era " + d.getEra() + " yoe " + d.get(java.time.temporal.ChronoField.YEAR_OF_ERA)
                    + " len " + d.lengthOfMonth() + " leap " + d.isLeapYear() + " +1y " + d.plus(1, ChronoUnit.YEARS) + " epochDay " + d.toEpochDay());
        }
        System.out.println("japanese eras: " + JapaneseEra.values().length + " " + JapaneseEra.of(2) + " " + JapaneseEra.valueOf("Showa"));
        System.out.println("heisei end: " + JapaneseDate.of(2019, 4, 30) + " reiwa start: " + JapaneseDate.of(2019, 5, 1));
        System.out.println("of: " + JapaneseChronology.INSTANCE.date(JapaneseEra.HEISEI, 10, 3, 4) + " " + MinguoChronology.INSTANCE.date(100, 1, 1)
                + " " + ThaiBuddhistChronology.INSTANCE.date(2500, 6, 15));
        System.out.println("ids: " + JapaneseChronology.INSTANCE.getId() + " " + MinguoChronology.INSTANCE.getCalendarType() + " "
                + IsoChronology.INSTANCE.getId() + " " + ThaiBuddhistChronology.INSTANCE);
        System.out.println("localDateTime: " + jp.atTime(java.time.LocalTime.NOON));
        System.out.println("format: " + DateTimeFormatter.ofPattern("GGGG yyyy MM dd", Locale.US).format(jp) + " | "
                + DateTimeFormatter.ofPattern("G y-M-d", Locale.US).format(mg) + " | " + DateTimeFormatter.ofPattern("G y", Locale.US).format(th));
        System.out.println("until: " + jp.until(JapaneseDate.of(2030, 1, 1)) + " " + mg.until(iso.plusDays(40), ChronoUnit.DAYS));
        System.out.println("compare: " + jp.isEqual(iso) + " " + th.compareTo(mg));
        try {
            JapaneseDate.of(1868, 1, 1);
        } catch (java.time.DateTimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
