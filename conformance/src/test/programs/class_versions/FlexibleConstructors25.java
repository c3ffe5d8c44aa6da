package class_versions;

// kiln:release=25

/**
 * Class file version 69 (Java 25), compiled by a JDK 25 javac: constructor bodies with statements before
 * {@code super(...)} and {@code this(...)} (JEP 513), which validate arguments, compute what the superclass
 * constructor gets, and assign the new object's own fields before the superclass constructor runs (so a
 * virtual call from that constructor sees them); unnamed variables ({@code _}) and patterns.
 */
public class FlexibleConstructors25 {
    static class Base {
        final String summary;

        Base(String label) {
            System.out.println("  Base(" + label + ") sees " + describe());
            summary = label + ":" + describe();
        }

        String describe() {
            return "base";
        }
    }

    static class Child extends Base {
        private final int size;

        Child(int size) {
            if (size < 0) throw new IllegalArgumentException("negative size " + size);
            int doubled = size * 2;
            this.size = doubled;
            super("child" + doubled);
        }

        Child(String text) {
            int parsed = Integer.parseInt(text.trim());
            System.out.println("  parsed " + parsed + " before this(...)");
            this(parsed + 1);
        }

        @Override
        String describe() {
            return "child of size " + size;
        }
    }

    static int countStrings(Object[] values) {
        int n = 0;
        for (Object v : values) {
            if (v instanceof String _) n++;
        }
        return n;
    }

    public static void main(String[] args) {
        System.out.println("new Child(4)");
        System.out.println(new Child(4).summary);
        System.out.println("new Child(\" 9 \")");
        System.out.println(new Child(" 9 ").summary);
        try {
            new Child(-3);
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e.getMessage());
        }
        int _ = countStrings(new Object[0]);
        System.out.println("strings " + countStrings(new Object[] {"a", 1, "b", null, 2.5}));
    }
}
