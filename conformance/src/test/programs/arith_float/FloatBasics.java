package arith_float;

/** Ordinary float arithmetic and its printed form; single-precision rounding versus double. */
public class FloatBasics {
    static float f(float v) { return v; }

    public static void main(String[] args) {
        float a = f(0.1f);
        float b = f(0.2f);
        System.out.println(a + b);
        System.out.println(a * b);
        System.out.println(b / a);
        System.out.println(a - b);
        System.out.println(f(1.5f) * f(4f));
        System.out.println(f(1f) / f(3f));
        System.out.println(f(2f) / f(3f));
        System.out.println(f(10f) / f(4f));
        System.out.println(f(1e10f));
        System.out.println(f(1.5e-7f));
        System.out.println(f(123456.78f));
        System.out.println(f(0.001f));
        System.out.println(f(1000000f));
        System.out.println(f(10000000f));
        System.out.println(f(16777216f) + f(1f));
        System.out.println(Float.floatToIntBits(f(16777216f) + f(1f)));
        System.out.println(f(3.0f) + " " + f(-2.5f) + " " + f(100f));
        float sum = 0f;
        for (int i = 0; i < 10; i++) {
            sum += 0.1f;
        }
        System.out.println("ten tenths = " + sum + " bits " + Float.floatToIntBits(sum));
        float prod = 1f;
        for (int i = 1; i <= 12; i++) {
            prod *= i;
        }
        System.out.println("12! = " + prod);
        double widened = a;
        System.out.println("0.1f as double bits " + Double.doubleToLongBits(widened));
        System.out.println((float) 0.1 == a);
        System.out.println(Float.MAX_VALUE);
        System.out.println(Float.MIN_VALUE);
        System.out.println(Float.floatToIntBits(Float.MAX_VALUE * f(2f)));
        System.out.println(Float.floatToIntBits(Float.MIN_VALUE / f(2f)));
        float x = f(7f);
        x += 0.5f;
        x *= 2;
        x -= 1;
        x /= 4;
        System.out.println("x = " + x);
        float neg = -x;
        System.out.println("neg = " + neg);
        System.out.println(f(2.5f) + 1);
        System.out.println(1 + f(2.5f) + "");
        System.out.println("" + 1 + f(2.5f));
    }
}
