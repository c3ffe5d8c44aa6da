package strict_math;

/**
 * sin, cos and tan of large arguments: the Cody-Waite reduction up to 2^19 * pi/2 (with its second and
 * third steps where n * pi/2 nearly equals x) and the Payne-Hanek reduction with 2/pi's 1584 bits
 * beyond, up to Double.MAX_VALUE; includes the double closest to a multiple of pi/2 (6381956970095103 *
 * 2^797).
 */
public class TrigLargeArguments {
    static double d(double v) { return v; }

    static String b(double v) { return v != v ? "NaN" : Long.toHexString(Double.doubleToRawLongBits(v)); }

    static void show(double x) {
        System.out.println(Long.toHexString(Double.doubleToRawLongBits(x)) + ": " + b(StrictMath.sin(x)) + " "
                + b(StrictMath.cos(x)) + " " + b(StrictMath.tan(x)));
    }

    public static void main(String[] args) {
        double[] values = {d(100.0), d(1e5), d(1e6), d(0x1.921fb54442d18p19), Math.nextUp(0x1.921fb54442d18p19),
            Math.nextDown(0x1.921fb54442d18p20), d(0x1.921fb54442d18p20), d(1e7), d(1e9), d(2147483647.0), d(1e15),
            d(0x1p52), d(0x1p53 - 1), d(1e16), d(1e22), d(1e100), d(1e200), d(1e300), Double.MAX_VALUE, -Double.MAX_VALUE,
            d(6381956970095103.0 * 0x1p797), d(-6381956970095103.0 * 0x1p797), d(0x1p1023), d(0x1.fffffffffffffp1022),
            d(12345678.9), d(-98765432.1), d(5.319372648326541e255), d(1.0e-300 * 1e300 * 1e20)};
        for (double x : values) {
            show(x);
        }
        for (int e = 20; e <= 1020; e += 40) {
            show(Math.scalb(Math.PI / 2, e));
            show(-Math.scalb(Math.PI, e));
        }
        for (long n = 3; n < 2000000; n = n * 7 + 1) {
            double q = n * (Math.PI / 2);
            show(q);
            show(Math.nextUp(q));
        }
        long acc = 0;
        double x = 1e19;
        for (int k = 0; k < 500; k++) {
            x *= 1.37;
            if (x > 1e300) {
                x /= 1e290;
            }
            acc = acc * 31 + Double.doubleToRawLongBits(StrictMath.sin(x)) + Double.doubleToRawLongBits(StrictMath.cos(-x));
        }
        System.out.println("sweep " + Long.toHexString(acc));
    }
}
