package util;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * java.util.StringJoiner and String.join over Iterables: delimiter, prefix and suffix, the empty value
 * (setEmptyValue before and after adds, an added empty string is not "empty"), length without building,
 * merge (of itself, of an empty joiner, prefixes not copied), null elements, and NullPointerExceptions.
 */
public class StringJoinerOps {
    public static void main(String[] args) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        System.out.println("empty '" + j + "' length " + j.length());
        j.setEmptyValue("EMPTY");
        System.out.println("empty value '" + j + "' length " + j.length());
        j.add("a").add("bb").add(null).add("");
        System.out.println("joined '" + j + "' length " + j.length());
        StringJoiner e = new StringJoiner("-");
        e.setEmptyValue("nothing");
        e.add("");
        System.out.println("added empty string '" + e + "' length " + e.length());
        StringJoiner plain = new StringJoiner("|");
        for (int i = 0; i < 5; i++) plain.add(Integer.toString(i * i));
        System.out.println("plain '" + plain + "'");
        StringJoiner other = new StringJoiner("+", "{", "}");
        other.add("x").add("y");
        j.merge(other);
        System.out.println("merged '" + j + "' other unchanged '" + other + "'");
        StringJoiner emptyOther = new StringJoiner(":", "<", ">");
        emptyOther.setEmptyValue("EV");
        plain.merge(emptyOther);
        System.out.println("merge empty '" + plain + "'");
        StringJoiner self = new StringJoiner("/", "(", ")");
        self.add("p").add("q");
        self.merge(self);
        System.out.println("merge self '" + self + "'");
        StringJoiner fresh = new StringJoiner(",");
        fresh.merge(other);
        System.out.println("merge into empty '" + fresh + "' length " + fresh.length());
        StringJoiner chars = new StringJoiner(new StringBuilder("; "), "<<", new StringBuilder(">>"));
        chars.add(new StringBuilder("sb")).add("str");
        System.out.println("CharSequence args '" + chars + "'");
        try {
            new StringJoiner(null);
        } catch (NullPointerException ex) {
            System.out.println("null delimiter " + ex.getClass().getName() + ": " + ex.getMessage());
        }
        try {
            new StringJoiner(",", null, "]");
        } catch (NullPointerException ex) {
            System.out.println("null prefix " + ex.getClass().getName() + ": " + ex.getMessage());
        }
        try {
            j.setEmptyValue(null);
        } catch (NullPointerException ex) {
            System.out.println("null empty value " + ex.getClass().getName() + ": " + ex.getMessage());
        }
        try {
            j.merge(null);
        } catch (NullPointerException ex) {
            System.out.println("merge null " + ex.getClass().getName());
        }
        List<String> parts = new ArrayList<>(List.of("alpha", "beta"));
        parts.add(null);
        System.out.println("String.join iterable '" + String.join(" & ", parts) + "' empty '" + String.join(",", new ArrayList<String>())
                + "' set '" + String.join("", new java.util.TreeSet<>(List.of("c", "a", "b"))) + "'");
        StringBuilder big = new StringBuilder();
        StringJoiner many = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 300; i++) many.add(Integer.toString(i));
        String s = many.toString();
        big.append(s, 0, 20).append("...").append(s.substring(s.length() - 10));
        System.out.println("many " + big + " length " + many.length() + " = " + s.length());
    }
}
