package switch_patterns;

// kiln:release=21
/**
 * Enum constants as labels of pattern switches: qualified constants in a switch over a sealed interface or
 * Object, enum switches with case null and guards (javac labels them with enum descriptions).
 */
public class EnumPatterns {
    sealed interface Token permits Op, Digit {}
    enum Op implements Token { PLUS, MINUS, TIMES }
    enum Digit implements Token { ZERO, ONE, TWO }
    enum Color { RED, GREEN, BLUE { @Override public String toString() { return "blue!"; } } }

    static String token(Token t) {
        return switch (t) {
            case Op.PLUS -> "+";
            case Op.MINUS -> "-";
            case Op o -> "op " + o.name();
            case Digit.ZERO -> "0";
            case Digit d when d.ordinal() == 2 -> "two";
            case Digit d -> "digit " + d.ordinal();
        };
    }

    static String color(Color c) {
        return switch (c) {
            case null -> "no color";
            case RED -> "red";
            case Color x when x.ordinal() == 1 -> "green by guard";
            default -> "other " + c;
        };
    }

    static String anything(Object o) {
        return switch (o) {
            case Color.RED -> "the red color";
            case Op.TIMES -> "times";
            case Color c -> "color " + c.name();
            case Enum<?> e -> "some enum " + e.name();
            default -> "not an enum";
        };
    }

    public static void main(String[] args) {
        Token[] tokens = {Op.PLUS, Op.MINUS, Op.TIMES, Digit.ZERO, Digit.ONE, Digit.TWO};
        for (Token t : tokens) System.out.println(token(t));
        System.out.println(color(null));
        for (Color c : Color.values()) System.out.println(color(c) + " / " + anything(c));
        Object[] others = {Op.TIMES, Op.PLUS, Digit.ONE, "RED", 3};
        for (Object o : others) System.out.println(anything(o));
    }
}
