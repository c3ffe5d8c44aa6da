package arith_long;

/**
 * Unsigned long and int arithmetic of the boxes: divideUnsigned, remainderUnsigned, compareUnsigned,
 * toUnsignedString in several radixes, parseUnsignedLong/parseUnsignedInt at their limits and their
 * NumberFormatException messages, toUnsignedLong of int, short and byte, and an unsigned sort.
 */
public class UnsignedArithmetic {
    static long l(long v) { return v; }
    static int i(int v) { return v; }

    static void parseLong(String s, int radix) {
        try {
            long v = Long.parseUnsignedLong(s, radix);
            System.out.println("parseUnsignedLong(" + s + ", " + radix + ") = " + v + " / " + Long.toUnsignedString(v, radix));
        } catch (NumberFormatException e) {
            System.out.println("parseUnsignedLong(" + s + ", " + radix + ") NFE: " + e.getMessage());
        }
    }

    static void parseInt(String s, int radix) {
        try {
            int v = Integer.parseUnsignedInt(s, radix);
            System.out.println("parseUnsignedInt(" + s + ", " + radix + ") = " + v + " / " + Integer.toUnsignedString(v, radix));
        } catch (NumberFormatException e) {
            System.out.println("parseUnsignedInt(" + s + ", " + radix + ") NFE: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        long[] ls = {l(0), l(1), l(7), l(-1), l(-2), l(-7), l(Long.MAX_VALUE), l(Long.MIN_VALUE), l(Long.MIN_VALUE + 1),
            l(0x8000000000000007L), l(1L << 32), l(0xFFFFFFFFL), l(-4294967296L), l(1000000007L)};
        for (long a : ls) {
            StringBuilder line = new StringBuilder(Long.toUnsignedString(a) + ":");
            for (long b : ls) {
                if (b == 0) continue;
                line.append(' ').append(Long.divideUnsigned(a, b)).append('/').append(Long.remainderUnsigned(a, b))
                        .append('/').append(Long.compareUnsigned(a, b));
            }
            System.out.println(line);
        }
        for (long a : ls) {
            System.out.println("toUnsigned " + a + ": r2 " + Long.toUnsignedString(a, 2) + " r8 " + Long.toUnsignedString(a, 8)
                    + " r16 " + Long.toUnsignedString(a, 16) + " r36 " + Long.toUnsignedString(a, 36) + " r37 " + Long.toUnsignedString(a, 37)
                    + " r1 " + Long.toUnsignedString(a, 1));
        }
        int[] is = {i(0), i(1), i(3), i(-1), i(-3), i(Integer.MAX_VALUE), i(Integer.MIN_VALUE), i(0x80000005), i(65536), i(-65536)};
        for (int a : is) {
            StringBuilder line = new StringBuilder(Integer.toUnsignedString(a) + " (" + Integer.toUnsignedLong(a) + "):");
            for (int b : is) {
                if (b == 0) continue;
                line.append(' ').append(Integer.divideUnsigned(a, b)).append('/').append(Integer.remainderUnsigned(a, b))
                        .append('/').append(Integer.compareUnsigned(a, b));
            }
            System.out.println(line + " r7 " + Integer.toUnsignedString(a, 7) + " r36 " + Integer.toUnsignedString(a, 36));
        }
        try {
            System.out.println(Long.divideUnsigned(l(5), l(0)));
        } catch (ArithmeticException e) {
            System.out.println("divideUnsigned by zero: " + e.getMessage());
        }
        try {
            System.out.println(Integer.remainderUnsigned(i(5), i(0)));
        } catch (ArithmeticException e) {
            System.out.println("remainderUnsigned by zero: " + e.getMessage());
        }
        parseLong("18446744073709551615", 10);
        parseLong("18446744073709551616", 10);
        parseLong("ffffffffffffffff", 16);
        parseLong("10000000000000000", 16);
        parseLong("3w5e11264sgsf", 36);
        parseLong("3w5e11264sgsg", 36);
        parseLong("+42", 10);
        parseLong("-42", 10);
        parseLong("", 10);
        parseLong("+", 10);
        parseLong("12", 1);
        parseLong("12", 37);
        parseLong("9223372036854775808", 10);
        parseLong("0000000000000000000000000018446744073709551615", 10);
        parseLong("1z", 35);
        parseInt("4294967295", 10);
        parseInt("4294967296", 10);
        parseInt("zik0zj", 36);
        parseInt("zik0zk", 36);
        parseInt("-0", 10);
        parseInt("80000000", 16);
        parseInt("12a", 10);
        parseInt("11111111111111111111111111111111", 2);
        System.out.println("shorts " + Short.toUnsignedInt((short) i(-1)) + " " + Short.toUnsignedLong((short) i(-32768)) + " "
                + Byte.toUnsignedInt((byte) i(-128)) + " " + Byte.toUnsignedLong((byte) i(-1)) + " "
                + Short.compareUnsigned((short) i(-1), (short) i(1)) + " " + Byte.compareUnsigned((byte) i(1), (byte) i(-1)));
        long[] sorted = {l(5), l(-1), l(0), l(Long.MIN_VALUE), l(Long.MAX_VALUE), l(-5), l(42)};
        for (int a = 1; a < sorted.length; a++) {
            long key = sorted[a];
            int b = a - 1;
            while (b >= 0 && Long.compareUnsigned(sorted[b], key) > 0) {
                sorted[b + 1] = sorted[b];
                b--;
            }
            sorted[b + 1] = key;
        }
        StringBuilder order = new StringBuilder("unsigned order:");
        for (long v : sorted) order.append(' ').append(Long.toUnsignedString(v));
        System.out.println(order);
        long acc = 0;
        for (long k = 1; k < 2000; k++) {
            long x = k * 0x9E3779B97F4A7C15L;
            long y = (k * 0xC2B2AE3D27D4EB4FL) >>> (k % 64);
            if (y == 0) y = k;
            acc = acc * 31 + Long.divideUnsigned(x, y) + 7 * Long.remainderUnsigned(x, y) + Integer.divideUnsigned((int) x, (int) y | 1);
        }
        System.out.println("sweep " + Long.toHexString(acc));
    }
}
