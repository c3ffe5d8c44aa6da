package text;


import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.Locale;

/** MessageFormat.toPattern round trips, quoting of literal text and subformat patterns, FieldPosition of arguments. */
public class MessageFormatPatterns {
    /** MessageFormat.toPattern and equals compare number and choice subformats with the currency instance: no currency data. */
    static boolean hasNumber(MessageFormat f) {
        for (java.text.Format x : f.getFormats()) {
            if (x instanceof java.text.NumberFormat) return true;
        }
        return false;
    }

    public static void main(String[] args) {
        String[] patterns = {"plain", "'{'", "a'b", "a''b", "{0}'{1}'{2}", "x{0,number,#'%'}y", "{0,number,'{'#'}'}",
            "'{0}'", "''{0}''", "{0,choice,0#zero|1#{0}}", "{0,number,#,##0.00;(#,##0.00)}", "it''s '{'{0}'}'",
            "{0,number,percent}{0,number,integer}{0,number,0.0}", "tab\tand newline\n{0}", "{1}{0}{1}"};
        for (String p : patterns) {
            try {
                MessageFormat f = new MessageFormat(p, Locale.US);
                if (hasNumber(f)) {
                    System.out.println(p + " | " + f.format(new Object[] {1234.5, "s"}));
                    continue;
                }
                String once = f.toPattern();
                String twice = new MessageFormat(once, Locale.US).toPattern();
                System.out.println(p + " | " + once + " | stable=" + once.equals(twice) + " | " + f.format(new Object[] {1234.5, "s"}));
            } catch (RuntimeException e) {
                System.out.println(p + " -> " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        MessageFormat f = new MessageFormat("a {0} b {1} c", Locale.US);
        f.setFormatByArgumentIndex(0, new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.US)));
        f.setFormatByArgumentIndex(1, new Format() {
            @Override
            public StringBuffer format(Object obj, StringBuffer toAppendTo, FieldPosition pos) {
                return toAppendTo.append('<').append(obj).append('>');
            }

            @Override
            public Object parseObject(String source, ParsePosition pos) {
                return null;
            }
        });
        System.out.println(f.format(new Object[] {3.14159, "z"}));
        FieldPosition pos = new FieldPosition(MessageFormat.Field.ARGUMENT);
        StringBuffer sb = f.format(new Object[] {1, 2}, new StringBuffer(), pos);
        System.out.println(sb + " argument at [" + pos.getBeginIndex() + "," + pos.getEndIndex() + ")");
        System.out.println(MessageFormat.Field.ARGUMENT);
    }
}
