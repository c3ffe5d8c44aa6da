package time;

import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

public class CalendarFields {
    static String show(Calendar c) {
        return c.get(Calendar.YEAR) + "-" + (c.get(Calendar.MONTH) + 1) + "-" + c.get(Calendar.DAY_OF_MONTH) + " "
                + c.get(Calendar.HOUR_OF_DAY) + ":" + c.get(Calendar.MINUTE) + ":" + c.get(Calendar.SECOND) + "."
                + c.get(Calendar.MILLISECOND) + " dow " + c.get(Calendar.DAY_OF_WEEK) + " doy " + c.get(Calendar.DAY_OF_YEAR)
                + " woy " + c.get(Calendar.WEEK_OF_YEAR) + " wom " + c.get(Calendar.WEEK_OF_MONTH) + " era " + c.get(Calendar.ERA)
                + " zone " + c.get(Calendar.ZONE_OFFSET) + " dst " + c.get(Calendar.DST_OFFSET) + " ms " + c.getTimeInMillis();
    }

    public static void main(String[] args) {
        GregorianCalendar g = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.US);
        g.clear();
        g.set(2024, Calendar.FEBRUARY, 29, 13, 14, 15);
        System.out.println("set: " + show(g));
        g.add(Calendar.YEAR, 1);
        System.out.println("add year: " + show(g));
        g.add(Calendar.DAY_OF_MONTH, 400);
        System.out.println("add 400 days: " + show(g));
        g.roll(Calendar.MONTH, 11);
        System.out.println("roll month: " + show(g));
        g.set(Calendar.DAY_OF_MONTH, 45);
        System.out.println("lenient: " + show(g));
        System.out.println("actual max: " + g.getActualMaximum(Calendar.DAY_OF_MONTH) + " " + g.getActualMaximum(Calendar.DAY_OF_YEAR)
                + " leap 1900 " + g.isLeapYear(1900) + " 2000 " + g.isLeapYear(2000) + " 1500 " + g.isLeapYear(1500));
        GregorianCalendar paris = new GregorianCalendar(TimeZone.getTimeZone("Europe/Paris"), Locale.US);
        paris.setTimeInMillis(1_711_846_800_000L); // 2024-03-31T01:00:00Z
        System.out.println("paris: " + show(paris));
        paris.add(Calendar.HOUR_OF_DAY, -1);
        System.out.println("paris -1h: " + show(paris));
        GregorianCalendar julian = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.US);
        julian.clear();
        julian.set(1582, Calendar.OCTOBER, 4);
        System.out.println("before cutover: " + show(julian));
        julian.add(Calendar.DAY_OF_MONTH, 1);
        System.out.println("after cutover: " + show(julian));
        julian.set(1000, Calendar.FEBRUARY, 29);
        System.out.println("julian leap: " + show(julian));
        julian.set(Calendar.ERA, GregorianCalendar.BC);
        System.out.println("BC: " + show(julian));
        GregorianCalendar strict = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.US);
        strict.setLenient(false);
        strict.set(2023, Calendar.FEBRUARY, 29);
        try {
            strict.getTime();
        } catch (IllegalArgumentException e) {
            System.out.println("strict: " + e.getClass().getName() + ": " + e.getMessage());
        }
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("America/New_York"), Locale.US);
        c.setTime(new Date(1_700_000_000_000L));
        System.out.println("getInstance: " + c.getClass().getName() + " " + show(c) + " first " + c.getFirstDayOfWeek()
                + " minDays " + c.getMinimalDaysInFirstWeek());
        System.out.println("names: " + c.getDisplayName(Calendar.MONTH, Calendar.LONG, Locale.US) + " "
                + c.getDisplayName(Calendar.DAY_OF_WEEK, Calendar.SHORT, Locale.US) + " " + c.getDisplayName(Calendar.AM_PM, Calendar.SHORT, Locale.US));
        System.out.println("toZonedDateTime: " + ((GregorianCalendar) c).toZonedDateTime());
        System.out.println("from: " + show(GregorianCalendar.from(java.time.ZonedDateTime.parse("2024-07-04T12:00-04:00[America/New_York]"))));
        System.out.println("compare: " + c.compareTo(g) + " before " + c.before(g) + " equals " + c.equals(c.clone()));
        System.out.println("weekYear: " + g.getWeekYear() + " weeks " + g.getWeeksInWeekYear());
        Calendar iso = new Calendar.Builder().setCalendarType("iso8601").setDate(2021, 0, 3).setTimeZone(TimeZone.getTimeZone("UTC")).build();
        System.out.println("iso8601: " + iso.get(Calendar.WEEK_OF_YEAR) + " " + iso.getWeekYear() + " " + iso.getFirstDayOfWeek());
    }
}
