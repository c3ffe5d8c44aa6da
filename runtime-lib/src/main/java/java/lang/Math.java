package java.lang;

import dev.kiln.runtime.FusedMultiplyAdd;
import dev.kiln.runtime.Intrinsic;
import dev.kiln.runtime.fdlibm.Exponentials;
import dev.kiln.runtime.fdlibm.Hyperbolics;
import dev.kiln.runtime.fdlibm.InverseTrigonometry;
import dev.kiln.runtime.fdlibm.Logarithms;
import dev.kiln.runtime.fdlibm.Power;
import dev.kiln.runtime.fdlibm.Roots;
import dev.kiln.runtime.fdlibm.Trigonometry;

/**
 * Basic numeric operations. Those with an exact Wasm counterpart are that instruction ({@code sqrt},
 * {@code floor}, {@code ceil}, {@code rint} as {@code f64.nearest}, {@code abs}, {@code min}/{@code max}
 * whose NaN and signed-zero rules equal Java's, {@code copySign}); the rest is exact integer and bit
 * arithmetic. The transcendental functions return {@link StrictMath}'s results, fdlibm's, everywhere:
 * HotSpot's own {@code sin}, {@code cos}, {@code tan}, {@code exp}, {@code log}, {@code log10} and
 * {@code pow} (and from JDK 24 {@code tanh} and {@code cbrt}) are faster approximations that differ from
 * them in the last bit for a few percent of arguments (docs/runtime-lib.md says where), which the
 * specification allows. {@code fma} is exact (there is no fused instruction in standard Wasm);
 * {@code random} is not provided yet.
 */
public final class Math {
    /** The double closest to e. */
    public static final double E = 2.7182818284590452354;
    /** The double closest to pi. */
    public static final double PI = 3.14159265358979323846;

    private static final double DEGREES_TO_RADIANS = 0.017453292519943295;
    private static final double RADIANS_TO_DEGREES = 57.29577951308232;
    private static final double TWO_TO_512 = 0x1.0p512;
    private static final double TWO_TO_MINUS_512 = 0x1.0p-512;

    private Math() {
    }

    /**
     * A pseudorandom double in [0, 1): the next value of one {@code java.util.Random} made by the first call,
     * as if by {@code new Random()} ({@code Math} has a generator of its own).
     */
    public static double random() {
        return RandomHolder.GENERATOR.nextDouble();
    }

    /** Made on first use, so a program that never asks for a random number has no generator. */
    private static final class RandomHolder {
        static final java.util.Random GENERATOR = new java.util.Random();
    }

    /** The correctly rounded square root; NaN for negative arguments, -0.0 for -0.0. */
    @Intrinsic("f64.sqrt")
    public static native double sqrt(double a);

    /** The largest integral value not above {@code a}. */
    @Intrinsic("f64.floor")
    public static native double floor(double a);

    /** The smallest integral value not below {@code a}. */
    @Intrinsic("f64.ceil")
    public static native double ceil(double a);

    /** The integral value closest to {@code a}, ties to even. */
    @Intrinsic("f64.nearest")
    public static native double rint(double a);

    /** {@code |a|}: the sign bit cleared, so {@code abs(-0.0)} is 0.0. */
    @Intrinsic("f64.abs")
    public static native double abs(double a);

    /** {@code |a|}: the sign bit cleared. */
    @Intrinsic("f32.abs")
    public static native float abs(float a);

    /** The greater argument; NaN if either is NaN; 0.0 is greater than -0.0. */
    @Intrinsic("f64.max")
    public static native double max(double a, double b);

    /** The smaller argument; NaN if either is NaN; -0.0 is smaller than 0.0. */
    @Intrinsic("f64.min")
    public static native double min(double a, double b);

    /** The greater argument; NaN if either is NaN; 0.0 is greater than -0.0. */
    @Intrinsic("f32.max")
    public static native float max(float a, float b);

    /** The smaller argument; NaN if either is NaN; -0.0 is smaller than 0.0. */
    @Intrinsic("f32.min")
    public static native float min(float a, float b);

