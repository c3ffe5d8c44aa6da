package format;


/** %d, %o, %x and %X of every integral type, with widths and flags, at the edges of each range. */
public class IntegerConversions {
    static void f(String format, Object... args) {
        try {
            System.out.println(format + " -> [" + String.format(format, args) + "]");
        } catch (RuntimeException e) {
            System.out.println(format + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        long[] values = {0, 1, -1, 7, -8, 42, -42, 255, 256, 1000, -1000, 65535, 123456789, -123456789,
                Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE};
        String[] formats = {"%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%,d", "%(d", "%+,10d", "%(,d", "%-+8d|",
                "%o", "%#o", "%x", "%#x", "%X", "%#X", "%08x", "%-#10x|", "%,012d", "% 010d"};
        for (long v : values) {
            for (String fmt : formats) {
                f(fmt, v);
            }
        }
        int[] ints = {0, 5, -5, 0x7fffffff, 0x80000000, -1, 4096};
        for (int v : ints) {
            f("%d %x %X %o", v, v, v, v);
            f("%#x %#o %08X", v, v, v);
        }
        byte[] bytes = {0, 1, -1, 127, -128, 64};
        for (byte b : bytes) {
            f("%d %x %o %X %#x", b, b, b, b, b);
        }
        short[] shorts = {0, -1, 32767, -32768, 1234};
        for (short s : shorts) {
            f("%d %x %o %06X", s, s, s, s);
        }
        f("%d", (Object) null);
        f("%x", (Object) null);
        f("%10d|", (Object) null);
        f("%d%d%d", 1, 2, 3);
        f("[%3d][%-3d][%03d]", 7, 7, 7);
        f("%d", 'c');
        f("%d", 1.5);
        f("%x", "s");
        f("%,x", 10);
        f("%+x", 10);
        f("%(o", 10);
        f("% x", 10);
        f("%#d", 10);
        f("%.2d", 10);
        f("%-d", 10);
        f("%-05d", 10);
        f("%+ d", 10);
        f("%0d", 10);
    }
}
