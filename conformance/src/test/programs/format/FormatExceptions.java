package format;


import java.util.IllegalFormatException;

/** Every IllegalFormatException subclass the JDK throws for a bad format, with its message and fields. */
public class FormatExceptions {
    static void f(String format, Object... args) {
        try {
            System.out.println(format + " -> [" + String.format(format, args) + "]");
        } catch (IllegalFormatException e) {
            System.out.println(format + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage());
            detail(e);
        } catch (RuntimeException e) {
            System.out.println(format + " -> other " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static void detail(IllegalFormatException e) {
        if (e instanceof java.util.UnknownFormatConversionException u) {
            System.out.println("  conversion=" + u.getConversion());
        } else if (e instanceof java.util.MissingFormatArgumentException m) {
            System.out.println("  specifier=" + m.getFormatSpecifier());
        } else if (e instanceof java.util.IllegalFormatPrecisionException p) {
            System.out.println("  precision=" + p.getPrecision());
        } else if (e instanceof java.util.IllegalFormatWidthException w) {
            System.out.println("  width=" + w.getWidth());
        } else if (e instanceof java.util.IllegalFormatConversionException c) {
            System.out.println("  conversion=" + c.getConversion() + " class=" + c.getArgumentClass().getName());
        } else if (e instanceof java.util.FormatFlagsConversionMismatchException m) {
            System.out.println("  flags=" + m.getFlags() + " conversion=" + m.getConversion());
        } else if (e instanceof java.util.IllegalFormatFlagsException m) {
            System.out.println("  flags=" + m.getFlags());
        } else if (e instanceof java.util.DuplicateFormatFlagsException d) {
            System.out.println("  flags=" + d.getFlags());
        } else if (e instanceof java.util.UnknownFormatFlagsException u) {
            System.out.println("  flags=" + u.getFlags());
        } else if (e instanceof java.util.MissingFormatWidthException m) {
            System.out.println("  specifier=" + m.getFormatSpecifier());
        } else if (e instanceof java.util.IllegalFormatCodePointException c) {
            System.out.println("  codePoint=" + c.getCodePoint());
        }
    }

    public static void main(String[] args) {
        f("%q", 1);
        f("%", 1);
        f("abc %", 1);
        f("%-", 1);
        f("%5", 1);
        f("%.", 1);
        f("%.5", 1);
        f("%1$", 1);
        f("%z%s", 1);
        f("%ts", 1);
        f("%d");
        f("%s %s", "one");
        f("%2$s", "one");
        f("%<s");
        f("%.2d", 1);
        f("%.2c", 'c');
        f("%.2x", 1);
        f("%.3%");
        f("%.1n");
        f("%d", "text");
        f("%f", 1);
        f("%c", "str");
        f("%c", 1.0f);
        f("%x", 1.0);
        f("%o", true);
        f("%e", 'c');
        f("%a", 1L);
        f("%#s", 1);
        f("%+s", "x");
        f("%,c", 'c');
        f("%#d", 1);
        f("%(x", 1);
        f("%,o", 1);
        f("%#e", 1.0);
        f("%,a", 1.0);
        f("%--5d", 1);
        f("%++d", 1);
        f("%##x", 1);
        f("%-d", 1);
        f("%-05d", 1);
        f("%+ d", 1);
        f("%0s", "x");
        f("%-%", 1);
        f("%0c", 'c');
        f("%-n");
        f("%5n");
        f("%c", 0x110000);
        f("%c", Integer.MIN_VALUE);
        f("%c", (short) -2);
        f("%0$d", 1);
        f("%2147483648d", 1);
        f("%.2147483648f", 1.0);
        f("%1$-s", "x");
        f("%Q", "x");
        f("%tZ", "no");
        f("%T", 1);
        try {
            String.format(null);
        } catch (NullPointerException e) {
            System.out.println("null format -> NullPointerException");
        }
    }
}
