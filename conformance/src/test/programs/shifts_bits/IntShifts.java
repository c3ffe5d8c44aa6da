package shifts_bits;

/** int shifts use only the low five bits of the count: x << 33 == x << 1, x >> -1 == x >> 31. */
public class IntShifts {
    static int i(int v) { return v; }

    public static void main(String[] args) {
        int x = i(0x12345678);
        int n = i(-0x12345678);
        int[] counts = {0, 1, 4, 31, 32, 33, 63, 64, -1, -31, -32, 100, Integer.MIN_VALUE};
        for (int c : counts) {
            System.out.println("count " + c + ": " + Integer.toHexString(x << c) + " " + Integer.toHexString(x >> c)
                    + " " + Integer.toHexString(x >>> c) + " | " + Integer.toHexString(n << c) + " "
                    + Integer.toHexString(n >> c) + " " + Integer.toHexString(n >>> c));
        }
        System.out.println("folded 1 << 33 = " + (1 << 33));
        System.out.println("folded -1 >>> 28 = " + (-1 >>> 28));
        System.out.println("folded -16 >> 2 = " + (-16 >> 2));
        System.out.println("1 << 31 = " + (i(1) << 31));
        System.out.println("1 << 32 = " + (i(1) << 32));
        System.out.println("MIN >> 31 = " + (Integer.MIN_VALUE >> i(31)));
        System.out.println("MIN >>> 31 = " + (Integer.MIN_VALUE >>> i(31)));
        System.out.println("-1 >>> 0 = " + (i(-1) >>> 0));
        System.out.println("-1 >> 40 = " + (i(-1) >> 40));
        System.out.println("-17 >> 1 = " + (i(-17) >> 1) + " vs -17 / 2 = " + (i(-17) / 2));
        byte b = (byte) i(-128);
        System.out.println("byte -128 >>> 4 = " + (b >>> 4) + ", (byte)(b >>> 4) = " + (byte) (b >>> 4));
        char c = (char) i(0xffff);
        System.out.println("char 0xffff >> 4 = " + (c >> 4));
        short s = (short) i(-1);
        System.out.println("short -1 >>> 16 = " + (s >>> 16));
        int rot = i(0x80000001);
        for (int k = 0; k < 4; k++) {
            rot = (rot << 1) | (rot >>> 31);
            System.out.println("rot " + Integer.toHexString(rot));
        }
        long countAsLong = 35L;
        System.out.println("int << (int)long " + (i(1) << (int) countAsLong));
        int acc = 1;
        for (int k = 0; k < 70; k += 3) {
            acc ^= i(0x9e3779b9) << k;
            acc += acc >>> (k & 7);
        }
        System.out.println("acc " + acc);
    }
}
