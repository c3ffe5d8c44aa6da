package arith_float;

/** NaN, infinities and signed zero in float arithmetic; bit patterns show what plain printing hides. */
public class FloatSpecial {
    static float f(float v) { return v; }

    static void show(String label, float v) {
        System.out.println(label + " = " + v + " bits 0x" + Integer.toHexString(Float.floatToIntBits(v)));
    }

    public static void main(String[] args) {
        float zero = f(0f);
        float negZero = f(-0f);
        float inf = f(1f) / zero;
        float ninf = f(-1f) / zero;
        float nan = zero / zero;
        show("1/0", inf);
        show("-1/0", ninf);
        show("0/0", nan);
        show("1/-0", f(1f) / negZero);
        show("-0", negZero);
        show("0 * -1", zero * f(-1f));
        show("-0 + 0", negZero + zero);
        show("-0 - 0", negZero - zero);
        show("-0 + -0", negZero + negZero);
        show("0 - 0", zero - zero);
        show("inf - inf", inf - inf);
        show("inf + inf", inf + inf);
        show("inf * 0", inf * zero);
        show("inf * -1", inf * f(-1f));
        show("inf / inf", inf / inf);
        show("1 / inf", f(1f) / inf);
        show("-1 / inf", f(-1f) / inf);
        show("nan + 1", nan + f(1f));
        show("-nan", -nan);
        show("-(0)", -zero);
        show("-(-0)", -negZero);
        System.out.println("nan == nan " + (nan == nan));
        System.out.println("nan != nan " + (nan != nan));
        System.out.println("0 == -0 " + (zero == negZero));
        System.out.println("isNaN " + Float.isNaN(nan) + " " + Float.isNaN(inf));
        System.out.println("isInfinite " + Float.isInfinite(inf) + " " + Float.isInfinite(ninf) + " " + Float.isInfinite(nan));
        System.out.println("compare(0,-0) " + Float.compare(zero, negZero));
        System.out.println("compare(-0,0) " + Float.compare(negZero, zero));
        System.out.println("compare(nan,inf) " + Float.compare(nan, inf));
        System.out.println("compare(nan,nan) " + Float.compare(nan, nan));
        System.out.println("compare(1,2) " + Float.compare(f(1f), f(2f)));
        System.out.println("pi-ish " + (f(355f) / f(113f)));
        System.out.println("max+max " + (Float.MAX_VALUE + Float.MAX_VALUE));
        System.out.println("-max*2 " + (-Float.MAX_VALUE * f(2f)));
        float tiny = Float.MIN_VALUE;
        System.out.println("tiny/2 bits " + Float.floatToIntBits(tiny / f(2f)));
        System.out.println("-tiny/2 bits " + Float.floatToIntBits(-tiny / f(2f)));
        System.out.println("1/(-tiny/2) " + (f(1f) / (-tiny / f(2f))));
    }
}
