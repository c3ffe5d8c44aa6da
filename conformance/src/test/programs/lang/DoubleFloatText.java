package lang;

/**
 * Double and Float text and parsing edge cases: parseDouble/valueOf of signs, exponents, hex floats,
 * "Infinity"/"NaN" spellings, type suffixes, surrounding whitespace, overflow to infinity and underflow
 * to zero, the messages of malformed input; toString of boundary values and toHexString.
 */
public class DoubleFloatText {
    public static void main(String[] args) {
        String[] inputs = {"0", "-0", "+1.5", "1e10", "1E-5", ".5", "5.", "1.5d", "2.5F", "  3.25  ", "\t7\n", "Infinity", "-Infinity",
            "+NaN", "NaN", "0x1p4", "0x1.8p1", "-0x.8p-1", "0X1P-1074", "1e400", "-1e400", "1e-400", "4.9e-324", "2.4e-324", "2.5e-324",
            "1.7976931348623157e308", "1.7976931348623159e308", "9007199254740993", "0.1", "123456789012345678901234567890",
            "", " ", "abc", "1e", "e5", "1.2.3", "--1", "0x1", "infinity", "1_000", "1,5", "Inf"};
        for (String s : inputs) {
            String d;
            String f;
            try {
                d = String.valueOf(Double.parseDouble(s));
            } catch (NumberFormatException e) {
                d = "NFE(" + e.getMessage() + ")";
            }
            try {
                f = String.valueOf(Float.parseFloat(s));
            } catch (NumberFormatException e) {
                f = "NFE(" + e.getMessage() + ")";
            }
            System.out.println("[" + s.replace("\t", "\\t").replace("\n", "\\n") + "] double=" + d + " float=" + f);
        }
        try {
            Double.parseDouble(null);
        } catch (NullPointerException e) {
            System.out.println("parseDouble null NPE");
        }
        double[] ds = {0.0, -0.0, 1.0, 0.1, 100.0, 1e7, 1e-3, 9.999999e6, 1.0e-4, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
            Math.PI, 1.0 / 3, 123456.789, Double.NaN, Double.NEGATIVE_INFINITY};
        for (double v : ds) {
            System.out.println("d " + v + " hex " + Double.toHexString(v) + " str " + Double.toString(v));
        }
        float[] fs = {0.0f, -0.0f, 1.0f, 0.1f, 1e7f, 1e-3f, Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, 1.0f / 3, 16777216f, Float.NaN};
        for (float v : fs) {
            System.out.println("f " + v + " hex " + Float.toHexString(v));
        }
        System.out.println("valueOf " + Double.valueOf("1e2") + " " + Float.valueOf("-0.5") + " " + Double.valueOf(2.5).floatValue()
                + " " + Float.valueOf(1.1f).doubleValue());
        System.out.println("isFinite " + Double.isFinite(1e308 * 10) + " " + Float.isFinite(3f) + " isInfinite " + Double.isInfinite(-1 / 0.0)
                + " isNaN " + Float.isNaN(0f / 0f));
    }
}
