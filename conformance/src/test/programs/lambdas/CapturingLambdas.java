package lambdas;

/** Lambdas capturing nothing, each primitive type, references, this, and other lambdas. */
public class CapturingLambdas {
    interface IntSource { int get(); }
    interface Text { String get(); }
    interface IntOp { int apply(int x); }
    interface Fold { long apply(long acc, int x); }

    private int field = 40;

    static int i(int v) { return v; }

    Text viaThis() {
        return () -> "field=" + field;
    }

    IntOp addField() {
        return x -> x + field;
    }

    static Text everyKind(boolean z, byte b, short s, char c, int n, long j, float f, double d, String str, Object o) {
        return () -> z + " " + b + " " + s + " " + c + " " + n + " " + j + " " + f + " " + d + " " + str + " " + o;
    }

    static IntOp compose(IntOp first, IntOp second) {
        return x -> second.apply(first.apply(x));
    }

    static IntOp repeat(IntOp op, int times) {
        IntOp result = x -> x;
        for (int k = 0; k < times; k++) result = compose(result, op);
        return result;
    }

    public static void main(String[] args) {
        IntSource constant = () -> 42;
        System.out.println("constant " + constant.get());
        int local = i(7);
        IntSource captured = () -> local * 6;
        System.out.println("captured " + captured.get());
        System.out.println(everyKind(true, (byte) -8, (short) 300, 'q', -123456, 1L << 40, 1.5f, -0.25, "text", null).get());
        System.out.println(everyKind(false, Byte.MIN_VALUE, Short.MAX_VALUE, '\u00e9', Integer.MIN_VALUE, Long.MAX_VALUE,
                Float.MAX_VALUE, Double.MIN_VALUE, "", Integer.valueOf(5)).get());

        CapturingLambdas obj = new CapturingLambdas();
        Text t = obj.viaThis();
        System.out.println(t.get());
        obj.field = 41;
        System.out.println("after change " + t.get());
        IntOp add = obj.addField();
        System.out.println("addField " + add.apply(1) + " " + add.apply(-41));

        IntOp twice = x -> x * 2;
        IntOp inc = x -> x + 1;
        System.out.println("compose " + compose(twice, inc).apply(5) + " " + compose(inc, twice).apply(5));
        for (int k = 0; k <= 5; k++) System.out.println("repeat twice " + k + " -> " + repeat(twice, k).apply(3));

        IntOp[] adders = new IntOp[5];
        for (int k = 0; k < adders.length; k++) {
            int amount = k * 10;
            adders[k] = x -> x + amount;
        }
        for (IntOp a : adders) System.out.println("adder " + a.apply(1));

        Fold sum = (acc, x) -> acc + x;
        Fold weighted = (acc, x) -> acc * 31 + x;
        long s = 0;
        long w = 0;
        for (int k = 1; k <= 20; k++) {
            s = sum.apply(s, k);
            w = weighted.apply(w, k);
        }
        System.out.println("fold " + s + " " + w);

        StringBuilder log = new StringBuilder();
        Runnable r1 = () -> log.append("a");
        Runnable r2 = () -> {
            r1.run();
            log.append("b");
            r1.run();
        };
        r2.run();
        r2.run();
        System.out.println("log " + log);
        Runnable[] chain = new Runnable[4];
        chain[0] = () -> log.append("0");
        for (int k = 1; k < chain.length; k++) {
            Runnable prev = chain[k - 1];
            int n = k;
            chain[k] = () -> {
                prev.run();
                log.append(n);
            };
        }
        chain[3].run();
        System.out.println("chain " + log);
    }
}
