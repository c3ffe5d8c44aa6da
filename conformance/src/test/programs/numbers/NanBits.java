package numbers;

/**
 * floatToIntBits and doubleToLongBits collapse every NaN to the canonical pattern; the Raw variants keep
 * the payload and sign of a NaN made from bits, through locals, fields, arrays, parameters and returns.
 * (NaNs produced by arithmetic have unspecified payloads and are only tested for being NaN.)
 */
public class NanBits {
    static float storedFloat;
    static double storedDouble;
    float fieldFloat;
    double fieldDouble;

    static float passFloat(float v) { return v; }
    static double passDouble(double v) { return v; }

    public static void main(String[] args) {
        int[] floatPatterns = {0x7fc00000, 0xffc00000, 0x7f800001, 0xff800001, 0x7fc12345, 0x7fbfffff, 0xffffffff,
            0x7f800000, 0xff800000, 0x00000001, 0x3f800000};
        float[] floatArray = new float[floatPatterns.length];
        NanBits holder = new NanBits();
        for (int k = 0; k < floatPatterns.length; k++) {
            float v = Float.intBitsToFloat(floatPatterns[k]);
            floatArray[k] = v;
            storedFloat = v;
            holder.fieldFloat = v;
            float back = passFloat(floatArray[k]);
            System.out.println("f " + Integer.toHexString(floatPatterns[k]) + ": bits " + Integer.toHexString(Float.floatToIntBits(v))
                    + " raw " + Integer.toHexString(Float.floatToRawIntBits(back)) + " static "
                    + Integer.toHexString(Float.floatToRawIntBits(storedFloat)) + " field "
                    + Integer.toHexString(Float.floatToRawIntBits(holder.fieldFloat)) + " isNaN " + Float.isNaN(v)
                    + " self== " + (v == v) + " hash " + Float.hashCode(v));
        }
        long[] doublePatterns = {0x7ff8000000000000L, 0xfff8000000000000L, 0x7ff0000000000001L, 0xfff0000000000001L,
            0x7ff8123456789abcL, 0x7ff7ffffffffffffL, 0xffffffffffffffffL, 0x7ff0000000000000L, 0x0000000000000001L};
        double[] doubleArray = new double[doublePatterns.length];
        for (int k = 0; k < doublePatterns.length; k++) {
            double v = Double.longBitsToDouble(doublePatterns[k]);
            doubleArray[k] = v;
            storedDouble = v;
            holder.fieldDouble = v;
            double back = passDouble(doubleArray[k]);
            System.out.println("d " + Long.toHexString(doublePatterns[k]) + ": bits " + Long.toHexString(Double.doubleToLongBits(v))
                    + " raw " + Long.toHexString(Double.doubleToRawLongBits(back)) + " static "
                    + Long.toHexString(Double.doubleToRawLongBits(storedDouble)) + " field "
                    + Long.toHexString(Double.doubleToRawLongBits(holder.fieldDouble)) + " isNaN " + Double.isNaN(v)
                    + " hash " + Double.hashCode(v));
        }
        double produced = passDouble(0.0) / passDouble(0.0);
        float producedFloat = passFloat(Float.POSITIVE_INFINITY) - passFloat(Float.POSITIVE_INFINITY);
        System.out.println("0/0 canonical bits " + Long.toHexString(Double.doubleToLongBits(produced)) + " isNaN "
                + Double.isNaN(produced) + ", inf-inf " + Integer.toHexString(Float.floatToIntBits(producedFloat)));
        System.out.println("sqrt(-1) " + Double.isNaN(Math.sqrt(-1)) + ", (float) NaN " + Float.isNaN((float) produced)
                + ", (double) NaNf " + Double.isNaN((double) producedFloat));
        System.out.println("Double.NaN raw " + Long.toHexString(Double.doubleToRawLongBits(Double.NaN)) + ", Float.NaN raw "
                + Integer.toHexString(Float.floatToRawIntBits(Float.NaN)));
        System.out.println("toString " + Double.longBitsToDouble(0xfff8000000000001L) + " " + Float.intBitsToFloat(0xff800001));
        System.out.println("neg keeps payload " + Long.toHexString(Double.doubleToRawLongBits(-Double.longBitsToDouble(0x7ff8000000000123L)))
                + ", abs " + Long.toHexString(Double.doubleToRawLongBits(Math.abs(Double.longBitsToDouble(0xfff8000000000123L)))));
    }
}
