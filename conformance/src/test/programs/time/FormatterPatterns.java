package time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

public class FormatterPatterns {
    public static void main(String[] args) {
        LocalDateTime dt = LocalDateTime.of(2024, 2, 9, 7, 5, 3, 120_000_000);
        ZonedDateTime z = dt.atZone(ZoneId.of("America/New_York"));
        String[] patterns = {"yyyy-MM-dd", "dd/MM/yy", "d MMM uuuu", "EEEE, MMMM d, yyyy", "EEE MMM dd HH:mm:ss",
            "h:mm a", "hh 'o''clock' a", "HH:mm:ss.SSS", "HH:mm:ss.SSSSSS", "K:mm a", "k:mm", "D", "DDD", "w", "e", "c", "Q QQ QQQ QQQQ",
            "MMMMM", "EEEEE", "G GGGGG", "yy", "u", "y", "yyyyy", "[yyyy][-MM]", "n N", "A", "VV", "z", "zzzz", "O OOOO", "X XX XXX", "x xx xxx", "Z ZZZZ ZZZZZ",
            "'week' W 'of' MMMM", "E dd.MM.", "LLLL"};
        for (String p : patterns) {
            System.out.println(p + " -> " + DateTimeFormatter.ofPattern(p, Locale.US).format(z));
        }
        DateTimeFormatter root = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, a", Locale.ROOT);
        System.out.println("ROOT: " + root.format(dt));
        System.out.println("ENGLISH: " + DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, a", Locale.ENGLISH).format(dt));
        System.out.println("default: " + DateTimeFormatter.ofPattern("EEEE d MMMM yyyy").format(dt));
        System.out.println("toString: " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.US));
        System.out.println("LocalDate.format: " + LocalDate.of(1, 1, 1).format(DateTimeFormatter.ofPattern("uuuu/MM/dd G", Locale.US)));
        System.out.println("BCE: " + LocalDate.of(-43, 3, 15).format(DateTimeFormatter.ofPattern("yyyy uuuu G", Locale.US)));
        System.out.println("withLocale: " + DateTimeFormatter.ofPattern("MMM").withLocale(Locale.ROOT).format(dt));
        System.out.println("withZone: " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm VV", Locale.US).withZone(ZoneId.of("Asia/Kolkata"))
                .format(z.toInstant()));
        try {
            DateTimeFormatter.ofPattern("HH:mm").format(LocalDate.of(2024, 1, 1));
        } catch (java.time.DateTimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            DateTimeFormatter.ofPattern("yyyy-MM-dd {");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            DateTimeFormatter.ofPattern("qqqqqq");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
