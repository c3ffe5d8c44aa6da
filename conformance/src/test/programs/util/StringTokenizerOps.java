package util;

import java.util.NoSuchElementException;
import java.util.StringTokenizer;

/** StringTokenizer: default and custom delimiters, returned delimiters, counting, changing delimiters mid-way. */
public class StringTokenizerOps {
    public static void main(String[] args) {
        show(new StringTokenizer("  the quick\tbrown\nfox  "));
        show(new StringTokenizer("a,b;;c,", ",;"));
        show(new StringTokenizer("a,b;;c,", ",;", true));
        show(new StringTokenizer("", ","));
        show(new StringTokenizer(",,,", ","));
        StringTokenizer t = new StringTokenizer("key=value;next=2", "=");
        System.out.println("count " + t.countTokens() + " first " + t.nextToken() + " then " + t.nextToken(";").substring(1)
                + " count " + t.countTokens() + " rest " + t.nextToken() + " more " + t.hasMoreElements());
        try {
            t.nextToken();
        } catch (NoSuchElementException e) {
            System.out.println("NoSuchElementException " + e.getMessage());
        }
        StringTokenizer e = new StringTokenizer("x y");
        while (e.hasMoreElements()) {
            Object o = e.nextElement();
            System.out.println("element " + o + " " + (o instanceof String));
        }
        try {
            new StringTokenizer(null);
        } catch (NullPointerException npe) {
            System.out.println("null string: NPE");
        }
        StringTokenizer nullDelims = new StringTokenizer("abc", null);
        try {
            nullDelims.nextToken();
        } catch (NullPointerException npe) {
            System.out.println("null delimiters: NPE on nextToken");
        }
    }

    private static void show(StringTokenizer t) {
        StringBuilder sb = new StringBuilder("count " + t.countTokens() + ":");
        while (t.hasMoreTokens()) {
            sb.append(" [").append(t.nextToken()).append(']');
        }
        System.out.println(sb);
    }
}
