package lang;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * String.join over arrays and Iterables (null elements print "null", a null delimiter is an NPE),
 * every String.valueOf overload and copyValueOf, formatted() with the common conversions, concat, and
 * intern: a computed string interns to the literal, equal strings intern to one instance.
 */
public class StringJoinValueOf {
    static String computed(String a, String b) {
        return a + b;
    }

    public static void main(String[] args) {
        System.out.println(String.join(", ", "a", "b", "c"));
        System.out.println(String.join("", "x", "y") + "|" + String.join("-") + "|" + String.join("-", (String) null, "z"));
        List<String> list = new ArrayList<>(List.of("one", "two"));
        list.add(null);
        System.out.println(String.join("/", list));
        System.out.println(String.join(" < ", new TreeSet<>(List.of("pear", "fig", "apple"))));
        StringBuilder sbEl = new StringBuilder("sb");
        System.out.println(String.join(new StringBuilder("+"), sbEl, "str", new StringBuffer("buf")));
        try {
            String.join(null, "a");
        } catch (NullPointerException e) {
            System.out.println("join null delimiter NPE");
        }
        char[] chars = {'k', 'i', 'l', 'n'};
        Object nothing = null;
        System.out.println(String.valueOf(true) + " " + String.valueOf('c') + " " + String.valueOf(42) + " " + String.valueOf(-7L)
                + " " + String.valueOf(1.5f) + " " + String.valueOf(2.25) + " " + String.valueOf(chars) + " "
                + String.valueOf(chars, 1, 2) + " " + String.valueOf(nothing) + " " + String.copyValueOf(chars, 2, 2)
                + " " + String.copyValueOf(chars) + " " + String.valueOf((Object) List.of(1, 2)));
        try {
            String.valueOf(chars, 3, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("valueOf range " + e.getClass().getSimpleName());
        }
        System.out.println("%s has %d items costing %.2f (%x) %b %c %5s|%-5s|%05d".formatted("cart", 3, 9.5, 255, true, 'z', "r", "l", 42));
        System.out.println("%08.3f %+d %,d %e %o %%".formatted(3.14159, 5, 1234567, 12345.678, 8));
        System.out.println("concat " + "ab".concat("cd") + " " + "".concat("x") + " " + "y".concat(""));
        String lit = "kilnwasm";
        String made = computed("kiln", "wasm");
        System.out.println("computed == literal " + (made == lit) + " equals " + made.equals(lit));
        System.out.println("interned == literal " + (made.intern() == lit));
        String other = computed("unique", "-value");
        String again = computed("unique", "-val") + "ue";
        System.out.println("distinct " + (other == again) + " interned same " + (other.intern() == again.intern()));
        System.out.println("intern of literal " + ("abc".intern() == "abc"));
        System.out.println("valueOf char[] copy " + (String.valueOf(chars) != String.valueOf(chars)));
    }
}
