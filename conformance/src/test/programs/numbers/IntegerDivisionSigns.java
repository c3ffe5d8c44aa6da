package numbers;

/**
 * Integer division truncates toward zero and the remainder takes the dividend's sign, for every sign
 * combination and both widths; floorDiv and floorMod round toward negative infinity instead. No divisor
 * is zero.
 */
public class IntegerDivisionSigns {
    static int i(int v) { return v; }
    static long l(long v) { return v; }

    public static void main(String[] args) {
        int[] as = {i(7), i(-7), i(6), i(-6), i(1), i(-1), i(0), i(Integer.MAX_VALUE), i(Integer.MIN_VALUE),
            i(Integer.MIN_VALUE + 1)};
        int[] bs = {i(2), i(-2), i(3), i(-3), i(7), i(-7), i(1), i(-1), i(Integer.MAX_VALUE), i(Integer.MIN_VALUE)};
        for (int a : as) {
            StringBuilder line = new StringBuilder("int " + a + ":");
            for (int b : bs) {
                line.append(' ').append(a / b).append(',').append(a % b).append(',').append(Math.floorDiv(a, b))
                        .append(',').append(Math.floorMod(a, b));
            }
            System.out.println(line);
        }
        long[] las = {l(7), l(-7), l(0), l(Long.MAX_VALUE), l(Long.MIN_VALUE), l(Long.MIN_VALUE + 1),
            l(1L << 40), l(-(1L << 40) - 1)};
        long[] lbs = {l(2), l(-2), l(3), l(-3), l(1), l(-1), l(1L << 32), l(Long.MAX_VALUE), l(Long.MIN_VALUE)};
        for (long a : las) {
            StringBuilder line = new StringBuilder("long " + a + ":");
            for (long b : lbs) {
                line.append(' ').append(a / b).append(',').append(a % b).append(',').append(Math.floorDiv(a, b))
                        .append(',').append(Math.floorMod(a, b));
            }
            System.out.println(line);
        }
        System.out.println("floorDiv(long, int) " + Math.floorDiv(l(-7), i(2)) + " floorMod(long, int) "
                + Math.floorMod(l(-7), i(2)) + " " + Math.floorMod(l(Long.MIN_VALUE), i(-1)));
        int check = 0;
        for (int a = -20; a <= 20; a++) {
            for (int b = -6; b <= 6; b++) {
                if (b != 0) {
                    check = check * 31 + (a / b) * 7 + (a % b) + ((a / b) * b + a % b == a ? 1 : 1000);
                }
            }
        }
        System.out.println("identity sweep " + check);
        byte small = (byte) i(-128);
        System.out.println("byte -128 / -1 = " + (small / (byte) i(-1)) + ", as byte " + (byte) (small / (byte) i(-1)));
        short sh = (short) i(-32768);
        System.out.println("short -32768 / -1 = " + (sh / (short) i(-1)) + ", % -1 = " + (sh % (short) i(-1)));
        char ch = (char) i(65535);
        System.out.println("char 65535 / 2 = " + (ch / (char) i(2)) + ", % 7 = " + (ch % (char) i(7)));
    }
}
