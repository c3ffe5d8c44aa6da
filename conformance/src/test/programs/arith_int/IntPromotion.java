package arith_int;

/** Binary numeric promotion of byte, short and char operands, and char arithmetic. */
public class IntPromotion {
    static byte b(int v) { return (byte) v; }
    static short s(int v) { return (short) v; }

    public static void main(String[] args) {
        byte b1 = b(100);
        byte b2 = b(100);
        System.out.println(b1 + b2);
        System.out.println((byte) (b1 + b2));
        short s1 = s(30000);
        short s2 = s(30000);
        System.out.println(s1 + s2);
        System.out.println((short) (s1 + s2));
        System.out.println(s1 * s2);
        char c = 'A';
        System.out.println(c + 1);
        System.out.println((char) (c + 1));
        System.out.println(c + c);
        System.out.println("" + c + c);
        System.out.println('a' - 'A');
        System.out.println((char) ('a' - 32));
        char max = '\uffff';
        System.out.println(max + 1);
        System.out.println((int) max);
        System.out.println(max * max);
        StringBuilder sb = new StringBuilder();
        for (char ch = 'a'; ch <= 'z'; ch += 5) {
            sb.append(ch).append((char) (ch - 'a' + 'A')).append(ch - 'a');
        }
        System.out.println(sb);
        byte neg = b(-1);
        System.out.println(neg & 0xff);
        System.out.println(neg >>> 24);
        System.out.println(neg >> 24);
        short ns = s(-2);
        System.out.println(ns & 0xffff);
        System.out.println(-b1);
        System.out.println(~b1);
        System.out.println(-c);
        System.out.println(+c);
        int sum = 0;
        for (byte x = -128; x < 127; x++) {
            sum += x;
        }
        System.out.println(sum);
        char digit = '7';
        int value = digit - '0';
        System.out.println(value * 6);
    }
}
