package format;


/** Explicit argument indexes (%2$s), the previous argument (%<s), and how they mix with ordinary ones. */
public class ArgumentIndexes {
    static void f(String format, Object... args) {
        try {
            System.out.println(format + " -> [" + String.format(format, args) + "]");
        } catch (RuntimeException e) {
            System.out.println(format + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        f("%2$s %1$s", "a", "b");
        f("%1$s %1$s %1$s", "x");
        f("%s %<s %<S", "low");
        f("%3$s %s %s %s", "a", "b", "c");
        f("%2$s %s %<s %s", "a", "b", "c");
        f("%1$d %1$x %1$o %<X", 255);
        f("%1$tY", (Object) null);
        f("%2$10s|%1$-6d|", 42, "right");
        f("%3$s", "a", "b");
        f("%0$s", "a");
        f("%<s", "a");
        f("%s %<s %s", "a", "b");
        f("%1$s %s", "a");
        f("%-1$s", "a");
        f("%99$s", "a");
        f("%2147483647$s", "a");
        f("%2147483648$s", "a");
        f("%1$s and %2$s", "only");
        f("%2$s", (Object[]) null);
        f("%s", (Object[]) null);
        f("%s %s", new Object[] {null, null});
        f("%1$s|%1$10s|%1$-10s|%1$.2s", "indexed");
        f("%1$,d %1$+d %1$(d", -123456);
        f("%4$s %3$s %2$s %1$s", 1, 2, 3, 4);
        f("no arguments at all");
        f("%n", 1, 2, 3);
        f("%% %s %%", "pct");
    }
}
