package functional;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleFunction;
import java.util.function.DoubleToLongFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntBinaryOperator;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * The primitive specializations of java.util.function: IntUnaryOperator/LongUnaryOperator/
 * DoubleUnaryOperator compose, andThen and identity; the binary operators as folds; IntFunction building
 * arrays; the To*Function extractors; conversions between int, long and double functions; and
 * Arrays.setAll/parallelPrefix driven by them.
 */
public class PrimitiveSpecializations {
    static int fold(int[] values, int start, IntBinaryOperator op) {
        int acc = start;
        for (int v : values) {
            acc = op.applyAsInt(acc, v);
        }
        return acc;
    }

    public static void main(String[] args) {
        IntUnaryOperator plus3 = x -> x + 3;
        IntUnaryOperator times2 = x -> x * 2;
        System.out.println("int andThen " + plus3.andThen(times2).applyAsInt(5) + " compose " + plus3.compose(times2).applyAsInt(5)
                + " identity " + IntUnaryOperator.identity().applyAsInt(-9));
        LongUnaryOperator square = x -> x * x;
        System.out.println("long " + square.andThen(square).applyAsLong(1000L) + " " + LongUnaryOperator.identity().compose(square).applyAsLong(-7));
        DoubleUnaryOperator half = x -> x / 2;
        DoubleUnaryOperator neg = x -> -x;
        System.out.println("double " + half.andThen(neg).applyAsDouble(3.0) + " " + neg.compose(half).applyAsDouble(-1.0) + " " + DoubleUnaryOperator.identity().applyAsDouble(0.1));
        int[] values = {3, 1, 4, 1, 5, 9, 2, 6};
        System.out.println("folds sum " + fold(values, 0, Integer::sum) + " max " + fold(values, Integer.MIN_VALUE, Math::max)
                + " xor " + fold(values, 0, (x, y) -> x ^ y) + " digits " + fold(values, 0, (x, y) -> x * 10 + y));
        LongBinaryOperator gcd = (x, y) -> {
            while (y != 0) {
                long t = x % y;
                x = y;
                y = t;
            }
            return x;
        };
        System.out.println("gcd " + gcd.applyAsLong(1071, 462) + " " + gcd.applyAsLong(1L << 40, 6L << 20));
        DoubleBinaryOperator hyp = Math::hypot;
        System.out.println("hypot " + hyp.applyAsDouble(5, 12));
        IntFunction<String[]> arrays = String[]::new;
        IntFunction<String> stars = "*"::repeat;
        System.out.println("IntFunction " + arrays.apply(3).length + " " + stars.apply(4));
        ToIntFunction<String> len = String::length;
        ToLongFunction<String> parse = Long::parseLong;
        ToDoubleFunction<String> parseD = Double::parseDouble;
        System.out.println("To*Function " + len.applyAsInt("kiln") + " " + parse.applyAsLong("-99") + " " + parseD.applyAsDouble("2.5e3"));
        IntToDoubleFunction sqrt = Math::sqrt;
        DoubleToLongFunction round = Math::round;
        DoubleFunction<String> fmt = d -> String.format("%.3f", d);
        System.out.println("conversions " + sqrt.applyAsDouble(2) + " " + round.applyAsLong(2.5) + " " + fmt.apply(Math.PI));
        LongPredicate isPow2 = x -> x > 0 && (x & (x - 1)) == 0;
        System.out.println("LongPredicate " + isPow2.test(1024) + " " + isPow2.and(x -> x > 2000).test(1024) + " " + isPow2.negate().test(3)
                + " " + isPow2.or(x -> x < 0).test(-5));
        int[] squares = new int[8];
        Arrays.setAll(squares, i -> i * i);
        long[] pows = new long[6];
        Arrays.setAll(pows, i -> 1L << (i * 10));
        double[] inv = new double[5];
        Arrays.setAll(inv, i -> 1.0 / (i + 1));
        System.out.println("setAll " + Arrays.toString(squares) + " " + Arrays.toString(pows) + " " + Arrays.toString(inv));
        int[] prefix = {1, 2, 3, 4, 5};
        Arrays.parallelPrefix(prefix, (x, y) -> x * y);
        System.out.println("parallelPrefix " + Arrays.toString(prefix));
    }
}
