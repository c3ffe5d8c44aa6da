package strict_math;

/**
 * A broad net: every fdlibm function over 3000 arguments spread across the whole double range (random bit
 * patterns from a fixed 64-bit LCG, half of them scaled into the range where the function varies), with
 * one checksum of the raw result bits per function. A difference anywhere shows up as a changed checksum;
 * the focused programs of this area then say where.
 */
public class StrictMathChecksums {
    static long seed = 0x243F6A8885A308D3L;

    static double next(boolean anywhere) {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        long bits = seed ^ (seed >>> 29);
        if (anywhere) {
            double v = Double.longBitsToDouble(bits);
            return v != v ? 1.5 : v;
        }
        return Math.scalb(1.0 + (bits >>> 12) * 0x1p-52, (int) ((bits >>> 3) % 24) - 12) * ((bits & 1) == 0 ? 1 : -1);
    }

    static long mix(long acc, double v) {
        return acc * 1000003 + (v != v ? 0x7ff8000000000000L : Double.doubleToRawLongBits(v));
    }

    public static void main(String[] args) {
        String[] names = {"sin", "cos", "tan", "asin", "acos", "atan", "exp", "expm1", "log", "log10", "log1p", "sinh", "cosh",
            "tanh", "cbrt", "atan2", "hypot", "pow", "IEEEremainder"};
        for (int f = 0; f < names.length; f++) {
            long acc = 0;
            for (int i = 0; i < 3000; i++) {
                double x = next(i % 2 == 0);
                double y = next(i % 3 == 0);
                double r = switch (f) {
                    case 0 -> StrictMath.sin(x);
                    case 1 -> StrictMath.cos(x);
                    case 2 -> StrictMath.tan(x);
                    case 3 -> StrictMath.asin(x / 8);
                    case 4 -> StrictMath.acos(x / 8);
                    case 5 -> StrictMath.atan(x);
                    case 6 -> StrictMath.exp(x * 60);
                    case 7 -> StrictMath.expm1(x * 60);
                    case 8 -> StrictMath.log(x);
                    case 9 -> StrictMath.log10(x);
                    case 10 -> StrictMath.log1p(x);
                    case 11 -> StrictMath.sinh(x * 60);
                    case 12 -> StrictMath.cosh(x * 60);
                    case 13 -> StrictMath.tanh(x * 4);
                    case 14 -> StrictMath.cbrt(x);
                    case 15 -> StrictMath.atan2(x, y);
                    case 16 -> StrictMath.hypot(x, y);
                    case 17 -> StrictMath.pow(Math.abs(x), y * 20);
                    default -> StrictMath.IEEEremainder(x, y);
                };
                acc = mix(acc, r);
            }
            System.out.println(names[f] + " " + Long.toHexString(acc));
        }
    }
}
