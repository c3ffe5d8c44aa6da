package format;


/** %s, %S, %b, %B, %h, %H, %c, %C, %% and %n with widths, precisions and flags. */
public class StringConversions {
    static void f(String format, Object... args) {
        try {
            System.out.println(format + " -> [" + String.format(format, args) + "]");
        } catch (RuntimeException e) {
            System.out.println(format + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static final class Point {
        final int x;
        final int y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public String toString() {
            return "(" + x + ", " + y + ")";
        }

        @Override
        public int hashCode() {
            return 31 * x + y;
        }
    }

    public static void main(String[] args) {
        Object[] values = {"hello", "", "Grüße", "ÿ", "straße", null, 42, -7L, 3.5, 'q', true, new Point(3, -4),
                "\u00e9t\u00e9", "\ud83d\ude00 smile"};
        String[] formats = {"%s", "%S", "%10s|", "%-10s|", "%.3s", "%10.2s|", "%-8.4S|", "%b", "%B", "%6b|", "%.2b",
                "%h", "%H", "%10h|", "%-10H|"};
        for (Object v : values) {
            for (String fmt : formats) {
                f(fmt, v);
            }
        }
        Object[] chars = {'a', 'Z', ' ', '\u00e9', '\u03a9', (byte) 65, (short) 66, 67, 0x1F600, 0x10FFFF, null};
        for (Object c : chars) {
            f("%c", c);
            f("%C", c);
            f("%3c|", c);
            f("%-3c|", c);
        }
        f("%c", 0x110000);
        f("%c", -1);
        f("%c", "x");
        f("%c", 3.0);
        f("%c", (byte) -1);
        f("%#c", 'x');
        f("%.1c", 'x');
        f("100%%");
        f("%5%|");
        f("%-5%|");
        f("a%nb");
        f("%n%n");
        f("%5n");
        f("%s and %s and %s", "one", "two", "three");
        f("%s|%-8s|%.3s", new StringBuilder("built"), new StringBuilder("sb"), new StringBuilder("truncate"));
        f("%s %s", "only one");
        f("%#s", "x");
        f("%,s", "x");
        f("%0s", "x");
        f("%+s", "x");
        f("%-s", "x");
        f("%S", "ǆ ﬁ ß ŉ");
        f("%s", "tab\there");
    }
}
