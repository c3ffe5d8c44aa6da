package language;

// kiln:release=21

/**
 * instanceof with patterns: bindings used on the right of {@code &&}, after a negated test in {@code ||},
 * after an early return (flow scoping), in while and for conditions, in conditionals; a pattern variable that
 * shadows a field only where it is in scope; reassigning a binding; two bindings in one condition; arrays and
 * generic types; null never matches; record patterns (Java 21), nested and with {@code var}, and a record
 * accessor that throws inside a record pattern (MatchException with the accessor's exception as cause).
 */
public class InstanceofPatterns {
    static String s = "field";

    record Point(int x, int y) {}

    record Line(Point from, Point to) {}

    record Pair<A, B>(A first, B second) {}

    record Fragile(int v) {
        public int v() {
            if (v < 0) throw new IllegalStateException("negative " + v);
            return v;
        }
    }

    abstract static class Tree {}

    static final class Leaf extends Tree {
        final int value;

        Leaf(int value) {
            this.value = value;
        }
    }

    static final class Node extends Tree {
        final Tree left;
        final Tree right;

        Node(Tree left, Tree right) {
            this.left = left;
            this.right = right;
        }
    }

    static String describe(Object o) {
        if (o instanceof String s && s.length() > 3) return "long string " + s;
        if (!(o instanceof Integer i) || i < 0) {
            return o instanceof Number n ? "number " + n.intValue() : "other, field s is " + s;
        }
        return "non-negative int " + (i + 1);
    }

    static int leftmost(Tree t) {
        Tree cur = t;
        int depth = 0;
        while (!(cur instanceof Leaf leaf)) {
            cur = ((Node) cur).left;
            depth++;
        }
        return leaf.value * 100 + depth;
    }

    static String early(Object o) {
        if (!(o instanceof CharSequence cs)) {
            return "not text";
        }
        String result = cs.length() + ":" + cs;
        if (cs instanceof StringBuilder sb) {
            sb.append('!');
            result += " builder now " + sb;
        }
        return result;
    }

    static String records(Object o) {
        if (o instanceof Point(int x, int y) && x == y) return "diagonal point " + x;
        if (o instanceof Point(var x, var y)) return "point " + x + "," + y;
        if (o instanceof Line(Point(var x1, var y1), Point to) && to.x() > x1) return "rising line from " + x1 + "," + y1 + " to " + to;
        if (o instanceof Line l) return "other line " + l.from();
        if (o instanceof Pair<?, ?>(String a, Integer b)) return "pair " + a.repeat(b);
        if (o instanceof Pair<?, ?>(var a, Pair<?, ?>(var b, var c))) return "nested pair " + a + b + c;
        if (o instanceof Fragile(int v)) return "fragile " + v;
        return "no record pattern";
    }

    public static void main(String[] args) {
        Object[] values = {"kiln", "abc", 41, -3, 2.75, 'c', null, new StringBuilder("sb")};
        for (Object v : values) System.out.println("describe " + describe(v));
        Object nothing = args.length > 10 ? "x" : null;
        System.out.println("null instanceof " + (nothing instanceof String str && str.isEmpty()) + " " + (nothing instanceof Object));
        Tree tree = new Node(new Node(new Node(new Leaf(7), new Leaf(8)), new Leaf(9)), new Leaf(10));
        System.out.println("leftmost " + leftmost(tree) + " " + leftmost(new Leaf(3)));
        System.out.println("early " + early("text") + " / " + early(new StringBuilder("sb")) + " / " + early(42));
        Object a = "same";
        Object b = new String(new char[] {'s', 'a', 'm', 'e'});
        if (a instanceof String x && b instanceof String y && x.equals(y) && x != y) {
            System.out.println("two bindings equal, distinct " + x + " " + y);
        }
        Object text = " padded ";
        if (text instanceof String t) {
            t = t.trim();
            System.out.println("reassigned binding [" + t + "] original [" + text + "]");
        }
        Object[] arrays = {new int[] {1, 2, 3}, new long[2], new String[] {"p", "q"}, new int[0]};
        for (Object o : arrays) {
            String r = o instanceof int[] ia && ia.length > 0 ? "int[] first " + ia[0]
                    : o instanceof Object[] oa ? "Object[] " + oa.length + " " + oa[0]
                    : "else " + o.getClass().getName();
            System.out.println(r);
        }
        int sum = 0;
        Object[] mixed = {1, "2", 3, 4.0, 5};
        for (int i = 0; i < mixed.length && !(mixed[i] instanceof Double d && d > 3); i++) {
            if (mixed[i] instanceof Integer n) sum += n;
        }
        System.out.println("sum before double " + sum + " field s " + s);
        Object[] recs = {new Point(2, 2), new Point(1, 5), new Line(new Point(0, 1), new Point(3, 4)), new Line(new Point(5, 5), new Point(1, 1)),
            new Pair<>("ab", 3), new Pair<>(1, new Pair<>('x', "y")), new Pair<>(1, 2), new Fragile(4), "plain"};
        for (Object r : recs) System.out.println("records " + records(r));
        try {
            System.out.println(records(new Fragile(args.length - 1)));
        } catch (MatchException e) {
            Throwable cause = e.getCause();
            System.out.println("MatchException cause " + cause.getClass().getName() + ": " + cause.getMessage() + " message " + e.getMessage());
        }
    }
}
