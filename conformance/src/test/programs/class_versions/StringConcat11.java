package class_versions;

// kiln:release=11

/**
 * String concatenation as javac writes it from Java 9 on: one invokedynamic per expression whose recipe
 * names each operand with \u0001. Constants holding the recipe's own tag characters are passed as constant
 * arguments; an expression with more than 200 argument slots (a long takes two) is split into several
 * calls; operands are evaluated left to right, each once.
 */
public class StringConcat11 {
    static int calls;

    static int next() {
        return ++calls;
    }

    static long l(long v) {
        return v;
    }

    static class Point {
        final int x;

        Point(int x) {
            this.x = x;
        }

        @Override
        public String toString() {
            return "P" + x;
        }
    }

    public static void main(String[] args) {
        byte by = (byte) -7;
        short sh = (short) (by * 1000);
        char ch = 'Q';
        int in = Integer.MIN_VALUE;
        long lo = l(Long.MIN_VALUE);
        float fl = Float.MAX_VALUE;
        double db = Double.MIN_VALUE;
        boolean bo = in < 0;
        System.out.println("byte " + by + " short " + sh + " char " + ch + " int " + in);
        System.out.println("long " + lo + " float " + fl + " double " + db + " boolean " + bo);
        Object none = null;
        String nothing = null;
        System.out.println("nulls " + nothing + none);
        System.out.println("object " + new Point(5) + new Point(-6));
        System.out.println("calls " + next() + next() + next() + " after " + calls);
        String tags = "tag\u0001one \u0002two";
        String mixed = "[" + in + "\u0001" + ch + "\u0002" + tags + "]";
        System.out.println("recipe tags: length " + mixed.length());
        for (int i = 0; i < mixed.length(); i++) {
            char c = mixed.charAt(i);
            System.out.print(c < ' ' ? "<" + (int) c + ">" : String.valueOf(c));
        }
        System.out.println();
        long v = l(1234567890123L);
        String wide = "" + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v
                + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v
                + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v
                + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v
                + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v
                + "|" + next() + "|" + v;
        System.out.println("wide: length " + wide.length() + " ends " + wide.substring(wide.length() - 20));
        String s = "";
        for (int i = 0; i < 4; i++) {
            s += i + ":" + (char) ('a' + i) + ";";
        }
        System.out.println("loop " + s);
    }
}
