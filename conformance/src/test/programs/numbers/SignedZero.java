package numbers;

/**
 * -0.0 and -0.0f through arithmetic (x + -x, -0 + -0, 0 * negative, rounding to zero, division
 * signs), comparisons (== and < see no difference; compare, equals and Math.min/max do) and conversions.
 */
public class SignedZero {
    static double d(double v) { return v; }
    static float f(float v) { return v; }

    static String b(double v) { return Long.toHexString(Double.doubleToRawLongBits(v)); }
    static String b(float v) { return Integer.toHexString(Float.floatToRawIntBits(v)); }

    public static void main(String[] args) {
        double pz = d(0.0);
        double nz = d(-0.0);
        System.out.println("d: -0 + -0 = " + b(nz + nz) + ", -0 + 0 = " + b(nz + pz) + ", 0 + -0 = " + b(pz + nz));
        System.out.println("d: 0 - 0 = " + b(pz - pz) + ", -0 - 0 = " + b(nz - pz) + ", -0 - -0 = " + b(nz - nz));
        System.out.println("d: 3 - 3 = " + b(d(3) - d(3)) + ", -3 + 3 = " + b(d(-3) + d(3)));
        System.out.println("d: 0 * -1 = " + b(pz * d(-1)) + ", -0 * -0 = " + b(nz * nz) + ", -0 * 5 = " + b(nz * d(5)));
        System.out.println("d: -0 / 5 = " + b(nz / d(5)) + ", 0 / -5 = " + b(pz / d(-5)));
        System.out.println("d: 1 / 0 = " + (d(1) / pz) + ", 1 / -0 = " + (d(1) / nz) + ", -1 / -0 = " + (d(-1) / nz));
        System.out.println("d: 0 / 0 is NaN " + Double.isNaN(pz / nz));
        System.out.println("d: -1e-300 * 1e-300 = " + b(d(-1e-300) * d(1e-300)) + ", -MIN / 2 = " + b(-Double.MIN_VALUE / d(2)));
        System.out.println("d: -x = " + b(-pz) + ", -(-0) = " + b(-nz) + ", 0 - x = " + b(pz - pz) + ", abs = " + b(Math.abs(nz)));
        System.out.println("d: -0 == 0 " + (nz == pz) + ", < " + (nz < pz) + ", <= " + (nz <= pz) + ", > " + (nz > pz));
        System.out.println("d: compare " + Double.compare(nz, pz) + " " + Double.compare(pz, nz) + " " + Double.compare(nz, nz));
        System.out.println("d: equals " + Double.valueOf(nz).equals(pz) + " " + Double.valueOf(nz).equals(nz));
        System.out.println("d: min " + b(Math.min(pz, nz)) + " " + b(Math.min(nz, pz)) + ", max " + b(Math.max(pz, nz))
                + " " + b(Math.max(nz, pz)));
        System.out.println("d: toString " + nz + " " + pz + ", sqrt " + b(Math.sqrt(nz)) + ", floor " + b(Math.floor(nz))
                + ", ceil(-0.5) " + b(Math.ceil(d(-0.5))) + ", rint(-0.4) " + b(Math.rint(d(-0.4))));
        System.out.println("d: signum " + b(Math.signum(nz)) + ", copySign " + b(Math.copySign(d(1), nz))
                + ", (int) " + (int) nz + ", (long) " + (long) nz + ", (float) " + b((float) nz));
        System.out.println("d: -0 % 5 = " + b(nz % d(5)) + ", -5 % 5 = " + b(d(-5) % d(5)) + ", 5 % -5 = " + b(d(5) % d(-5)));
        System.out.println("d: hashCode " + Double.hashCode(nz) + " " + Double.hashCode(pz));
        double acc = nz;
        acc += nz;
        acc *= d(7);
        System.out.println("d: compound " + b(acc));

        float fz = f(0f);
        float fn = f(-0f);
        System.out.println("f: -0 + -0 = " + b(fn + fn) + ", -0 + 0 = " + b(fn + fz) + ", 0 - 0 = " + b(fz - fz)
                + ", -0 - 0 = " + b(fn - fz));
        System.out.println("f: 0 * -1 = " + b(fz * f(-1)) + ", -0 / 5 = " + b(fn / f(5)) + ", 1 / -0 = " + (f(1) / fn));
        System.out.println("f: -1e-30 * 1e-30 = " + b(f(-1e-30f) * f(1e-30f)) + ", -x = " + b(-fz));
        System.out.println("f: == " + (fn == fz) + ", compare " + Float.compare(fn, fz) + ", equals "
                + Float.valueOf(fn).equals(fz) + ", min " + b(Math.min(fz, fn)) + ", max " + b(Math.max(fn, fz)));
        System.out.println("f: toString " + fn + ", (double) " + b((double) fn) + ", (int) " + (int) fn + ", hash "
                + Float.hashCode(fn));
        System.out.println("int -0 " + (-i0()) + ", long -0 " + (-l0()));
    }

    static int i0() { return 0; }
    static long l0() { return 0; }
}
