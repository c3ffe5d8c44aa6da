package time;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

public class SimpleDateFormatFormat {
    public static void main(String[] args) {
        Date d = new Date(1_709_211_845_123L); // 2024-02-29T13:04:05.123Z
        String[] patterns = {"yyyy-MM-dd'T'HH:mm:ss.SSSZ", "EEE, d MMM yyyy HH:mm:ss Z", "yyyyy.MMMMM.dd GGG hh:mm aaa", "h:mm a",
            "K:mm a, z", "zzzz", "X XX XXX", "D w W F E u", "yy MM dd", "''yy''", "EEEE MMMM", "k kk H HH"};
        for (String tz : new String[] {"UTC", "Europe/Paris", "GMT-08:00", "America/New_York"}) {
            for (String p : patterns) {
                SimpleDateFormat f = new SimpleDateFormat(p, Locale.US);
                f.setTimeZone(TimeZone.getTimeZone(tz));
                System.out.println(tz + " " + p + " -> " + f.format(d));
            }
        }
        SimpleDateFormat root = new SimpleDateFormat("EEEE d MMMM yyyy", Locale.ROOT);
        root.setTimeZone(TimeZone.getTimeZone("UTC"));
        System.out.println("ROOT: " + root.format(d));
        SimpleDateFormat def = new SimpleDateFormat("yyyy-MM-dd HH:mm zzz");
        System.out.println("default zone: " + def.format(d) + " pattern " + def.toPattern());
        try {
            new SimpleDateFormat("yyyy-MM-dd q");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            new SimpleDateFormat("'unterminated");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd", Locale.US);
        f.applyPattern("dd/MM/yyyy HH:mm");
        f.setTimeZone(TimeZone.getTimeZone("Asia/Kolkata"));
        System.out.println("applyPattern: " + f.toPattern() + " " + f.format(d));
        SimpleDateFormat copy = (SimpleDateFormat) f.clone();
        System.out.println("clone: " + copy.toPattern() + " " + copy.getTimeZone().getID() + " " + copy.format(d));
    }
}