    /** {@code magnitude} with the sign of {@code sign}. */
    @Intrinsic("f64.copysign")
    public static native double copySign(double magnitude, double sign);

    /** {@code magnitude} with the sign of {@code sign}. */
    @Intrinsic("f32.copysign")
    public static native float copySign(float magnitude, float sign);

    /** {@code |a|}; {@code Integer.MIN_VALUE} for itself. */
    public static int abs(int a) {
        return a < 0 ? -a : a;
    }

    /** {@code |a|}; {@code Long.MIN_VALUE} for itself. */
    public static long abs(long a) {
        return a < 0 ? -a : a;
    }

    /** {@code |a|}; ArithmeticException if {@code a} is {@code Integer.MIN_VALUE}. */
    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
        }
        return abs(a);
    }

    /**
     * {@code value} within {@code [min, max]}, as an int (Java 21).
     *
     * @throws IllegalArgumentException if {@code min > max}
     */
    public static int clamp(long value, int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException(min + " > " + max);
        }
        return (int) Math.min(max, Math.max(value, min));
    }

    /**
     * {@code value} within {@code [min, max]} (Java 21).
     *
     * @throws IllegalArgumentException if {@code min > max}
     */
    public static long clamp(long value, long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException(min + " > " + max);
        }
        return Math.min(max, Math.max(value, min));
    }

    /**
     * {@code value} within {@code [min, max]}, NaN staying NaN, -0.0 below 0.0 (Java 21).
     *
     * @throws IllegalArgumentException if either bound is NaN or {@code min > max}
     */
    public static double clamp(double value, double min, double max) {
        if (Double.isNaN(min)) {
            throw new IllegalArgumentException("min is NaN");
        }
        if (Double.isNaN(max)) {
            throw new IllegalArgumentException("max is NaN");
        }
        if (Double.compare(min, max) > 0) {
            throw new IllegalArgumentException(min + " > " + max);
        }
        return Math.min(max, Math.max(value, min));
    }

    /**
     * {@code value} within {@code [min, max]}, NaN staying NaN, -0.0 below 0.0 (Java 21).
     *
     * @throws IllegalArgumentException if either bound is NaN or {@code min > max}
     */
    public static float clamp(float value, float min, float max) {
        if (Float.isNaN(min)) {
            throw new IllegalArgumentException("min is NaN");
        }
        if (Float.isNaN(max)) {
            throw new IllegalArgumentException("max is NaN");
        }
        if (Float.compare(min, max) > 0) {
            throw new IllegalArgumentException(min + " > " + max);
        }
        return Math.min(max, Math.max(value, min));
    }

    /** {@code |a|}; ArithmeticException if {@code a} is {@code Long.MIN_VALUE}. */
    public static long absExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
        }
        return abs(a);
    }

    /** The greater argument. */
    public static int max(int a, int b) {
        return a >= b ? a : b;
    }

    /** The greater argument. */
    public static long max(long a, long b) {
        return a >= b ? a : b;
    }

    /** The smaller argument. */
    public static int min(int a, int b) {
        return a <= b ? a : b;
    }

    /** The smaller argument. */
    public static long min(long a, long b) {
        return a <= b ? a : b;
    }

    /**
     * The long closest to {@code a}, ties towards positive infinity: {@code floor(a + 1/2)} computed
     * without the rounding error of that addition. NaN gives 0; out-of-range values saturate.
     */
    public static long round(double a) {
        if (a != a) {
            return 0;
        }
        if (a >= 0x1p52 || a <= -0x1p52) {
            return (long) a;
        }
        double f = floor(a);
        return (long) f + (a - f >= 0.5 ? 1 : 0);
    }

    /** The int closest to {@code a}, ties towards positive infinity; NaN gives 0; saturating. */
    public static int round(float a) {
        if (a != a) {
            return 0;
        }
        if (a >= 0x1p23f || a <= -0x1p23f) {
            return (int) a;
        }
        float f = (float) floor(a);
        return (int) f + (a - f >= 0.5f ? 1 : 0);
    }

    /** -1.0, 1.0, or the argument itself if it is zero or NaN. */
    public static double signum(double d) {
        return d == 0.0 || d != d ? d : copySign(1.0, d);
    }

    /** -1.0f, 1.0f, or the argument itself if it is zero or NaN. */
    public static float signum(float f) {
        return f == 0.0f || f != f ? f : copySign(1.0f, f);
    }

    /** The unbiased exponent: -1023 for zero and subnormals, 1024 for NaN and infinities. */
    public static int getExponent(double d) {
        return (int) ((Double.doubleToRawLongBits(d) >>> 52) & 0x7FF) - 1023;
    }

    /** The unbiased exponent: -127 for zero and subnormals, 128 for NaN and infinities. */
    public static int getExponent(float f) {
        return ((Float.floatToRawIntBits(f) >>> 23) & 0xFF) - 127;
    }

    /** The distance to the next larger magnitude; NaN for NaN, infinity for infinities. */
    public static double ulp(double d) {
        int exponent = getExponent(d);
        if (exponent == 1024) {
            return abs(d);
        }
        if (exponent == -1023) {
            return Double.MIN_VALUE;
        }
        int ulpExponent = exponent - 52;
        if (ulpExponent >= -1022) {
            return Double.longBitsToDouble((long) (ulpExponent + 1023) << 52);
        }
        return Double.longBitsToDouble(1L << (ulpExponent + 1074));
    }

    /** The distance to the next larger magnitude; NaN for NaN, infinity for infinities. */
    public static float ulp(float f) {
        int exponent = getExponent(f);
        if (exponent == 128) {
            return abs(f);
        }
        if (exponent == -127) {
            return Float.MIN_VALUE;
        }
        int ulpExponent = exponent - 23;
        if (ulpExponent >= -126) {
            return Float.intBitsToFloat((ulpExponent + 127) << 23);
        }
        return Float.intBitsToFloat(1 << (ulpExponent + 149));
    }

    /** The adjacent double towards positive infinity. */
    public static double nextUp(double d) {
        if (d != d || d == Double.POSITIVE_INFINITY) {
            return d;
        }
        double x = d + 0.0;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) + (x >= 0.0 ? 1 : -1));
    }

    /** The adjacent float towards positive infinity. */
    public static float nextUp(float f) {
        if (f != f || f == Float.POSITIVE_INFINITY) {
            return f;
        }
        float x = f + 0.0f;
        return Float.intBitsToFloat(Float.floatToRawIntBits(x) + (x >= 0.0f ? 1 : -1));
    }

    /** The adjacent double towards negative infinity. */
    public static double nextDown(double d) {
        if (d != d || d == Double.NEGATIVE_INFINITY) {
            return d;
        }
        if (d == 0.0) {
            return -Double.MIN_VALUE;
        }
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + (d > 0.0 ? -1 : 1));
    }

    /** The adjacent float towards negative infinity. */
    public static float nextDown(float f) {
        if (f != f || f == Float.NEGATIVE_INFINITY) {
            return f;
        }
        if (f == 0.0f) {
            return -Float.MIN_VALUE;
        }
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + (f > 0.0f ? -1 : 1));
    }

    /** The adjacent double from {@code start} towards {@code direction}; {@code direction} if equal. */
    public static double nextAfter(double start, double direction) {
        if (start < direction) {
            return nextUp(start);
        }
        if (start > direction) {
            return nextDown(start);
        }
        return start == direction ? direction : start + direction;
    }

    /** The adjacent float from {@code start} towards {@code direction}; {@code direction} if equal. */
    public static float nextAfter(float start, double direction) {
        if (start < direction) {
            return nextUp(start);
        }
        if (start > direction) {
            return nextDown(start);
        }
        return start == direction ? (float) direction : start + (float) direction;
    }

    /**
     * {@code d * 2^scaleFactor}, rounded once. The factor's remainder modulo 512 is applied first and then
     * whole 2^512 steps, so that an intermediate result only leaves the normal range when the exact
     * result is so far beyond it that the further steps produce the same infinity or zero.
     */
    public static double scalb(double d, int scaleFactor) {
        int n = max(-2200, min(2200, scaleFactor));
        double result = d * Double.longBitsToDouble((long) (n % 512 + 1023) << 52);
        for (int steps = n / 512; steps > 0; steps--) {
            result *= TWO_TO_512;
        }
        for (int steps = n / 512; steps < 0; steps++) {
            result *= TWO_TO_MINUS_512;
        }
        return result;
    }

    /** {@code f * 2^scaleFactor}, rounded once (exactly in {@code double}, then to {@code float}). */
    public static float scalb(float f, int scaleFactor) {
        int n = max(-300, min(300, scaleFactor));
        return (float) (f * Double.longBitsToDouble((long) (n + 1023) << 52));
    }

    /** The sine of {@code a} radians: {@link StrictMath#sin}'s result. */
    public static double sin(double a) {
        return Trigonometry.sin(a);
    }

    /** The cosine of {@code a} radians: {@link StrictMath#cos}'s result. */
    public static double cos(double a) {
        return Trigonometry.cos(a);
    }

    /** The tangent of {@code a} radians: {@link StrictMath#tan}'s result. */
    public static double tan(double a) {
        return Trigonometry.tan(a);
    }

    /** The arc sine: {@link StrictMath#asin}'s result. */
    public static double asin(double a) {
        return InverseTrigonometry.asin(a);
    }

    /** The arc cosine: {@link StrictMath#acos}'s result. */
    public static double acos(double a) {
        return InverseTrigonometry.acos(a);
    }

    /** The arc tangent: {@link StrictMath#atan}'s result. */
    public static double atan(double a) {
        return InverseTrigonometry.atan(a);
    }

    /** The polar angle of (x, y): {@link StrictMath#atan2}'s result. */
    public static double atan2(double y, double x) {
        return InverseTrigonometry.atan2(y, x);
    }

    /** {@code e^a}: {@link StrictMath#exp}'s result. */
    public static double exp(double a) {
        return Exponentials.exp(a);
    }

    /** {@code e^x - 1}: {@link StrictMath#expm1}'s result. */
    public static double expm1(double x) {
        return Exponentials.expm1(x);
    }

    /** The natural logarithm: {@link StrictMath#log}'s result. */
    public static double log(double a) {
        return Logarithms.log(a);
    }

    /** The base-10 logarithm: {@link StrictMath#log10}'s result. */
    public static double log10(double a) {
        return Logarithms.log10(a);
    }

    /** {@code ln(1 + x)}: {@link StrictMath#log1p}'s result. */
    public static double log1p(double x) {
        return Logarithms.log1p(x);
    }

    /** The hyperbolic sine: {@link StrictMath#sinh}'s result. */
    public static double sinh(double x) {
        return Hyperbolics.sinh(x);
    }

    /** The hyperbolic cosine: {@link StrictMath#cosh}'s result. */
    public static double cosh(double x) {
        return Hyperbolics.cosh(x);
    }

    /** The hyperbolic tangent: {@link StrictMath#tanh}'s result. */
    public static double tanh(double x) {
        return Hyperbolics.tanh(x);
    }

    /** {@code sqrt(x^2 + y^2)} without intermediate overflow: {@link StrictMath#hypot}'s result. */
    public static double hypot(double x, double y) {
        return Roots.hypot(x, y);
    }

    /** The cube root: {@link StrictMath#cbrt}'s result. */
    public static double cbrt(double a) {
        return Roots.cbrt(a);
    }

    /** {@code a^b}: {@link StrictMath#pow}'s result. */
    public static double pow(double a, double b) {
        return Power.pow(a, b);
    }

    /** The IEEE 754 remainder, exact: {@link StrictMath#IEEEremainder}'s result. */
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

    /** {@code angdeg} in radians, approximately. */
    public static double toRadians(double angdeg) {
        return angdeg * DEGREES_TO_RADIANS;
    }

    /** {@code angrad} in degrees, approximately. */
    public static double toDegrees(double angrad) {
        return angrad * RADIANS_TO_DEGREES;
    }

    /** {@code x + y}; ArithmeticException ("integer overflow") if the result overflows an {@code int}. */
    public static int addExact(int x, int y) {
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    /** {@code x + y}; ArithmeticException ("long overflow") if the result overflows a {@code long}. */
    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    /** {@code x - y}; ArithmeticException ("integer overflow") if the result overflows an {@code int}. */
    public static int subtractExact(int x, int y) {
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    /** {@code x - y}; ArithmeticException ("long overflow") if the result overflows a {@code long}. */
    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    /** {@code x * y}; ArithmeticException ("integer overflow") if the result overflows an {@code int}. */
    public static int multiplyExact(int x, int y) {
        long r = (long) x * y;
        if ((int) r != r) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) r;
    }

    /** {@code x * y}; ArithmeticException ("long overflow") if the result overflows a {@code long}. */
    public static long multiplyExact(long x, int y) {
        return multiplyExact(x, (long) y);
    }

    /** {@code x * y}; ArithmeticException ("long overflow") if the result overflows a {@code long}. */
    public static long multiplyExact(long x, long y) {
        long r = x * y;
        if (multiplyHigh(x, y) != r >> 63) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    /** {@code a + 1}; ArithmeticException ("integer overflow") for {@code Integer.MAX_VALUE}. */
    public static int incrementExact(int a) {
        if (a == Integer.MAX_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a + 1;
    }

    /** {@code a + 1}; ArithmeticException ("long overflow") for {@code Long.MAX_VALUE}. */
    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a + 1;
    }

    /** {@code a - 1}; ArithmeticException ("integer overflow") for {@code Integer.MIN_VALUE}. */
    public static int decrementExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a - 1;
    }

    /** {@code a - 1}; ArithmeticException ("long overflow") for {@code Long.MIN_VALUE}. */
    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a - 1;
    }

    /** {@code -a}; ArithmeticException ("integer overflow") for {@code Integer.MIN_VALUE}. */
    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return -a;
    }

    /** {@code -a}; ArithmeticException ("long overflow") for {@code Long.MIN_VALUE}. */
    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return -a;
    }

    /** {@code value} as an {@code int}; ArithmeticException ("integer overflow") if it does not fit. */
    public static int toIntExact(long value) {
        if ((int) value != value) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) value;
    }

    /** The exact product of two ints. */
    public static long multiplyFull(int x, int y) {
        return (long) x * y;
    }

    /** The high 64 bits of the 128-bit signed product {@code x * y}. */
    public static long multiplyHigh(long x, long y) {
        long x1 = x >> 32;
        long x0 = x & 0xFFFFFFFFL;
        long y1 = y >> 32;
        long y0 = y & 0xFFFFFFFFL;
        long t = x1 * y0 + ((x0 * y0) >>> 32);
        long middle = (t & 0xFFFFFFFFL) + x0 * y1;
        return x1 * y1 + (t >> 32) + (middle >> 32);
    }

    /** The largest integer not above {@code x / y}; ArithmeticException if {@code y} is 0. */
    public static int floorDiv(int x, int y) {
        int q = x / y;
        return (x ^ y) < 0 && q * y != x ? q - 1 : q;
    }

    /** The largest integer not above {@code x / y}; ArithmeticException if {@code y} is 0. */
    public static long floorDiv(long x, int y) {
        return floorDiv(x, (long) y);
    }

    /** The largest integer not above {@code x / y}; ArithmeticException if {@code y} is 0. */
    public static long floorDiv(long x, long y) {
        long q = x / y;
        return (x ^ y) < 0 && q * y != x ? q - 1 : q;
    }

    /** {@code x - floorDiv(x, y) * y}, with the sign of {@code y}; ArithmeticException if {@code y} is 0. */
    public static int floorMod(int x, int y) {
        int r = x % y;
        return (x ^ y) < 0 && r != 0 ? r + y : r;
    }

    /** {@code x - floorDiv(x, y) * y}, with the sign of {@code y}; ArithmeticException if {@code y} is 0. */
    public static int floorMod(long x, int y) {
        return (int) floorMod(x, (long) y);
    }

    /** {@code x - floorDiv(x, y) * y}, with the sign of {@code y}; ArithmeticException if {@code y} is 0. */
    public static long floorMod(long x, long y) {
        long r = x % y;
        return (x ^ y) < 0 && r != 0 ? r + y : r;
    }
}
