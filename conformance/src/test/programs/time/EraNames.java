package time;

import java.text.DateFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.chrono.IsoEra;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Era names in every style: java.time's (long names from the java.time supplement of the locale data) and
 * java.util's (where LONG means the short names for compatibility, LONG_STANDALONE the long ones), plus the
 * other text fields of DateTimeFormatter patterns at their widths.
 */
public class EraNames {
    public static void main(String[] args) {
        LocalDate ad = LocalDate.of(2024, 3, 5);
        LocalDate bc = LocalDate.of(-43, 3, 15);
        for (Locale locale : new Locale[] {Locale.US, Locale.ENGLISH, Locale.ROOT}) {
            System.out.println("== " + (locale.toString().isEmpty() ? "ROOT" : locale));
            for (TextStyle style : TextStyle.values()) {
                System.out.println(style + ": " + IsoEra.CE.getDisplayName(style, locale) + " / " + IsoEra.BCE.getDisplayName(style, locale));
            }
            for (String p : new String[] {"G", "GGGG", "GGGGG", "MMMM", "MMMMM", "LLLL", "EEEE", "EEEEE", "QQQ", "QQQQ", "a", "B", "BBBB"}) {
                DateTimeFormatter f = DateTimeFormatter.ofPattern(p, locale);
                try {
                    System.out.println(p + " -> " + f.format(LocalDateTime.of(ad, LocalTime.of(15, 4))) + " | " + f.format(LocalDateTime.of(bc, LocalTime.of(6, 0))));
                } catch (RuntimeException e) {
                    System.out.println(p + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
            System.out.println("DateFormatSymbols eras " + Arrays.toString(DateFormatSymbols.getInstance(locale).getEras()));
            Calendar c = new GregorianCalendar(locale);
            for (int style : new int[] {Calendar.SHORT, Calendar.LONG, Calendar.NARROW_FORMAT, Calendar.SHORT_STANDALONE,
                    Calendar.LONG_STANDALONE, Calendar.NARROW_STANDALONE}) {
                System.out.println("Calendar style " + style + ": " + c.getDisplayName(Calendar.ERA, style, locale));
            }
            System.out.println("all styles " + new TreeMap<>(c.getDisplayNames(Calendar.ERA, Calendar.ALL_STYLES, locale)));
        }
    }
}
