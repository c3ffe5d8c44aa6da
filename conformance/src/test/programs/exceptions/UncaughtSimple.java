package exceptions;

// kiln:exit=1

/** An exception escaping main after a few calls: the JVM's report on stderr, with every frame, and status 1. */
public class UncaughtSimple {
    static int parsePositive(String text) {
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        if (value <= 0) {
            throw new IllegalStateException("not positive: " + text);
        }
        return value;
    }

    static int sum(String[] texts) {
        int total = 0;
        for (String t : texts) {
            total += parsePositive(t);
        }
        return total;
    }

    public static void main(String[] args) {
        System.out.println("sum " + sum(new String[] {"12", "30"}));
        System.out.println("sum " + sum(new String[] {"7", "0", "9"}));
        System.out.println("not reached");
    }
}
