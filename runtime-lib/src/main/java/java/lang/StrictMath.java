package java.lang;

import dev.kiln.runtime.FusedMultiplyAdd;
import dev.kiln.runtime.fdlibm.Exponentials;
import dev.kiln.runtime.fdlibm.Hyperbolics;
import dev.kiln.runtime.fdlibm.InverseTrigonometry;
import dev.kiln.runtime.fdlibm.Logarithms;
import dev.kiln.runtime.fdlibm.Power;
import dev.kiln.runtime.fdlibm.Roots;
import dev.kiln.runtime.fdlibm.Trigonometry;

/**
 * Numeric functions with results specified bit for bit: the transcendental functions return exactly
 * what fdlibm 5.3 returns (the algorithms, transcribed, are in {@code dev.kiln.runtime.fdlibm}); every
 * other function has a single correct result and is {@link Math}'s. {@code random} is not provided.
 */
public final class StrictMath {
    /** The double closest to e. */
    public static final double E = 2.7182818284590452354;
    /** The double closest to pi. */
    public static final double PI = 3.14159265358979323846;

    private StrictMath() {
    }

    /**
     * A pseudorandom double in [0, 1): the next value of one {@code java.util.Random} made by the first call,
     * as if by {@code new Random()} ({@code StrictMath} has a generator of its own).
     */
    public static double random() {
        return RandomHolder.GENERATOR.nextDouble();
    }

    /** Made on first use, so a program that never asks for a random number has no generator. */
    private static final class RandomHolder {
        static final java.util.Random GENERATOR = new java.util.Random();
    }

    /** The sine of {@code a} radians. */
    public static double sin(double a) {
        return Trigonometry.sin(a);
    }

    /** The cosine of {@code a} radians. */
    public static double cos(double a) {
        return Trigonometry.cos(a);
    }

    /** The tangent of {@code a} radians. */
    public static double tan(double a) {
        return Trigonometry.tan(a);
    }

    /** The arc sine, in [-pi/2, pi/2]; NaN outside [-1, 1]. */
    public static double asin(double a) {
        return InverseTrigonometry.asin(a);
    }

    /** The arc cosine, in [0, pi]; NaN outside [-1, 1]. */
    public static double acos(double a) {
        return InverseTrigonometry.acos(a);
    }

    /** The arc tangent, in [-pi/2, pi/2]. */
    public static double atan(double a) {
        return InverseTrigonometry.atan(a);
    }

    /** The angle theta of the point (x, y) in polar coordinates, in [-pi, pi]. */
    public static double atan2(double y, double x) {
        return InverseTrigonometry.atan2(y, x);
    }

    /** {@code e^a}. */
    public static double exp(double a) {
        return Exponentials.exp(a);
    }

    /** {@code e^x - 1}, accurate near 0. */
    public static double expm1(double x) {
        return Exponentials.expm1(x);
    }

    /** The natural logarithm; NaN for negative arguments, -infinity for zeros. */
    public static double log(double a) {
        return Logarithms.log(a);
    }

    /** The base-10 logarithm; exact for powers of ten. */
    public static double log10(double a) {
        return Logarithms.log10(a);
    }

    /** {@code ln(1 + x)}, accurate near 0. */
    public static double log1p(double x) {
        return Logarithms.log1p(x);
    }

    /** The hyperbolic sine. */
    public static double sinh(double x) {
        return Hyperbolics.sinh(x);
    }

    /** The hyperbolic cosine. */
    public static double cosh(double x) {
        return Hyperbolics.cosh(x);
    }

    /** The hyperbolic tangent. */
    public static double tanh(double x) {
        return Hyperbolics.tanh(x);
    }

    /** {@code sqrt(x^2 + y^2)} without intermediate overflow or underflow; infinity if either is infinite. */
    public static double hypot(double x, double y) {
        return Roots.hypot(x, y);
    }

    /** The cube root. */
    public static double cbrt(double a) {
        return Roots.cbrt(a);
    }

    /** {@code a^b}, with the special cases of {@link Math#pow}. */
    public static double pow(double a, double b) {
        return Power.pow(a, b);
    }

    /** {@code f1 - f2*n} for the integer n nearest {@code f1/f2} (ties to even), as IEEE 754 defines it. */
    public static double IEEEremainder(double f1, double f2) {
        return Roots.ieeeRemainder(f1, f2);
    }

    /** {@code a * b + c} computed exactly and rounded once. */
    public static double fma(double a, double b, double c) {
        return FusedMultiplyAdd.fma(a, b, c);
    }

    /** {@code a * b + c} computed exactly and rounded once. */
    public static float fma(float a, float b, float c) {
        return FusedMultiplyAdd.fma(a, b, c);
    }

