package class_versions;

// kiln:release=8

/**
 * String concatenation as javac writes it for Java 8: a StringBuilder chain (new, append per operand,
 * toString). Every operand kind, nulls, operands with side effects (left to right, each evaluated once),
 * compound assignment in a loop, and numeric addition before the first String operand.
 */
public class StringConcat8 {
    static int calls;

    static int next() {
        return ++calls;
    }

    static String nothing() {
        return null;
    }

    static class Point {
        final int x;
        final int y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public String toString() {
            return "(" + x + ", " + y + ")";
        }
    }

    static byte b(int v) {
        return (byte) v;
    }

    public static void main(String[] args) {
        byte by = b(-7);
        short sh = (short) (by * 1000);
        char ch = 'Q';
        int in = Integer.MIN_VALUE;
        long lo = Long.MAX_VALUE;
        float fl = 1.5f;
        double db = -0.0;
        boolean bo = by < 0;
        System.out.println("byte " + by + " short " + sh + " char " + ch + " int " + in);
        System.out.println("long " + lo + " float " + fl + " double " + db + " boolean " + bo);
        Object none = null;
        System.out.println("nulls " + nothing() + " " + none + " " + (String) null);
        System.out.println("object " + new Point(3, -4));
        System.out.println("calls " + next() + next() + next() + " after " + calls);
        System.out.println(1 + 2 + "=" + 1 + 2);
        System.out.println(ch + 1 + " vs " + ch + 1);
        System.out.println("" + ch + ch + " vs " + (ch + ch));
        String s = "";
        for (int i = 0; i < 5; i++) {
            s += i;
            s += ',';
        }
        System.out.println("loop " + s);
        StringBuilder sb = new StringBuilder("builder");
        System.out.println("builder operand " + sb + " length " + sb.length());
        String big = "";
        for (int i = 0; i < 3; i++) {
            big = big + big + i;
        }
        System.out.println("doubling " + big);
    }
}
