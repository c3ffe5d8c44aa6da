package exceptions;

/**
 * Exceptions thrown in the middle of an expression (JLS 15.7, 15.12.4, 15.26): operands and arguments
 * to the left are evaluated and their side effects kept, those to the right are not; for an array or
 * field assignment the right-hand side is evaluated before the null, bounds and store checks; a
 * compound assignment saves the left value before the right side throws; a constructor that throws
 * leaves the fields it already wrote in an object that escaped.
 */
public class ThrowMidExpression {
    static final StringBuilder log = new StringBuilder();

    static int v(String tag, int value) {
        log.append(tag).append(' ');
        return value;
    }

    static int boom(String tag) {
        log.append(tag).append("! ");
        throw new IllegalStateException(tag);
    }

    static int sum3(int a, int b, int c) {
        return a + b + c;
    }

    static class Holder {
        int field = 1;
        static Holder escaped;
        final int early;
        int late;

        Holder(boolean fail) {
            early = v("early", 10);
            escaped = this;
            if (fail) boom("ctor");
            late = v("late", 20);
        }
    }

    static Holder nothing() {
        log.append("target ");
        return null;
    }

    interface Step { void run(); }

    static void run(String label, Step s) {
        log.setLength(0);
        try {
            s.run();
            System.out.println(label + ": normal | " + log);
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getSimpleName() + " | " + log);
        }
    }

    public static void main(String[] args) {
        int[] counter = {0};
        run("binary operands", () -> System.out.println(v("a", 1) + v("b", 2) * boom("c") + v("d", 4)));
        run("arguments", () -> System.out.println(sum3(v("x", 1), boom("y"), v("z", 3))));
        run("concat", () -> System.out.println("s" + v("p", 1) + boom("q") + v("r", 2)));
        int[] arr = {0, 0, 0};
        run("array index then rhs", () -> arr[v("idx", counter[0]++)] = boom("rhs"));
        System.out.println("  counter " + counter[0] + " arr " + arr[0] + arr[1] + arr[2]);
        run("null array rhs first", () -> {
            int[] none = null;
            none[v("i", 0)] = v("rhs", 5);
        });
        run("bounds after rhs", () -> arr[v("i", 7)] = v("rhs", 5));
        run("negative index after rhs", () -> arr[v("i", -1)] = v("rhs", 5));
        Object[] strings = new String[2];
        run("store check after rhs", () -> strings[v("i", 0)] = Integer.valueOf(v("rhs", 5)));
        run("null field rhs first", () -> nothing().field = v("rhs", 3));
        run("null field compound", () -> nothing().field += v("rhs", 3));
        int[] acc = {100};
        run("compound keeps left", () -> acc[0] += v("l", 0) + boom("r"));
        System.out.println("  acc " + acc[0]);
        run("compound index order", () -> arr[v("i", 1)] += v("r", 9));
        System.out.println("  arr " + arr[0] + arr[1] + arr[2]);
        run("increment before throw", () -> System.out.println(counter[0]++ + boom("after-inc")));
        System.out.println("  counter " + counter[0]);
        run("div by zero after operands", () -> System.out.println(v("n", 1) / v("d", 0) + v("never", 1)));
        run("conditional picks branch", () -> System.out.println(v("cond", 1) > 0 ? v("then", 1) : boom("else")));
        run("short circuit", () -> System.out.println(v("l", 0) == 1 && boom("skipped") == 0));
        run("constructor fails", () -> new Holder(true));
        System.out.println("  escaped early " + Holder.escaped.early + " late " + Holder.escaped.late + " field " + Holder.escaped.field);
        run("constructor ok", () -> System.out.println(new Holder(false).late));
        run("new array size", () -> System.out.println(new int[v("size", -2)][boom("second dim")].length));
        run("new array size ok first", () -> System.out.println(new int[v("size", 2)][v("dim", -1)].length));
        run("switch selector", () -> {
            switch (boom("selector")) {
                case 1: log.append("one");
                default: log.append("default");
            }
        });
        run("nested call chain", () -> System.out.println(sum3(v("a", 1), sum3(v("b", 2), v("c", 3), boom("d")), v("e", 5))));
    }
}