    /** The correctly rounded square root. */
    public static double sqrt(double a) {
        return Math.sqrt(a);
    }

    /** The largest integral value not above {@code a}. */
    public static double floor(double a) {
        return Math.floor(a);
    }

    /** The smallest integral value not below {@code a}. */
    public static double ceil(double a) {
        return Math.ceil(a);
    }

    /** The integral value closest to {@code a}, ties to even. */
    public static double rint(double a) {
        return Math.rint(a);
    }

    /** The long closest to {@code a}, ties towards positive infinity; NaN gives 0; saturating. */
    public static long round(double a) {
        return Math.round(a);
    }

    /** The int closest to {@code a}, ties towards positive infinity; NaN gives 0; saturating. */
    public static int round(float a) {
        return Math.round(a);
    }

    /** {@code angdeg} in radians, approximately. */
    public static double toRadians(double angdeg) {
        return Math.toRadians(angdeg);
    }

    /** {@code angrad} in degrees, approximately. */
    public static double toDegrees(double angrad) {
        return Math.toDegrees(angrad);
    }

    /** {@code |a|}: the sign bit cleared. */
    public static double abs(double a) {
        return Math.abs(a);
    }

    /** {@code |a|}: the sign bit cleared. */
    public static float abs(float a) {
        return Math.abs(a);
    }

    /** {@code |a|}; {@code Integer.MIN_VALUE} for itself. */
    public static int abs(int a) {
        return Math.abs(a);
    }

    /** {@code |a|}; {@code Long.MIN_VALUE} for itself. */
    public static long abs(long a) {
        return Math.abs(a);
    }

    /** {@code |a|}; ArithmeticException for {@code Integer.MIN_VALUE}. */
    public static int absExact(int a) {
        return Math.absExact(a);
    }

    /** {@code |a|}; ArithmeticException for {@code Long.MIN_VALUE}. */
    public static long absExact(long a) {
        return Math.absExact(a);
    }

    /** The greater argument; NaN if either is NaN; 0.0 is greater than -0.0. */
    public static double max(double a, double b) {
        return Math.max(a, b);
    }

    /** The greater argument; NaN if either is NaN; 0.0 is greater than -0.0. */
    public static float max(float a, float b) {
        return Math.max(a, b);
    }

    /** The greater argument. */
    public static int max(int a, int b) {
        return Math.max(a, b);
    }

    /** The greater argument. */
    public static long max(long a, long b) {
        return Math.max(a, b);
    }

    /** The smaller argument; NaN if either is NaN; -0.0 is smaller than 0.0. */
    public static double min(double a, double b) {
        return Math.min(a, b);
    }

    /** The smaller argument; NaN if either is NaN; -0.0 is smaller than 0.0. */
    public static float min(float a, float b) {
        return Math.min(a, b);
    }

    /** The smaller argument. */
    public static int min(int a, int b) {
        return Math.min(a, b);
    }

    /** The smaller argument. */
    public static long min(long a, long b) {
        return Math.min(a, b);
    }

    /** {@code x + y}; ArithmeticException if it overflows. */
    public static int addExact(int x, int y) {
        return Math.addExact(x, y);
    }

    /** {@code x + y}; ArithmeticException if it overflows. */
    public static long addExact(long x, long y) {
        return Math.addExact(x, y);
    }

    /** {@code x - y}; ArithmeticException if it overflows. */
    public static int subtractExact(int x, int y) {
        return Math.subtractExact(x, y);
    }

    /** {@code x - y}; ArithmeticException if it overflows. */
    public static long subtractExact(long x, long y) {
        return Math.subtractExact(x, y);
    }

    /** {@code x * y}; ArithmeticException if it overflows. */
    public static int multiplyExact(int x, int y) {
        return Math.multiplyExact(x, y);
    }

    /** {@code x * y}; ArithmeticException if it overflows. */
    public static long multiplyExact(long x, int y) {
        return Math.multiplyExact(x, y);
    }

    /** {@code x * y}; ArithmeticException if it overflows. */
    public static long multiplyExact(long x, long y) {
        return Math.multiplyExact(x, y);
    }

    /** {@code a + 1}; ArithmeticException for {@code Integer.MAX_VALUE}. */
    public static int incrementExact(int a) {
        return Math.incrementExact(a);
    }

    /** {@code a + 1}; ArithmeticException for {@code Long.MAX_VALUE}. */
    public static long incrementExact(long a) {
        return Math.incrementExact(a);
    }

    /** {@code a - 1}; ArithmeticException for {@code Integer.MIN_VALUE}. */
    public static int decrementExact(int a) {
        return Math.decrementExact(a);
    }

