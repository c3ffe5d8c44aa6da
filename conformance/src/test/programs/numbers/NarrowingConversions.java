package numbers;

/**
 * i2b, i2s, i2c and l2i keep the low bits (sign-extending for byte and short); a float or double
 * reaches byte, short and char through int, so the int saturation happens first.
 */
public class NarrowingConversions {
    static int i(int v) { return v; }
    static long l(long v) { return v; }
    static float f(float v) { return v; }
    static double d(double v) { return v; }

    public static void main(String[] args) {
        int[] ints = {i(0), i(1), i(-1), i(127), i(128), i(-128), i(-129), i(255), i(256), i(32767), i(32768),
            i(-32768), i(-32769), i(65535), i(65536), i(0x12345678), i(0x89abcdef), Integer.MAX_VALUE,
            Integer.MIN_VALUE, i(0xff80), i(0x7fff8000)};
        for (int v : ints) {
            System.out.println("int " + v + " -> byte " + (byte) v + " short " + (short) v + " char " + (int) (char) v);
        }
        long[] longs = {l(0), l(-1), l(0xffffffffL), l(0x80000000L), l(0x7fffffffL), l(0x123456789abcdefL),
            Long.MAX_VALUE, Long.MIN_VALUE, l(-0x80000001L), l(0x100000000L)};
        for (long v : longs) {
            System.out.println("long " + v + " -> int " + (int) v + " short " + (short) v + " byte " + (byte) v
                    + " char " + (int) (char) v);
        }
        double[] doubles = {d(300.7), d(-300.7), d(65535.9), d(65536.5), d(-1.5), d(127.99), d(128.0), d(-128.5),
            d(-129.0), d(1e10), d(-1e10), d(3e9), Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            d(-0.0), d(40000.0), d(-40000.0)};
        for (double v : doubles) {
            System.out.println("double " + Long.toHexString(Double.doubleToLongBits(v)) + " -> byte " + (byte) v
                    + " short " + (short) v + " char " + (int) (char) v);
        }
        float[] floats = {f(300.7f), f(-70000.5f), f(1e10f), f(-1e10f), Float.NaN, f(65535.5f), f(-1f)};
        for (float v : floats) {
            System.out.println("float " + Integer.toHexString(Float.floatToIntBits(v)) + " -> byte " + (byte) v
                    + " short " + (short) v + " char " + (int) (char) v);
        }
        byte b = (byte) i(100);
        b += 100;
        System.out.println("byte += " + b);
        b *= 3;
        System.out.println("byte *= " + b);
        b >>= 1;
        System.out.println("byte >>= " + b);
        b >>>= 1;
        System.out.println("byte >>>= " + b);
        short s = (short) i(30000);
        s += 30000;
        System.out.println("short += " + s);
        s -= -10;
        System.out.println("short -= " + s);
        char c = (char) i(0xfffe);
        c++;
        System.out.println("char ++ " + (int) c);
        c++;
        System.out.println("char ++ " + (int) c);
        c--;
        System.out.println("char -- " + (int) c);
        c += 1.9;
        System.out.println("char += 1.9 " + (int) c);
        int n = i(7);
        n += 2.9;
        System.out.println("int += 2.9 " + n);
        n -= 1e10;
        System.out.println("int -= 1e10 " + n);
        long big = l(5);
        big *= 1e30;
        System.out.println("long *= 1e30 " + big);
        big /= 0.0;
        System.out.println("long /= 0.0 " + big);
    }
}
