package boxes;

/** parseXxx, valueOf(String), toString with radix, and toHex/Binary/OctalString across the integer types. */
public class ParseAndFormat {
    public static void main(String[] args) {
        System.out.println(Integer.parseInt("0") + " " + Integer.parseInt("-2147483648") + " " + Integer.parseInt("+77") + " "
                + Integer.parseInt("2147483647") + " " + Integer.parseInt("-0") + " " + Integer.parseInt("000123"));
        System.out.println(Integer.parseInt("ff", 16) + " " + Integer.parseInt("-FF", 16) + " " + Integer.parseInt("777", 8) + " "
                + Integer.parseInt("1010", 2) + " " + Integer.parseInt("zz", 36) + " " + Integer.parseInt("-80000000", 16));
        System.out.println(Long.parseLong("9223372036854775807") + " " + Long.parseLong("-9223372036854775808") + " "
                + Long.parseLong("7fffffffffffffff", 16) + " " + Long.parseLong("-1", 2));
        System.out.println(Short.parseShort("-32768") + " " + Byte.parseByte("127") + " " + Byte.parseByte("-80", 16));
        System.out.println(Integer.valueOf("42") + Long.valueOf("58") + " " + Double.parseDouble("2.5") + " " + Double.parseDouble("-1e3")
                + " " + Float.parseFloat("0.5") + " " + Double.valueOf("1.25") + " " + Boolean.parseBoolean("TrUe") + " "
                + Boolean.parseBoolean("yes"));
        System.out.println(Double.parseDouble("Infinity") + " " + Double.parseDouble("-Infinity") + " " + Double.isNaN(Double.parseDouble("NaN"))
                + " " + Double.doubleToLongBits(Double.parseDouble("0.1")) + " " + Double.doubleToLongBits(Double.parseDouble("1e-320")));
        int[] ints = {0, 1, -1, 255, -255, 1000000, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int v : ints) {
            System.out.println(v + ": " + Integer.toString(v) + " r2=" + Integer.toString(v, 2) + " r7=" + Integer.toString(v, 7) + " r16="
                    + Integer.toString(v, 16) + " r36=" + Integer.toString(v, 36) + " hex=" + Integer.toHexString(v) + " oct="
                    + Integer.toOctalString(v) + " bin=" + Integer.toBinaryString(v));
        }
        long[] longs = {0, -1, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 33};
        for (long v : longs) {
            System.out.println(v + ": r2=" + Long.toString(v, 2) + " r36=" + Long.toString(v, 36) + " hex=" + Long.toHexString(v) + " bin="
                    + Long.toBinaryString(v));
        }
        System.out.println(Integer.toString(255, 99) + " " + Integer.toString(255, 1));
        System.out.println(Short.toString((short) -5) + Byte.toString((byte) 9) + Character.toString('c') + Boolean.toString(false)
                + Long.toString(-12L) + Double.toString(0.5) + Float.toString(0.75f));
        String digits = "31415926";
        int rebuilt = 0;
        for (int k = 0; k < digits.length(); k++) {
            rebuilt = rebuilt * 10 + Character.digit(digits.charAt(k), 10);
        }
        System.out.println(rebuilt == Integer.parseInt(digits));
        System.out.println(Integer.parseInt(Integer.toString(-123456, 5), 5));
        System.out.println(Long.parseLong(Long.toString(Long.MIN_VALUE, 36), 36) == Long.MIN_VALUE);
    }
}
