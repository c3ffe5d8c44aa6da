package arith_long;

/** Compound assignments and increments on long locals, fields and array elements. */
public class LongCompound {
    static long sf = 1;
    long f = -1;

    public static void main(String[] args) {
        long a = 5;
        a += 0x100000000L;
        a -= 1;
        a *= 3;
        a /= 2;
        a %= 1000000007L;
        System.out.println(a);
        a <<= 20;
        System.out.println(a);
        a >>= 3;
        System.out.println(a);
        a = -a;
        a >>>= 1;
        System.out.println(a);
        a &= 0xff00ff00ff00ff00L;
        a |= 0x11;
        a ^= -1L;
        System.out.println(a);
        long b = Long.MAX_VALUE;
        b++;
        System.out.println(b);
        b--;
        System.out.println(b);
        long c = b++ + ++b;
        System.out.println(c + " " + b);
        sf += sf++ + ++sf;
        System.out.println(sf);
        LongCompound o = new LongCompound();
        o.f *= 1L << 40;
        o.f--;
        System.out.println(o.f);
        long[] arr = {1, 2, 3};
        arr[0] += Long.MAX_VALUE;
        arr[1]++;
        arr[2] <<= 62;
        System.out.println(arr[0] + " " + arr[1] + " " + arr[2]);
        int shift = 3;
        long v = 0x0123456789abcdefL;
        v >>>= shift;
        System.out.println(Long.toHexString(v));
    }
}
