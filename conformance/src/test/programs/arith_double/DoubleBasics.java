package arith_double;

/** Ordinary double arithmetic and its printed form. */
public class DoubleBasics {
    static double d(double v) { return v; }

    public static void main(String[] args) {
        System.out.println(d(0.1) + d(0.2));
        System.out.println(d(0.1) * d(3));
        System.out.println(d(1) / d(3));
        System.out.println(d(2) / d(3));
        System.out.println(d(1e10));
        System.out.println(d(1.5e-7));
        System.out.println(d(1e7));
        System.out.println(d(1e6));
        System.out.println(d(0.001));
        System.out.println(d(1e-3) / 10);
        System.out.println(d(123456789.125));
        System.out.println(d(-2.5) * d(4));
        System.out.println(d(1e300) * d(1e10));
        System.out.println(d(100) / d(8));
        System.out.println(d(9007199254740992.0) + d(1));
        System.out.println(Double.doubleToLongBits(d(9007199254740992.0) + d(1)));
        System.out.println(Math.sqrt(d(2)));
        System.out.println(Math.sqrt(d(10)));
        System.out.println(Double.MAX_VALUE);
        System.out.println(Double.MIN_VALUE);
        double sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += 0.1;
        }
        System.out.println("ten tenths = " + sum);
        System.out.println(sum == 1.0);
        double fact = 1;
        for (int i = 1; i <= 20; i++) {
            fact *= i;
        }
        System.out.println("20! = " + fact);
        double compound = 1000;
        for (int year = 1; year <= 5; year++) {
            compound = compound * 1.05;
            System.out.println("year " + year + " bits " + Double.doubleToLongBits(compound));
        }
        double x = d(7);
        x += 0.25;
        x *= -2;
        x /= 8;
        x -= 0.5;
        System.out.println("x = " + x);
        System.out.println(1 + d(0.5) + "|" + d(0.5) + 1 + "|" + (d(0.5) + 1L));
        float f = 0.1f;
        double widened = f;
        System.out.println(widened == 0.1);
        System.out.println(Double.doubleToLongBits(widened));
        System.out.println((double) 0.1f * 10);
        System.out.println(Double.longBitsToDouble(0x4000000000000000L));
        System.out.println(Double.longBitsToDouble(0x3ff8000000000000L));
    }
}
