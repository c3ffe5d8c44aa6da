package numbers;

/**
 * Double.parseDouble and Float.parseFloat round the exact decimal once, to nearest with ties to even,
 * straight to the target format (a float is not the rounded double rounded again); hexadecimal
 * significands, signs, surrounding whitespace, type suffixes, Infinity and NaN are accepted.
 */
public class ParseFloatingPoint {
    public static void main(String[] args) {
        String[] texts = {"0", "-0", "+0.0", "1", "1.", ".5", "-.5e1", "0.1", "1e23", "8.41e21", "2.2250738585072014E-308",
            "2.2250738585072011e-308", "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1e-400",
            "-1e-400", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e309",
            "-1e400", "9007199254740993", "9007199254740993.0000000000000001", "9007199254740995",
            "0.30000000000000004", "123456789012345678901234567890", "0x1p0", "0x1.8p1", "-0x1.fffffffffffffp1023",
            "0x0.0000000000001p-1022", "0X1P-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x.8p1", "0x1.8p1d",
            "  42  ", "\t7.5\n", "1e0f", "2.5D", "Infinity", "-Infinity", "+Infinity", "NaN", "1.00000017881393432617187499",
            "1.000000178813934326171875", "1.00000017881393432617187501", "3.4028235e38", "3.4028236e38",
            "3.4028235677973366e38", "1.4e-45", "7.0e-46", "7.1e-46", "1e-50", "16777217", "16777219",
            "0.000000000000000000000000000000000000000000001401298464324817070923729583289916131280"};
        for (String text : texts) {
            double d = Double.parseDouble(text);
            float f = Float.parseFloat(text);
            System.out.println("[" + text.trim() + "] d " + (d != d ? "NaN" : Long.toHexString(Double.doubleToRawLongBits(d)))
                    + " f " + (f != f ? "NaN" : Integer.toHexString(Float.floatToRawIntBits(f))) + " valueOf "
                    + Double.valueOf(text).equals(d) + " " + Float.valueOf(text).equals(f));
        }
        StringBuilder digits = new StringBuilder("0.");
        for (int k = 0; k < 330; k++) {
            digits.append('0');
        }
        digits.append("4940656458412465441765687928682213723651");
        System.out.println("long subnormal " + Long.toHexString(Double.doubleToRawLongBits(Double.parseDouble(digits.toString()))));
        long acc = 0;
        for (int k = 1; k < 400; k++) {
            String text = k + "." + (k * 7919 % 1000) + "e" + (k % 60 - 30);
            acc = acc * 31 + Double.doubleToRawLongBits(Double.parseDouble(text)) + Float.floatToRawIntBits(Float.parseFloat(text));
        }
        System.out.println("sweep " + acc);
    }
}
