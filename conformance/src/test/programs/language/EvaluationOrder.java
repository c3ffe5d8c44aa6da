package language;

// kiln:release=11

/**
 * Evaluation order (JLS 15.7, 15.12.4, 15.13, 15.26): operands left to right before the operation (so a
 * division by zero comes after both), arguments left to right, array reference then index then right-hand
 * side (null and bounds checks after it for =, before it for op=), a method's target before its arguments
 * (its null check after them), {@code new} initialising the class before the arguments while a static call
 * evaluates them first, short-circuit operators and conditionals evaluating only what they need, and string
 * concatenation (javac's invokedynamic concat, Java 11) of values changed by later operands.
 */
public class EvaluationOrder {
    static final StringBuilder LOG = new StringBuilder();

    static int t(String name, int v) {
        LOG.append(name).append(' ');
        return v;
    }

    static int[] arr(String name, int[] a) {
        LOG.append(name).append(' ');
        return a;
    }

    static String flush() {
        String s = LOG.toString().trim();
        LOG.setLength(0);
        return s;
    }

    static final class Box {
        int field;

        int m(int a, int b) {
            return field + a * b;
        }
    }

    static Box target(String name, Box b) {
        LOG.append(name).append(' ');
        return b;
    }

    static class Lazy {
        static {
            LOG.append("init-Lazy ");
        }

        Lazy(int a) {
            LOG.append("ctor ");
        }
    }

    static class LazyStatic {
        static int f;

        static {
            LOG.append("init-LazyStatic ");
        }

        static int m(int a) {
            return a;
        }
    }

    static class LazyField {
        static int f;

        static {
            LOG.append("init-LazyField ");
        }
    }

    static class LazyCompound {
        static int f = 5;

        static {
            LOG.append("init-LazyCompound ");
        }
    }

    static int three(int a, int b, int c) {
        return a * 100 + b * 10 + c;
    }

    static void caught(String label, RuntimeException e) {
        System.out.println(label + ": " + e.getClass().getName() + " after [" + flush() + "]");
    }

    public static void main(String[] args) {
        int r = t("a", 1) + t("b", 2) * t("c", 3);
        System.out.println("a + b * c = " + r + " [" + flush() + "]");
        try {
            r = t("a", 1) / t("b", 0);
        } catch (ArithmeticException e) {
            caught("a / b", e);
        }
        System.out.println("args " + three(t("x", 1), t("y", 2), t("z", 3)) + " [" + flush() + "]");
        int x = t("x", 1);
        x = x + (x = 5) * x;
        int y = 10;
        y += (y = 3) + y;
        int i = 0;
        i = i++ + i++;
        int j = 1;
        j = ++j + j++ * --j;
        System.out.println("x " + x + " y " + y + " i " + i + " j " + j);
        int[] a = new int[4];
        arr("A", a)[t("i", 1)] = t("v", 9);
        System.out.println("a[1] " + a[1] + " [" + flush() + "]");
        try {
            arr("A", null)[t("i", 1)] = t("v", 2);
        } catch (NullPointerException e) {
            caught("null[i] = v", e);
        }
        try {
            arr("A", a)[t("i", 10)] = t("v", 3);
        } catch (ArrayIndexOutOfBoundsException e) {
            caught("a[10] = v " + e.getMessage(), e);
        }
        try {
            arr("A", null)[t("i", 0)] += t("v", 1);
        } catch (NullPointerException e) {
            caught("null[i] += v", e);
        }
        try {
            arr("A", a)[t("i", -1)] += t("v", 1);
        } catch (ArrayIndexOutOfBoundsException e) {
            caught("a[-1] += v " + e.getMessage(), e);
        }
        int k = 0;
        a[k] = k = 2;
        System.out.println("a[k] = k = 2: " + a[0] + " " + a[2] + " k " + k);
        Box box = new Box();
        box.field = 1;
        System.out.println("m " + target("T", box).m(t("p", 2), t("q", 3)) + " [" + flush() + "]");
        try {
            target("T", null).m(t("p", 2), t("q", 3));
        } catch (NullPointerException e) {
            caught("null.m(p, q)", e);
        }
        try {
            target("T", null).field = t("v", 4);
        } catch (NullPointerException e) {
            caught("null.field = v", e);
        }
        try {
            target("T", null).field += t("v", 4);
        } catch (NullPointerException e) {
            caught("null.field += v", e);
        }
        new Lazy(t("arg", 1));
        System.out.println("new Lazy(arg) [" + flush() + "]");
        LazyStatic.m(t("arg", 1));
        System.out.println("LazyStatic.m(arg) [" + flush() + "]");
        LazyField.f = t("v", 1);
        System.out.println("LazyField.f = v [" + flush() + "]");
        LazyCompound.f += t("v", 1);
        System.out.println("LazyCompound.f += v " + LazyCompound.f + " [" + flush() + "]");
        boolean b1 = t("a", 0) != 0 && t("b", 1) != 0 || t("c", 1) != 0;
        boolean b2 = t("a", 1) != 0 || t("b", 1) != 0 && t("c", 0) != 0;
        boolean b3 = t("a", 1) != 0 & t("b", 0) != 0 | t("c", 1) != 0;
        System.out.println("short circuit " + b1 + " " + b2 + " " + b3 + " [" + flush() + "]");
        int w = 0;
        while (t("w" + w, w) < 5 && (w++ % 2 == 0 || t("odd", w) > 0)) {
            LOG.append("| ");
        }
        System.out.println("loop w " + w + " [" + flush() + "]");
        int c = t("cond", 1) > 0 ? t("then", 1) : t("else", 2);
        System.out.println("conditional " + c + " [" + flush() + "]");
        long overflow = t("max", Integer.MAX_VALUE) + t("one", 1);
        long widened = (long) t("max", Integer.MAX_VALUE) + t("one", 1);
        System.out.println("overflow " + overflow + " widened " + widened + " [" + flush() + "]");
        String s = "s" + args.length;
        String cat = s + (s = "x") + s;
        System.out.println("concat " + cat + " " + ("" + t("a", 1) + t("b", 2) + (t("c", 3) + t("d", 4))) + " [" + flush() + "]");
        StringBuilder sb = new StringBuilder("q");
        String lazy = "" + sb + sb.append("!") + sb.length();
        System.out.println("concat with side effects " + lazy + " " + sb);
        int m = 1;
        String incs = "" + m++ + m + ++m + (m += 10) + m;
        System.out.println("increments in concat " + incs);
    }
}
