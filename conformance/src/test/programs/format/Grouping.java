package format;


/** The grouping flag with widths, zero padding, signs and parentheses, for every integral and decimal kind. */
public class Grouping {
    public static void main(String[] args) {
        long v = 1;
        for (int digits = 1; digits <= 19; digits++) {
            System.out.println(String.format("%,d|%,25d|%-,25d|%0,25d|%+,d|%(,d", v, v, v, v, v, -v));
            v = v * 10 + (digits % 10);
        }
        double d = 0.5;
        for (int i = 0; i < 16; i++) {
            System.out.println(String.format("%,.2f|%,20.3f|%0,20.1f|%(,.0f|%+,.4f", d, d, d, -d, d));
            d = d * 10 + 0.25;
        }
        int[] ints = {0, 999, 1000, -1000, 999999, 1000000, Integer.MIN_VALUE};
        for (int i : ints) {
            System.out.println(String.format("[%,d] [%,8d] [%0,8d] [%(,8d]", i, i, i, i));
        }
        short s = -32768;
        byte b = -128;
        System.out.println(String.format("%,d %,d %,d", s, b, Long.MIN_VALUE));
        System.out.println(String.format("%,.0f %,.0f", 1e20, -9.99e15));
        System.out.println(String.format("%,f", Double.NaN) + " " + String.format("%,f", Double.POSITIVE_INFINITY));
    }
}
