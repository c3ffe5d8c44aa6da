package text;


import java.text.ChoiceFormat;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;

/** MessageFormat's number and choice subformats, nested patterns, and setting subformats by index. */
public class MessageFormatSubformats {
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
            System.out.println(pattern + "\n  [" + (hasNumber(f) ? "" : f.toPattern()) + "]\n  -> " + f.format(args));
        } catch (RuntimeException e) {
            System.out.println(pattern + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static String describe(Format f) {
        if (f == null) return "null";
        if (f instanceof DecimalFormat) return "DecimalFormat(" + ((DecimalFormat) f).toPattern() + ")";
        if (f instanceof ChoiceFormat) return "ChoiceFormat(" + ((ChoiceFormat) f).toPattern() + ")";
        if (f instanceof MessageFormat) return "MessageFormat(" + ((MessageFormat) f).toPattern() + ")";
        return f.getClass().getName();
    }

    public static void main(String[] args) {
        show("{0,number} {0,number,integer} {0,number,percent} {0,number,#,##0.00} {0,number,0.###E0}", 1234.5678);
        show("{0,number,integer}", -2.5);
        show("{0,number,'#'#}", 7);
        show("{0,number,#.## 'units'}", 2.005);
        show("There {0,choice,0#are no files|1#is one file|1<are {0,number,integer} files}.", 0);
        show("There {0,choice,0#are no files|1#is one file|1<are {0,number,integer} files}.", 1);
        show("There {0,choice,0#are no files|1#is one file|1<are {0,number,integer} files}.", 1273);
        show("{0,choice,-1#neg|0#zero|0<pos {1}}", 5, "and {0}");
        show("{0,choice,0#'{'literal'}'|1#'quoted ''x'''}", 0);
        show("{0,choice,0#'{'literal'}'|1#'quoted ''x'''}", 1);
        show("{1,choice,0#nothing|1#{0} thing|2#{0} things}", "many", 2);
        show("{0,choice,0#a|1#b}", "not a number");
        show("{0,number}", "not a number");
        show("{0,choice,bad}", 1);
        MessageFormat f = new MessageFormat("{0} {1} {2}", Locale.US);
        DecimalFormat money = new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        f.setFormatByArgumentIndex(1, money);
        f.setFormat(2, new ChoiceFormat("0#none|1#some"));
        System.out.println(f.format(new Object[] {1.5, 1234.5, 3}));
        f.setFormatsByArgumentIndex(new Format[] {NumberFormat.getPercentInstance(Locale.US)});
        System.out.println(f.format(new Object[] {0.25, 1234.5, 0}));
        f.setFormats(new Format[] {null, null, null});
        System.out.println(f.toPattern() + " -> " + f.format(new Object[] {0.25, 1234.5, 0}));
        MessageFormat g = new MessageFormat("{2,number,integer} {0} {1,choice,0#x|1#y} {2}", Locale.US);
        for (Format x : g.getFormats()) System.out.print(describe(x) + "; ");
        System.out.println();
        for (Format x : g.getFormatsByArgumentIndex()) System.out.print(describe(x) + "; ");
        System.out.println();
        try {
            g.setFormat(10, null);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("setFormat(10): " + e.getClass().getSimpleName());
        }
        MessageFormat nested = new MessageFormat("outer {0}", Locale.US);
        nested.setFormatByArgumentIndex(0, new MessageFormat("[{0}|{1}]", Locale.US));
        System.out.println(nested.format(new Object[] {new Object[] {"a", "b"}}) + " " + nested.toPattern());
        System.out.println(Arrays.toString(new MessageFormat("{0,number,integer}", Locale.ROOT).getFormats().length == 1
            ? new String[] {describe(new MessageFormat("{0,number,integer}", Locale.ROOT).getFormats()[0])} : new String[0]));
    }
}
