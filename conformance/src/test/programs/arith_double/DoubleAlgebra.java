package arith_double;

/** Non-associativity and rounding in double: sums in different orders, Newton iteration, Horner. */
public class DoubleAlgebra {
    static double d(double v) { return v; }

    public static void main(String[] args) {
        double a = d(1e16);
        double b = d(-1e16);
        double c = d(1.0);
        System.out.println((a + b) + c);
        System.out.println(a + (b + c));
        double up = 0;
        for (int k = 1; k <= 100000; k++) {
            up += 1.0 / ((double) k * k);
        }
        double down = 0;
        for (int k = 100000; k >= 1; k--) {
            down += 1.0 / ((double) k * k);
        }
        System.out.println("basel up " + Double.doubleToLongBits(up) + " down " + Double.doubleToLongBits(down));
        System.out.println(up == down);
        double x = d(2);
        double r = 1;
        for (int i = 0; i < 8; i++) {
            r = (r + x / r) / 2;
            System.out.println("newton " + i + ": " + Double.doubleToLongBits(r));
        }
        System.out.println(r == Math.sqrt(2));
        double[] coeffs = {1, -3, 0.5, 2.25, -1};
        for (double t = -2; t <= 2; t += 0.5) {
            double h = 0;
            for (double co : coeffs) {
                h = h * t + co;
            }
            System.out.println("p(" + t + ") = " + h);
        }
        double kahanSum = 0;
        double comp = 0;
        double naive = 0;
        for (int i = 0; i < 1000; i++) {
            double v = 0.1;
            naive += v;
            double y = v - comp;
            double t = kahanSum + y;
            comp = (t - kahanSum) - y;
            kahanSum = t;
        }
        System.out.println("naive " + Double.doubleToLongBits(naive) + " kahan " + Double.doubleToLongBits(kahanSum));
        System.out.println(d(0.1) * 3 == 0.3);
        System.out.println(d(0.5) * 3 == 1.5);
        long big = 1L << 53;
        double bd = big;
        System.out.println((long) (bd + 1) - big);
        System.out.println((long) (bd + 2) - big);
        System.out.println(Double.doubleToLongBits((double) Long.MAX_VALUE));
        System.out.println(Double.doubleToLongBits((double) (Long.MAX_VALUE - 511)));
        System.out.println(Double.doubleToLongBits((double) (Long.MAX_VALUE - 512)));
        System.out.println(Double.doubleToLongBits((double) (-Long.MAX_VALUE)));
    }
}
