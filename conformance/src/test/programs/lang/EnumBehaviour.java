package lang;

import java.util.Arrays;

/**
 * Enums as the library sees them: valueOf of a known and an unknown name (the IllegalArgumentException
 * message names the enum's binary name), Enum.valueOf(Class, String), null names, values() returning a
 * fresh array each time, compareTo and ordinal, getDeclaringClass versus getClass for constants with
 * bodies, toString overrides versus name(), switch over constants, and constant-specific methods.
 */
public class EnumBehaviour {
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);

        final double mass;
        final double radius;

        Planet(double mass, double radius) {
            this.mass = mass;
            this.radius = radius;
        }

        double gravity() {
            return 6.67300E-11 * mass / (radius * radius);
        }
    }

    enum Op {
        PLUS("+") {
            int apply(int a, int b) {
                return a + b;
            }
        },
        TIMES("*") {
            int apply(int a, int b) {
                return a * b;
            }

            @Override
            public String toString() {
                return "times!";
            }
        };

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        abstract int apply(int a, int b);
    }

    enum Empty {
    }

    static String describe(Planet p) {
        switch (p) {
            case MERCURY:
                return "closest";
            case EARTH:
                return "home";
            default:
                return "far";
        }
    }

    public static void main(String[] args) {
        for (Planet p : Planet.values()) {
            System.out.println(p + " ordinal " + p.ordinal() + " name " + p.name() + " g=" + (long) (p.gravity() * 1000) + " " + describe(p)
                    + " cmp EARTH " + p.compareTo(Planet.EARTH));
        }
        System.out.println("valueOf " + Planet.valueOf("EARTH") + " same " + (Planet.valueOf("EARTH") == Planet.EARTH));
        try {
            Planet.valueOf("PLUTO");
        } catch (IllegalArgumentException e) {
            System.out.println("unknown: " + e.getMessage());
        }
        try {
            Planet.valueOf("earth");
        } catch (IllegalArgumentException e) {
            System.out.println("case: " + e.getMessage());
        }
        try {
            Planet.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("null name: " + e.getMessage());
        }
        try {
            Enum.valueOf(Op.class, "MINUS");
        } catch (IllegalArgumentException e) {
            System.out.println("Enum.valueOf: " + e.getMessage());
        }
        System.out.println("Enum.valueOf ok " + Enum.valueOf(Op.class, "TIMES").name());
        Planet[] a = Planet.values();
        Planet[] b = Planet.values();
        a[0] = null;
        System.out.println("fresh arrays " + (a != b) + " " + Arrays.toString(b) + " empty " + Empty.values().length);
        for (Op op : Op.values()) {
            System.out.println(op.name() + " toString " + op + " symbol " + op.symbol + " apply " + op.apply(6, 7)
                    + " declaring " + op.getDeclaringClass().getSimpleName() + " class is declaring " + (op.getClass() == Op.class)
                    + " isEnum " + op.getClass().isEnum() + " declaring isEnum " + op.getDeclaringClass().isEnum());
        }
        System.out.println("valueOf uses name " + Op.valueOf("TIMES") + " equals " + Op.TIMES.equals(Op.valueOf("TIMES")));
        System.out.println("enum constants " + Arrays.toString(Op.class.getEnumConstants()));
        System.out.println("declaring of class " + Planet.EARTH.getDeclaringClass().getName());
        Comparable<Planet> c = Planet.JUPITER;
        System.out.println("comparable " + c.compareTo(Planet.MERCURY));
    }
}
