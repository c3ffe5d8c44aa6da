package format;

import java.util.IllegalFormatException;

/**
 * The parts of a format specifier in every combination: argument index, flags, width, precision, the date/time
 * prefix and the conversion, with the texts where one part could be read as another (zeros as flag or width, a
 * {@code t} without a suffix, a dollar sign without digits), next to fixed text and at the end of the format.
 */
public class SpecifierSyntax {
    static void f(String format, Object... args) {
        try {
            System.out.println(format + " -> [" + String.format(format, args) + "]");
        } catch (IllegalFormatException e) {
            System.out.println(format + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] indexes = {"", "2$", "<"};
        String[] flags = {"", "-", "0", "+", " ", "(", "#", "0,", "(,"};
        String[] widths = {"", "6", "12"};
        String[] precisions = {"", ".0", ".10"};
        String[] conversions = {"d", "x", "s", "S", "f", "e", "b", "c", "%", "n", "h"};
        int count = 0;
        for (String index : indexes) {
            for (String flag : flags) {
                for (String width : widths) {
                    for (String precision : precisions) {
                        for (String conversion : conversions) {
                            String spec = "%" + index + flag + width + precision + conversion;
                            Object arg = switch (conversion) {
                                case "f", "e" -> -1234.5678;
                                case "c" -> 'q';
                                case "b" -> Boolean.TRUE;
                                case "s", "S" -> "word";
                                default -> -4321;
                            };
                            try {
                                String text = String.format("<" + spec + "|%<s>", arg, arg);
                                if (count++ % 7 == 0) System.out.println(spec + " -> " + text);
                            } catch (IllegalFormatException e) {
                                if (count++ % 3 == 0) System.out.println(spec + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage());
                            }
                        }
                    }
                }
            }
        }
        System.out.println(count + " specifiers");

        f("%t");
        f("%t!", 1);
        f("%T", 1);
        f("%t%", 1);
        f("%tt", 1);
        f("%Tq", 1);
        f("%00d", 1);
        f("%000005d", 42);
        f("%0005.1f", 2.25);
        f("%1$$", 1);
        f("%$d", 1);
        f("%1$1$d", 1);
        f("%12$d", 1);
        f("%01$d", 7);
        f("%1$<d", 1);
        f("%<1$d", 1);
        f("%-0.", 1);
        f("%.5.5f", 1.0);
        f("%5.f", 1.0);
        f("%99999999999$d", 1);
        f("%-99999999999d", 1);
        f("%\u0660d", 1);
        f("%1\u0660$d", 1);
        f("%é", 1);
        f("text %", 1);
        f("%d%", 1);
        f("%d%%%n%s", 1, "end");
        f("%%%d%%", 5);
        f("a%sb%sc%sd", 1, 2, 3);
        f("%s %<s %s %<S %1$s %2$s", "x", "y");
        f("%-6b|%6B|", false, true);
        f("%10.3s|%-10.3S|", "abcdef", "abcdef");
        f("%,015d|%(,d|%+,d", 1234567, -7654321, 42);
    }
}
