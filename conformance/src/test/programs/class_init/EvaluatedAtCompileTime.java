package class_init;

import java.util.ArrayList;
import java.util.List;

/**
 * Static initializers Kiln runs at compile time (EvaluateStaticInitializers), and the cases where doing so would
 * change what the program sees: a value computed by a loop, a final field stored before the initializer calls out, a
 * field read before its store, a superclass whose initializer reads the subclass's fields while the subclass's
 * initialisation is in progress, narrow and floating-point fields, and initializers that fail.
 */
public class EvaluatedAtCompileTime {
    /** Only constants and arithmetic: the whole initializer can run at compile time. */
    static class Pure {
        static int sumOfSquares;
        static final long MIXED;
        static final double THIRD;
        static final float NEGATIVE_ZERO;
        static final byte SMALL;
        static final char LETTER;
        static final String NAME;
        static boolean flag;

        static {
            int s = 0;
            for (int i = 1; i <= 20; i++) s += i * i;
            int three = 0;
            while (three * three < 9) three++;
            THIRD = 1.0 / three;
            sumOfSquares = s;
            MIXED = ((long) s << 40) ^ 0x5DEECE66DL;
            NEGATIVE_ZERO = -0.0f * 3;
            SMALL = (byte) (s & 0x7f);
            LETTER = (char) ('a' + s % 26);
            NAME = s > 100 ? "big" : "small";
            flag = (s & 1) == 0;
        }
    }

    /** Stops at the call: BASE (stored before it) can start with its value; the others cannot. */
    static class Partial {
        static final int BASE;
        static final int MASK;
        static final int COUNT_BEFORE;
        static final List<String> NAMES;
        static final int AFTER;

        static {
            int b = 1;
            for (int i = 0; i < 5; i++) b *= 3;
            BASE = b;
            MASK = Integer.highestOneBit(b) - 1;
            COUNT_BEFORE = peek() + 1;
            NAMES = new ArrayList<>();
            NAMES.add("x");
            AFTER = BASE + NAMES.size();
        }

        static int peek() {
            return COUNT_BEFORE;
        }
    }

    /** Reads its own final field before the store: the read sees 0. */
    static class ReadFirst {
        static final int SEEN;
        static final int VALUE;

        static {
            SEEN = valueNow() + 10;
            VALUE = 7;
        }

        static int valueNow() {
            return VALUE;
        }
    }

    /** Initialising Child first runs Parent's initializer, which sees Child's fields at their defaults. */
    static class Parent {
        static int seenByParent = Child.LIMIT + Child.counter;
    }

    static class Child extends Parent {
        static final int LIMIT;
        static int counter = 4;

        static {
            int l = 0;
            for (int i = 0; i < 3; i++) l += 10;
            LIMIT = l;
        }
    }

    /** Initialising this one first is different: Other's initializer starts Child2's, which finishes before. */
    static class Other {
        static int seen = Child2.LIMIT;
    }

    static class Child2 {
        static final int LIMIT;

        static {
            LIMIT = 6 * 7;
        }
    }

    /** Divides by zero in its initializer: every use fails, the first with the ArithmeticException inside. */
    static class Failing {
        static final int ZERO = zero();
        static final int Q;

        static {
            int d = ZERO;
            Q = 10 / d;
        }

        static int zero() {
            return 0;
        }
    }

    static class DividesByConstantZero {
        static int q;

        static {
            int d = 0;
            for (int i = 0; i < 2; i++) d += 0;
            q = 10 / d;
        }
    }

    public static void main(String[] args) {
        System.out.println("sumOfSquares=" + Pure.sumOfSquares + " mixed=" + Pure.MIXED + " third=" + Pure.THIRD);
        System.out.println("negativeZero=" + Pure.NEGATIVE_ZERO + " " + (1 / Pure.NEGATIVE_ZERO) + " small=" + Pure.SMALL
                + " letter=" + Pure.LETTER + " name=" + Pure.NAME + " flag=" + Pure.flag);
        Pure.sumOfSquares++;
        System.out.println("after increment: " + Pure.sumOfSquares);

        System.out.println("base=" + Partial.BASE + " mask=" + Partial.MASK + " countBefore=" + Partial.COUNT_BEFORE
                + " names=" + Partial.NAMES + " after=" + Partial.AFTER);

        System.out.println("seen=" + ReadFirst.SEEN + " value=" + ReadFirst.VALUE);

        System.out.println("limit=" + Child.LIMIT + " counter=" + Child.counter + " seenByParent=" + Parent.seenByParent);
        System.out.println("other.seen=" + Other.seen + " limit2=" + Child2.LIMIT);

        for (int round = 0; round < 2; round++) {
            try {
                System.out.println("q=" + Failing.Q);
            } catch (Throwable t) {
                System.out.println("failing: " + t.getClass().getName() + ": " + t.getMessage()
                        + (t.getCause() == null ? "" : " caused by " + t.getCause()));
            }
            try {
                System.out.println("q=" + DividesByConstantZero.q);
            } catch (Throwable t) {
                System.out.println("constant zero: " + t.getClass().getName() + ": " + t.getMessage()
                        + (t.getCause() == null ? "" : " caused by " + t.getCause()));
            }
        }
    }
}
