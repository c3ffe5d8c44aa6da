package string_switch;

/** Non-ASCII labels, surrogate pairs, the empty string and long labels. */
public class StringSwitchUnicode {
    static String translate(String s) {
        return switch (s) {
            case "gr\u00fc\u00df gott" -> "hello (de)";
            case "\u3053\u3093\u306b\u3061\u306f" -> "hello (ja)";
            case "\u043f\u0440\u0438\u0432\u0435\u0442" -> "hello (ru)";
            case "\ud83d\ude00" -> "grinning face";
            case "" -> "empty";
            case "a rather long label that is longer than most identifiers in this program" -> "long";
            default -> "unknown (" + s.length() + " chars)";
        };
    }

    public static void main(String[] args) {
        String[] inputs = {"gr\u00fc\u00df gott", "\u3053\u3093\u306b\u3061\u306f", "\u043f\u0440\u0438\u0432\u0435\u0442",
            "\ud83d\ude00", "\ud83d", "", "a rather long label that is longer than most identifiers in this program",
            "a rather long label", "GR\u00dc\u00df GOTT"};
        for (String s : inputs) System.out.println(s.length() + " " + s.hashCode() + " " + translate(s));
    }
}
