package dev.kiln.runtime.fdlibm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Checks every transcribed fdlibm function against the running JDK's {@code StrictMath}, whose results
 * the Java SE specification fixes as fdlibm 5.3's, bit for bit: first {@link EdgeInputs} (for two
 * arguments every pair of the special values), then a million random arguments per function drawn from
 * {@link RandomInputs}. A NaN result only has to be a NaN: Java programs may see different NaN bit
 * patterns from the same operation, and so may Wasm engines.
 */
class FdlibmMatchesStrictMathTest {
    private static final int RANDOM_INPUTS = 1_000_000;
    private static final int SHOWN_MISMATCHES = 8;

    @Test
    void sin() {
        unary("sin", Trigonometry::sin, StrictMath::sin);
    }

    @Test
    void cos() {
        unary("cos", Trigonometry::cos, StrictMath::cos);
    }

    @Test
    void tan() {
        unary("tan", Trigonometry::tan, StrictMath::tan);
    }

    @Test
    void asin() {
        unary("asin", InverseTrigonometry::asin, StrictMath::asin);
    }

    @Test
    void acos() {
        unary("acos", InverseTrigonometry::acos, StrictMath::acos);
    }

    @Test
    void atan() {
        unary("atan", InverseTrigonometry::atan, StrictMath::atan);
    }

    @Test
    void exp() {
        unary("exp", Exponentials::exp, StrictMath::exp);
    }

    @Test
    void expm1() {
        unary("expm1", Exponentials::expm1, StrictMath::expm1);
    }

    @Test
    void log() {
        unary("log", Logarithms::log, StrictMath::log);
    }

    @Test
    void log10() {
        unary("log10", Logarithms::log10, StrictMath::log10);
    }

    @Test
    void log1p() {
        unary("log1p", Logarithms::log1p, StrictMath::log1p);
    }

    @Test
    void sinh() {
        unary("sinh", Hyperbolics::sinh, StrictMath::sinh);
    }

    @Test
    void cosh() {
        unary("cosh", Hyperbolics::cosh, StrictMath::cosh);
    }

    @Test
    void tanh() {
        unary("tanh", Hyperbolics::tanh, StrictMath::tanh);
    }

    @Test
    void cbrt() {
        unary("cbrt", Roots::cbrt, StrictMath::cbrt);
    }

    @Test
    void atan2() {
        binary("atan2", InverseTrigonometry::atan2, StrictMath::atan2, RandomInputs::pair);
    }

    @Test
    void hypot() {
        binary("hypot", Roots::hypot, StrictMath::hypot, RandomInputs::hypotPair);
    }

    @Test
    void ieeeRemainder() {
        binary("IEEEremainder", Roots::ieeeRemainder, StrictMath::IEEEremainder, RandomInputs::remainderPair);
    }

    @Test
    void pow() {
        binary("pow", Power::pow, StrictMath::pow, RandomInputs::powPair);
    }

    /** Integral powers are where pow must be exact; odd and even exponents decide the sign of negative bases. */
    @Test
    void powOfIntegers() {
        Mismatches m = new Mismatches("pow");
        for (int base = -20; base <= 20; base++) {
            for (int exponent = -1100; exponent <= 1100; exponent++) {
                m.check(Power::pow, StrictMath::pow, base, exponent);
                m.check(Power::pow, StrictMath::pow, base + 0.5, exponent);
                m.check(Power::pow, StrictMath::pow, base, exponent + 0.5);
            }
        }
        m.assertNone();
    }

    private static void unary(String name, DoubleUnaryOperator kiln, DoubleUnaryOperator jdk) {
        Mismatches m = new Mismatches(name);
        for (double x : EdgeInputs.values()) {
            m.check(kiln, jdk, x);
        }
        SplittableRandom random = new SplittableRandom(name.hashCode());
        for (int i = 0; i < RANDOM_INPUTS; i++) {
            m.check(kiln, jdk, RandomInputs.single(random));
        }
        m.assertNone();
    }

    private static void binary(String name, DoubleBinaryOperator kiln, DoubleBinaryOperator jdk, PairSource pairs) {
        Mismatches m = new Mismatches(name);
        double[] edges = EdgeInputs.specialValues();
        for (double x : edges) {
            for (double y : edges) {
                m.check(kiln, jdk, x, y);
            }
        }
        SplittableRandom random = new SplittableRandom(name.hashCode());
        double[] pair = new double[2];
        for (int i = 0; i < RANDOM_INPUTS; i++) {
            pairs.next(random, pair);
            m.check(kiln, jdk, pair[0], pair[1]);
        }
        m.assertNone();
    }

    /** Fills {@code pair} with the next two arguments. */
    interface PairSource {
        void next(SplittableRandom random, double[] pair);
    }

    /** Counts mismatches and keeps the first few, with the arguments in hexadecimal. */
    private static final class Mismatches {
        private final String name;
        private final List<String> shown = new ArrayList<>();
        private long count;
        private long checked;

        Mismatches(String name) {
            this.name = name;
        }

        void check(DoubleUnaryOperator kiln, DoubleUnaryOperator jdk, double x) {
            record(kiln.applyAsDouble(x), jdk.applyAsDouble(x), Double.toHexString(x));
        }

        void check(DoubleBinaryOperator kiln, DoubleBinaryOperator jdk, double x, double y) {
            record(kiln.applyAsDouble(x, y), jdk.applyAsDouble(x, y), Double.toHexString(x) + ", " + Double.toHexString(y));
        }

        private void record(double kiln, double jdk, String arguments) {
            checked++;
            boolean same = Double.isNaN(kiln) ? Double.isNaN(jdk)
                    : Double.doubleToRawLongBits(kiln) == Double.doubleToRawLongBits(jdk);
            if (!same && count++ < SHOWN_MISMATCHES) {
                shown.add(name + "(" + arguments + ") = " + Double.toHexString(kiln) + ", StrictMath gives "
                        + Double.toHexString(jdk));
            }
        }

        void assertNone() {
            assertTrue(count == 0, count + " of " + checked + " results differ:\n" + String.join("\n", shown));
        }
    }
}
