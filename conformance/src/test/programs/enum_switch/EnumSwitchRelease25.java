package enum_switch;

// kiln:release=25
/**
 * Enum switches with case null, guards and enum-typed patterns compiled for Java 25, where javac links them
 * with SwitchBootstraps.enumSwitch (constant names and the enum class as labels) rather than typeSwitch.
 */
public class EnumSwitchRelease25 {
    enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES { @Override public String toString() { return "spades!"; } } }

    static String name(Suit s) {
        return switch (s) {
            case null -> "none";
            case HEARTS -> "hearts";
            case Suit x when x.ordinal() == 0 -> "first suit " + x;
            case DIAMONDS -> "diamonds";
            case Suit x -> "other " + x;
        };
    }

    static int points(Suit s) {
        switch (s) {
            case CLUBS:
                return 1;
            case Suit x when x.name().length() > 6:
                return 10 + x.name().length();
            case null:
                return -1;
            default:
                return 0;
        }
    }

    public static void main(String[] args) {
        System.out.println(name(null) + " " + points(null));
        for (Suit s : Suit.values()) System.out.println(s.name() + ": " + name(s) + " " + points(s));
    }
}
