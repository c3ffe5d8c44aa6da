package time;

import java.text.ParseException;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

public class SimpleDateFormatParse {
    static void parse(String pattern, String text, String zone, boolean lenient) {
        SimpleDateFormat f = new SimpleDateFormat(pattern, Locale.US);
        f.setTimeZone(TimeZone.getTimeZone(zone));
        f.setLenient(lenient);
        try {
            Date d = f.parse(text);
            System.out.println(pattern + " | " + text + " | " + zone + " -> " + d.getTime() + " " + d.toInstant());
        } catch (ParseException e) {
            System.out.println(pattern + " | " + text + " | " + zone + " -> " + e.getClass().getName() + ": " + e.getMessage()
                    + " at " + e.getErrorOffset());
        }
    }

    public static void main(String[] args) {
        parse("yyyy-MM-dd", "2024-02-29", "UTC", true);
        parse("yyyy-MM-dd", "2024-02-30", "UTC", true);
        parse("yyyy-MM-dd", "2024-02-30", "UTC", false);
        parse("yyyy-MM-dd HH:mm:ss", "2024-03-31 02:30:00", "Europe/Paris", true);
        parse("yyyy-MM-dd HH:mm:ss", "2024-10-27 02:30:00", "Europe/Paris", true);
        parse("yyyy-MM-dd HH:mm:ss Z", "2024-02-29 13:04:05 +0530", "UTC", true);
        parse("yyyy-MM-dd HH:mm:ss z", "2024-02-29 13:04:05 PST", "UTC", true);
        parse("yyyy-MM-dd HH:mm:ss z", "2024-07-04 13:04:05 EDT", "UTC", true);
        parse("yyyy-MM-dd HH:mm:ss zzzz", "2024-02-29 13:04:05 Central European Standard Time", "UTC", true);
        parse("yyyy-MM-dd'T'HH:mm:ssXXX", "2024-02-29T13:04:05-03:00", "UTC", true);
        parse("yyyy-MM-dd'T'HH:mm:ssX", "2024-02-29T13:04:05Z", "Asia/Tokyo", true);
        parse("EEE, d MMM yyyy HH:mm:ss Z", "Thu, 29 Feb 2024 13:04:05 +0000", "UTC", true);
        parse("d MMMM yy", "3 January 99", "UTC", true);
        parse("d MMMM yy", "3 January 05", "UTC", true);
        parse("MM/dd/yyyy", "13/01/2024", "UTC", false);
        parse("MM/dd/yyyy", "13/01/2024", "UTC", true);
        parse("MM/dd/yyyy", "1/2/2024x", "UTC", true);
        parse("MM/dd/yyyy", "hello", "UTC", true);
        parse("h:mm a", "12:30 AM", "UTC", true);
        parse("h:mm a", "12:30 PM", "UTC", true);
        parse("GGyyyy", "BC0044", "UTC", true);
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd", Locale.US);
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        ParsePosition pos = new ParsePosition(4);
        Date d = f.parse("on: 2024-01-02 and more", pos);
        System.out.println("position: " + d.getTime() + " index " + pos.getIndex() + " error " + pos.getErrorIndex());
        ParsePosition bad = new ParsePosition(0);
        System.out.println("bad position: " + f.parse("x2024", bad) + " index " + bad.getIndex() + " error " + bad.getErrorIndex());
        SimpleDateFormat two = new SimpleDateFormat("yy-MM-dd", Locale.US);
        two.setTimeZone(TimeZone.getTimeZone("UTC"));
        two.set2DigitYearStart(new Date(0));
        try {
            System.out.println("2-digit start: " + two.parse("69-06-01").toInstant() + " " + two.parse("70-06-01").toInstant()
                    + " " + two.get2DigitYearStart().getTime());
        } catch (ParseException e) {
            System.out.println(e);
        }
    }
}
