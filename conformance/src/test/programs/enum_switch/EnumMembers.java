package enum_switch;

/** Enums with fields, constructors, constant-specific bodies and abstract methods, switched on. */
public class EnumMembers {
    enum Planet {
        MERCURY(3303, 2439), VENUS(48690, 6052), EARTH(59760, 6378), MARS(6421, 3397);

        final int mass;
        final int radius;

        Planet(int mass, int radius) {
            this.mass = mass;
            this.radius = radius;
        }

        long gravityish() { return (long) mass * 1000 / ((long) radius * radius / 1000); }
    }

    enum Op {
        PLUS("+") { int apply(int a, int b) { return a + b; } },
        MINUS("-") { int apply(int a, int b) { return a - b; } },
        TIMES("*") {
            int apply(int a, int b) { return a * b; }
            @Override public String toString() { return "times"; }
        };

        final String symbol;

        Op(String symbol) { this.symbol = symbol; }

        abstract int apply(int a, int b);
    }

    static String describe(Op op) {
        switch (op) {
            case PLUS: return "adds";
            case MINUS: return "subtracts";
            case TIMES: return "multiplies";
            default: return "?";
        }
    }

    static int rank(Planet p) {
        return switch (p) {
            case MERCURY -> 1;
            case VENUS -> 2;
            case EARTH -> 3;
            case MARS -> 4;
        };
    }

    public static void main(String[] args) {
        for (Planet p : Planet.values()) {
            System.out.println(p.name() + " " + p.ordinal() + " " + p.mass + " " + p.radius + " " + p.gravityish() + " rank " + rank(p));
        }
        for (Op op : Op.values()) {
            System.out.println(op + " " + op.name() + " " + op.symbol + " " + describe(op) + " " + op.apply(7, 3)
                    + " cmp " + op.compareTo(Op.MINUS) + " same class " + (op.getClass() == Op.class));
        }
        Planet[] copy = Planet.values();
        copy[0] = Planet.MARS;
        System.out.println("values copied " + Planet.values()[0] + " " + copy[0] + " " + (copy != Planet.values()));
        System.out.println("equals " + Planet.EARTH.equals(Planet.EARTH) + " " + Planet.EARTH.equals(Planet.MARS) + " " + (Planet.EARTH == Planet.values()[2]));
    }
}
