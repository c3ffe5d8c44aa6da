package text;

import java.text.ChoiceFormat;
import java.text.ParsePosition;
import java.util.Arrays;

/** ChoiceFormat: patterns with #, < and \u2264, limits arrays, nextDouble/previousDouble, parse, errors. */
public class ChoiceFormats {
    static void show(String pattern, double... values) {
        try {
            ChoiceFormat f = new ChoiceFormat(pattern);
            StringBuilder sb = new StringBuilder(pattern).append(" [").append(f.toPattern()).append("] limits=")
                .append(Arrays.toString(f.getLimits())).append(" formats=").append(Arrays.toString(f.getFormats()));
            for (double v : values) sb.append(" | ").append(v).append('=').append(f.format(v));
            System.out.println(sb);
        } catch (RuntimeException e) {
            System.out.println(pattern + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        double[] v = {-1, 0, 0.5, 1, 1.5, 2, 3, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        show("0#none|1#one|1<many", v);
        show("0#zero|1#one|2#two", v);
        show("-1#negative|0#zero or fraction|1#one|1.0<is 1+|2#two|2<more than two", v);
        show("0\u2264low|10\u2264high", v);
        show("-\u221e<minus|0#zero|\u221e#inf", v);
        show("0#'quoted # text'|1#it''s one|2#a | in quotes?", v);
        show("0#a|1#b|", v);
        show("", v);
        show("x#a", v);
        show("1#a|0#b", v);
        show("0#a|0#b", v);
        show("1", v);
        show("#a", v);
        show(" 1 # spaced ", v);

        ChoiceFormat f = new ChoiceFormat(new double[] {0, 1, ChoiceFormat.nextDouble(1)}, new String[] {"none", "one", "more"});
        System.out.println(f.toPattern() + " " + f.format(0L) + " " + f.format(1L) + " " + f.format(2L) + " " + f.format(-5L));
        f.setChoices(new double[] {1, 2}, new String[] {"a", "b"});
        System.out.println(f.toPattern() + " " + f.format(1.99));
        try {
            new ChoiceFormat(new double[] {1, 2}, new String[] {"a"});
        } catch (IllegalArgumentException e) {
            System.out.println("mismatched arrays: " + e.getMessage());
        }
        f.applyPattern("0#nothing|5#five|10#ten");
        System.out.println(f.toPattern());
        for (String s : new String[] {"nothing", "five", "ten", "tennis", "x", "fivefold"}) {
            ParsePosition pos = new ParsePosition(0);
            Number n = f.parse(s, pos);
            System.out.println("parse " + s + " -> " + n + " index=" + pos.getIndex() + " error=" + pos.getErrorIndex());
        }
        for (double d : new double[] {0, 1, -1, 1e300, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NaN}) {
            System.out.println("next " + d + " = " + ChoiceFormat.nextDouble(d) + ", previous = " + ChoiceFormat.previousDouble(d)
                + ", next(d,false) = " + ChoiceFormat.nextDouble(d, false));
        }
        ChoiceFormat g = new ChoiceFormat("1#x|2#y");
        ChoiceFormat h = (ChoiceFormat) g.clone();
        System.out.println(g.equals(h) + " " + (g.hashCode() == h.hashCode()) + " " + g.equals(new ChoiceFormat("1#x|2#z")));
        System.out.println(new ChoiceFormat("0#{0} files|1#one file|1<{0,number,integer} files").format(3));
    }
}
