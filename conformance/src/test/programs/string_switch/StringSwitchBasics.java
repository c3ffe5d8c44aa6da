package string_switch;

/** Switches on strings (javac: hashCode, then equals, then a second switch), statements and expressions. */
public class StringSwitchBasics {
    static int month(String name) {
        switch (name) {
            case "jan": return 1;
            case "feb": return 2;
            case "mar": return 3;
            case "apr": return 4;
            case "may": return 5;
            case "jun": return 6;
            case "jul": return 7;
            case "aug": return 8;
            case "sep": return 9;
            case "oct": return 10;
            case "nov": return 11;
            case "dec": return 12;
            default: return -1;
        }
    }

    static String kind(String s) {
        return switch (s) {
            case "", " " -> "blank";
            case "yes", "y", "true" -> "affirmative";
            case "no", "n", "false" -> "negative";
            default -> {
                String lower = s.toLowerCase();
                yield lower.equals(s) ? "unknown" : "unknown, not lower case";
            }
        };
    }

    public static void main(String[] args) {
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "Jan", "janu", "", "j"};
        for (String n : names) System.out.println("'" + n + "' -> " + month(n));
        String[] words = {"", " ", "yes", "y", "true", "no", "n", "false", "maybe", "YES", "True"};
        for (String w : words) System.out.println("'" + w + "' " + kind(w));
        String built = new StringBuilder("e").append("ce").reverse().toString();
        System.out.println("built " + built + " " + month(built));
    }
}
