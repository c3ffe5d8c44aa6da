package conversions;

/** Integer narrowing: i2b, i2s, i2c and l2i keep the low bits; char is unsigned. */
public class Narrowing {
    static int i(int v) { return v; }

    public static void main(String[] args) {
        System.out.println("(byte)200 = " + (byte) i(200));
        System.out.println("(byte)128 = " + (byte) i(128));
        System.out.println("(byte)-129 = " + (byte) i(-129));
        System.out.println("(byte)255 = " + (byte) i(255));
        System.out.println("(byte)256 = " + (byte) i(256));
        System.out.println("(short)70000 = " + (short) i(70000));
        System.out.println("(short)32768 = " + (short) i(32768));
        System.out.println("(short)-32769 = " + (short) i(-32769));
        System.out.println("(char)-1 = " + (int) (char) i(-1));
        System.out.println("(int)(char)-1 = " + (int) (char) -1);
        System.out.println("(char)65536 = " + (int) (char) i(65536));
        System.out.println("(char)65601 = " + (char) i(65601));
        System.out.println("(short)(char)-1 = " + (short) (char) i(-1));
        System.out.println("(byte)(char)-1 = " + (byte) (char) i(-1));
        System.out.println("(char)(byte)-1 = " + (int) (char) (byte) i(-1));
        System.out.println("(char)(short)-2 = " + (int) (char) (short) i(-2));
        System.out.println("(int)(byte)0x80 = " + (int) (byte) i(0x80));
        System.out.println("(long)(byte)0xff = " + (long) (byte) i(0xff));
        for (int v = -300; v <= 300; v += 75) {
            System.out.println(v + " -> byte " + (byte) v + " short " + (short) (v * 200) + " char " + (int) (char) (v * 300));
        }
        byte[] bytes = new byte[6];
        for (int k = 0; k < bytes.length; k++) {
            bytes[k] = (byte) (k * 70);
        }
        StringBuilder sb = new StringBuilder();
        for (byte bt : bytes) {
            sb.append(bt).append(' ').append(bt & 0xff).append(';');
        }
        System.out.println(sb);
        char[] chars = new char[4];
        chars[0] = (char) 0x41;
        chars[1] = (char) (i(0x10041));
        chars[2] = (char) i(-65);
        chars[3] = (char) 0x7a;
        System.out.println(new String(chars).length() + " " + (int) chars[1] + " " + (int) chars[2]);
        short s = (short) i(40000);
        int back = s;
        System.out.println(back + " " + (s & 0xffff));
        long l = 0xdeadbeefcafebabeL;
        System.out.println((int) l + " " + (short) l + " " + (byte) l + " " + (int) (char) l);
    }
}
