package lambdas;

/**
 * Generic functional interfaces instantiated with boxes, so the proxy unboxes arguments, boxes results, widens
 * primitives and casts to instantiated types; and results a void method drops.
 */
public class LambdaAdaptation {
    interface Fn<T, R> { R apply(T t); }
    interface BiFn<A, B, R> { R apply(A a, B b); }
    interface LongOfInt { long apply(int x); }
    interface DoubleOfFloat { double apply(float x); }
    interface Sink<T> { void accept(T t); }
    interface IntSink { void accept(int x); }
    interface Pred<T> { boolean test(T t); }
    interface CharOp { char apply(char c); }

    static long widen(long x) { return x * 3; }
    static double half(double d) { return d / 2; }
    static int counter;
    static int bump(int by) { counter += by; return counter; }

    public static void main(String[] args) {
        Fn<Integer, Integer> square = x -> x * x;
        System.out.println("square " + square.apply(12) + " " + square.apply(-3));
        Fn<Integer, String> describe = x -> "n" + x;
        System.out.println(describe.apply(99));
        BiFn<Integer, Long, Double> mix = (a, b) -> a + b + 0.5;
        System.out.println("mix " + mix.apply(3, 4L));
        Fn<Character, Integer> code = c -> (int) c;
        System.out.println("code " + code.apply('A') + " " + code.apply('\u20ac'));
        Fn<Boolean, Boolean> not = b -> !b;
        System.out.println("not " + not.apply(true) + " " + not.apply(false));
        Fn<Double, Long> round = d -> Math.round(d);
        System.out.println("round " + round.apply(2.5) + " " + round.apply(-2.5) + " " + round.apply(1e10));
        Fn<Byte, Short> byteToShort = b -> (short) (b * 100);
        System.out.println("byteToShort " + byteToShort.apply((byte) 7) + " " + byteToShort.apply((byte) -128));

        LongOfInt w = LambdaAdaptation::widen;
        System.out.println("widen " + w.apply(5) + " " + w.apply(Integer.MAX_VALUE));
        DoubleOfFloat h = LambdaAdaptation::half;
        System.out.println("half " + h.apply(3.0f) + " " + h.apply(-1.0f));
        CharOp upper = c -> Character.toUpperCase(c);
        System.out.println("upper " + upper.apply('x') + upper.apply('7'));

        Fn<Integer, Long> unboxWiden = LambdaAdaptation::widen;
        System.out.println("unboxWiden " + unboxWiden.apply(11));
        Fn<Float, Double> floatToDouble = LambdaAdaptation::half;
        System.out.println("floatToDouble " + floatToDouble.apply(5.0f));

        Sink<String> printer = s -> System.out.println("sink " + s);
        printer.accept("one");
        printer.accept("two");
        IntSink dropped = LambdaAdaptation::bump;
        dropped.accept(5);
        dropped.accept(6);
        System.out.println("counter " + counter);
        Sink<Integer> droppedBoxed = LambdaAdaptation::bump;
        droppedBoxed.accept(100);
        System.out.println("counter " + counter);

        Pred<String> empty = String::isEmpty;
        Pred<Integer> even = x -> x % 2 == 0;
        System.out.println("pred " + empty.test("") + " " + empty.test("x") + " " + even.test(4) + " " + even.test(7));
        Fn<Object, String> str = String::valueOf;
        System.out.println("valueOf " + str.apply(null) + " " + str.apply(3.25) + " " + str.apply('c'));

        Fn<Integer, Integer>[] table = makeTable();
        for (int k = 0; k < table.length; k++) System.out.println("table " + k + " " + table[k].apply(k + 10));
    }

    @SuppressWarnings("unchecked")
    static Fn<Integer, Integer>[] makeTable() {
        Fn<Integer, Integer>[] t = new Fn[4];
        t[0] = x -> x;
        t[1] = x -> -x;
        t[2] = x -> x << 3;
        t[3] = Integer::reverse;
        return t;
    }
}