    /** {@code a - 1}; ArithmeticException for {@code Long.MIN_VALUE}. */
    public static long decrementExact(long a) {
        return Math.decrementExact(a);
    }

    /** {@code -a}; ArithmeticException for {@code Integer.MIN_VALUE}. */
    public static int negateExact(int a) {
        return Math.negateExact(a);
    }

    /** {@code -a}; ArithmeticException for {@code Long.MIN_VALUE}. */
    public static long negateExact(long a) {
        return Math.negateExact(a);
    }

    /** {@code value} as an int; ArithmeticException if it does not fit. */
    public static int toIntExact(long value) {
        return Math.toIntExact(value);
    }

    /** The exact product of two ints. */
    public static long multiplyFull(int x, int y) {
        return Math.multiplyFull(x, y);
    }

    /** The high 64 bits of the 128-bit signed product. */
    public static long multiplyHigh(long x, long y) {
        return Math.multiplyHigh(x, y);
    }

    /** The largest integer not above {@code x / y}; ArithmeticException if {@code y} is 0. */
    public static int floorDiv(int x, int y) {
        return Math.floorDiv(x, y);
    }

    /** The largest integer not above {@code x / y}; ArithmeticException if {@code y} is 0. */
    public static long floorDiv(long x, int y) {
        return Math.floorDiv(x, y);
    }

    /** The largest integer not above {@code x / y}; ArithmeticException if {@code y} is 0. */
    public static long floorDiv(long x, long y) {
        return Math.floorDiv(x, y);
    }

    /** The remainder with the sign of {@code y}; ArithmeticException if {@code y} is 0. */
    public static int floorMod(int x, int y) {
        return Math.floorMod(x, y);
    }

    /** The remainder with the sign of {@code y}; ArithmeticException if {@code y} is 0. */
    public static int floorMod(long x, int y) {
        return Math.floorMod(x, y);
    }

    /** The remainder with the sign of {@code y}; ArithmeticException if {@code y} is 0. */
    public static long floorMod(long x, long y) {
        return Math.floorMod(x, y);
    }

    /** The distance to the next larger magnitude. */
    public static double ulp(double d) {
        return Math.ulp(d);
    }

    /** The distance to the next larger magnitude. */
    public static float ulp(float f) {
        return Math.ulp(f);
    }

    /** -1.0, 1.0, or the argument itself if it is zero or NaN. */
    public static double signum(double d) {
        return Math.signum(d);
    }

    /** -1.0f, 1.0f, or the argument itself if it is zero or NaN. */
    public static float signum(float f) {
        return Math.signum(f);
    }

    /** {@code magnitude} with the sign of {@code sign}, a NaN {@code sign} counting as positive. */
    public static double copySign(double magnitude, double sign) {
        return Math.copySign(magnitude, sign != sign ? 1.0 : sign);
    }

    /** {@code magnitude} with the sign of {@code sign}, a NaN {@code sign} counting as positive. */
    public static float copySign(float magnitude, float sign) {
        return Math.copySign(magnitude, sign != sign ? 1.0f : sign);
    }

    /** The unbiased exponent: -1023 for zero and subnormals, 1024 for NaN and infinities. */
    public static int getExponent(double d) {
        return Math.getExponent(d);
    }

    /** The unbiased exponent: -127 for zero and subnormals, 128 for NaN and infinities. */
    public static int getExponent(float f) {
        return Math.getExponent(f);
    }

    /** The adjacent double from {@code start} towards {@code direction}. */
    public static double nextAfter(double start, double direction) {
        return Math.nextAfter(start, direction);
    }

    /** The adjacent float from {@code start} towards {@code direction}. */
    public static float nextAfter(float start, double direction) {
        return Math.nextAfter(start, direction);
    }

    /** The adjacent double towards positive infinity. */
    public static double nextUp(double d) {
        return Math.nextUp(d);
    }

    /** The adjacent float towards positive infinity. */
    public static float nextUp(float f) {
        return Math.nextUp(f);
    }

    /** The adjacent double towards negative infinity. */
    public static double nextDown(double d) {
        return Math.nextDown(d);
    }

    /** The adjacent float towards negative infinity. */
    public static float nextDown(float f) {
        return Math.nextDown(f);
    }

    /** {@code d * 2^scaleFactor}, rounded once. */
    public static double scalb(double d, int scaleFactor) {
        return Math.scalb(d, scaleFactor);
    }

    /** {@code f * 2^scaleFactor}, rounded once. */
    public static float scalb(float f, int scaleFactor) {
        return Math.scalb(f, scaleFactor);
    }
}
