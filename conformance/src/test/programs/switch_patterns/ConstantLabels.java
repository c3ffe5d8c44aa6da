package switch_patterns;

// kiln:release=21
/**
 * String, Integer and Character constants mixed with patterns, where javac passes the constants to typeSwitch
 * as labels; case null combined with default.
 */
public class ConstantLabels {
    static String text(String s) {
        return switch (s) {
            case null -> "null";
            case "one", "uno" -> "1";
            case "two" -> "2";
            case String t when t.length() > 5 -> "long " + t;
            default -> "other " + s;
        };
    }

    static String number(Integer n) {
        return switch (n) {
            case 0 -> "zero";
            case 1, 2, 3 -> "small";
            case Integer i when i < 0 -> "negative";
            case 100 -> "hundred";
            case Integer i -> "number " + i;
        };
    }

    static String character(Character c) {
        return switch (c) {
            case 'a' -> "letter a";
            case 'z', 'Z' -> "zed";
            case Character x when Character.isDigit(x) -> "digit " + x;
            default -> "char " + c;
        };
    }

    static String nullOrDefault(Object o) {
        return switch (o) {
            case String s -> "string " + s;
            case null, default -> "null or default";
        };
    }

    public static void main(String[] args) {
        String[] words = {null, "one", "uno", "two", "three", "elephant", ""};
        for (String w : words) System.out.println(w + " -> " + text(w));
        int[] numbers = {0, 1, 2, 3, 4, -7, 100, 101, Integer.MIN_VALUE};
        for (int n : numbers) System.out.println(n + " -> " + number(n));
        char[] chars = {'a', 'b', 'z', 'Z', '5', ' '};
        for (char c : chars) System.out.println(c + " -> " + character(c));
        System.out.println(nullOrDefault("x") + " / " + nullOrDefault(null) + " / " + nullOrDefault(4));
    }
}
