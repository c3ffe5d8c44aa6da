package text;


import java.text.MessageFormat;
import java.util.Locale;

/** MessageFormat: arguments, quoting, missing and extra arguments, strings, numbers and nulls, toPattern. */
public class MessageFormatBasics {
    /** MessageFormat.toPattern and equals compare number and choice subformats with the currency instance: no currency data. */
    static boolean hasNumber(MessageFormat f) {
        for (java.text.Format x : f.getFormats()) {
            if (x instanceof java.text.NumberFormat) return true;
        }
        return false;
    }

    static void show(String pattern, Object... args) {
        try {
            MessageFormat f = new MessageFormat(pattern, Locale.US);
            System.out.println(pattern + " [" + (hasNumber(f) ? "" : f.toPattern()) + "] -> " + f.format(args));
        } catch (IllegalArgumentException e) {
            System.out.println(pattern + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        show("Hello, {0}!", "world");
        show("{1} before {0}, {0} again", "a", "b");
        show("missing {3} and {0}", "x");
        show("no arguments at all");
        show("null argument {0}", (Object) null);
        show("numbers {0} {1} {2} {3} {4}", 1234567, -0.5, 1234.5678, 12345678901234L, 3.0f);
        show("big {0} {1}", new java.math.BigDecimal("1234567.8900"), new java.math.BigInteger("-123456789012345678901"));
        show("'{0}' is quoted, '{'0} too, {0} is not", "X");
        show("it''s {0}''s", "Bob");
        show("'' alone and '''quoted''' {0}", 1);
        show("brace in quotes: '{' and '}' and {0}", "v");
        show("unmatched } closing", 1);
        show("{0}{1}{2}{3}{4}{5}{6}{7}{8}{9}{10}", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        show("{ 0 }", "spaces");
        show("{0,number}", 1234.5);
        show("{0, number ,integer}", 1234.5);
        show("a '{0} b", "c");
        show("{0", 1);
        show("{x}", 1);
        show("{-1}", 1);
        show("{0,unknown}", 1);
        show("{0,number,#.#.#}", 1);
        show("{0,}", 1);
        show("{0,number,}", 1);
        System.out.println(MessageFormat.format("static {0} and {1}", "one", 2));
        System.out.println(MessageFormat.format("{0} {0} {0}", "x"));
        MessageFormat f = new MessageFormat("{0} and {1}");
        System.out.println(f.getLocale() + " " + f.format(new Object[] {"p", "q", "extra"}));
        System.out.println(f.format(new Object[0]) + " | " + f.format(null));
        System.out.println(f.format(new Object[] {new StringBuilder("sb"), 'c'}));
        f.setLocale(Locale.ROOT);
        f.applyPattern("{0,number} / {1}");
        System.out.println(f.getLocale() + " " + f.format(new Object[] {-9876.54, 1.5}));
        MessageFormat g = (MessageFormat) f.clone();
        System.out.println((g.hashCode() == f.hashCode()) + " " + new MessageFormat("{0}").equals(new MessageFormat("{0}"))
            + " " + new MessageFormat("{0}").equals(new MessageFormat("{1}")));
        try {
            f.format("not an array");
        } catch (IllegalArgumentException | ClassCastException e) {
            System.out.println("format(String): " + e.getClass().getName());
        }
        try {
            new MessageFormat(null);
        } catch (NullPointerException e) {
            System.out.println("null pattern NPE");
        }
    }
}
