package text;


import java.text.MessageFormat;
import java.text.ParseException;
import java.text.ParsePosition;
import java.util.Arrays;
import java.util.Locale;

/** MessageFormat.parse: strings, numbers, choices, positions, failures and their ParseException. */
public class MessageFormatParse {
    static void parse(String pattern, String text) {
        MessageFormat f = new MessageFormat(pattern, Locale.US);
        ParsePosition pos = new ParsePosition(0);
        Object[] r = f.parse(text, pos);
        System.out.println(pattern + " <- \"" + text + "\" = " + (r == null ? "null" : Arrays.deepToString(r) + " types="
            + types(r)) + " index=" + pos.getIndex() + " error=" + pos.getErrorIndex());
    }

    static String types(Object[] r) {
        StringBuilder sb = new StringBuilder();
        for (Object o : r) sb.append(o == null ? "null" : o.getClass().getSimpleName()).append(',');
        return sb.toString();
    }

    public static void main(String[] args) {
        parse("{0} and {1}", "cats and dogs");
        parse("{1} and {0}", "cats and dogs");
        parse("Value: {0,number}", "Value: 1,234.5");
        parse("Value: {0,number,integer}!", "Value: 1,234.5!");
        parse("{0,number,percent}", "45%");
        parse("{0,number} items cost {1,number,#.##}", "12 items cost 3.50");
        parse("{0,choice,0#none|1#one|2#two}", "two");
        parse("a {0} b", "x a y b");
        parse("a {0} b", "a y c");
        parse("{0}{1}", "ab");
        parse("{0} {0}", "x y");
        parse("{0} {0}", "x x");
        parse("start {0}", "start ");
        parse("literal only", "literal only");
        parse("literal only", "literal");
        parse("{0,number}x", "abcx");
        parse("{2}-{0}", "c-a");
        MessageFormat f = new MessageFormat("{0,number,integer} of {1}", Locale.US);
        for (String s : new String[] {"3 of 7", "x of y", ""}) {
            try {
                System.out.println(Arrays.toString(f.parse(s)));
            } catch (ParseException e) {
                System.out.println("ParseException: " + e.getMessage() + " at " + e.getErrorOffset());
            }
        }
        try {
            System.out.println(Arrays.toString((Object[]) f.parseObject("12 of twelve")));
            f.parseObject("nothing");
        } catch (ParseException e) {
            System.out.println("parseObject: " + e.getMessage() + " at " + e.getErrorOffset());
        }
        ParsePosition mid = new ParsePosition(6);
        System.out.println(Arrays.toString(f.parse("skip: 5 of 6", mid)) + " " + mid);
    }
}
