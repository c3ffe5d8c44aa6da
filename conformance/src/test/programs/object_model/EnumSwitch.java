package object_model;

/**
 * Enums as javac uses them: switch statements over constants (through a synthetic class holding the
 * ordinal map, built from values()), constants as array indexes by ordinal, and enums nested in enums.
 */
public class EnumSwitch {
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);

        private final double mass;
        private final double radius;

        Planet(double mass, double radius) {
            this.mass = mass;
            this.radius = radius;
        }

        double surfaceGravity() {
            return 6.67300E-11 * mass / (radius * radius);
        }
    }

    enum Suit {
        CLUBS, DIAMONDS, HEARTS, SPADES;

        enum Colour { RED, BLACK }

        Colour colour() {
            switch (this) {
                case DIAMONDS:
                case HEARTS:
                    return Colour.RED;
                default:
                    return Colour.BLACK;
            }
        }
    }

    static String describe(Suit s) {
        switch (s) {
            case CLUBS:
                return "clubs (" + s.ordinal() + ")";
            case SPADES:
                return "spades (" + s.ordinal() + ")";
            default:
                return s.name().toLowerCase() + " in " + s.colour();
        }
    }

    public static void main(String[] args) {
        for (Suit s : Suit.values()) {
            System.out.println(describe(s));
        }
        int[] counts = new int[Suit.values().length];
        Suit[] hand = {Suit.HEARTS, Suit.SPADES, Suit.HEARTS, Suit.CLUBS, Suit.HEARTS};
        for (Suit s : hand) counts[s.ordinal()]++;
        for (Suit s : Suit.values()) System.out.println(s + ": " + counts[s.ordinal()]);
        for (Planet p : Planet.values()) {
            System.out.println(p + " " + Math.round(p.surfaceGravity() * 100) / 100.0);
        }
        Suit.Colour c = Suit.Colour.valueOf("BLACK");
        System.out.println(c + " " + c.getDeclaringClass().getName() + " " + c.getDeclaringClass().getCanonicalName());
        System.out.println(Enum.valueOf(Planet.class, "EARTH").compareTo(Planet.JUPITER));
    }
}
