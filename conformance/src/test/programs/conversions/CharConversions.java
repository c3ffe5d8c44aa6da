package conversions;

/** char to and from numbers, digits and letters by arithmetic, and char in string concatenation. */
public class CharConversions {
    static char c(char v) { return v; }
    static int i(int v) { return v; }

    public static void main(String[] args) {
        char a = c('a');
        int code = a;
        System.out.println(a + " " + code + " " + (a + 0) + " " + (char) (code + 25));
        char next = a;
        next++;
        System.out.println(next);
        char fromInt = (char) i(0x263a);
        System.out.println((int) fromInt);
        StringBuilder alphabet = new StringBuilder();
        for (int k = 0; k < 26; k++) {
            alphabet.append((char) ('A' + k));
        }
        System.out.println(alphabet);
        String number = "90817";
        int value = 0;
        for (int k = 0; k < number.length(); k++) {
            value = value * 10 + (number.charAt(k) - '0');
        }
        System.out.println(value + 1);
        char[] hex = new char[8];
        int word = i(0xcafe1234);
        for (int k = 7; k >= 0; k--) {
            int nibble = word & 0xf;
            hex[k] = (char) (nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
            word >>>= 4;
        }
        System.out.println(new String(hex));
        char ch = 'x';
        ch -= 'a' - 'A';
        System.out.println(ch);
        char minus = (char) i(-2);
        System.out.println((int) minus + " " + (minus > 0) + " " + (minus >> 8) + " " + (minus >>> 8));
        short asShort = (short) minus;
        System.out.println(asShort);
        char ternary = true ? 'y' : 0;
        System.out.println(ternary);
        int mixed = i(1) > 0 ? 'q' : i(7);
        System.out.println(mixed);
        System.out.println(c('7') + c('3'));
        System.out.println("" + c('7') + c('3'));
        System.out.println(c('A') < c('a'));
        System.out.println((char) (c('z') + 1) + "|" + (int) (char) (c('\u0000') - 1));
        long lc = c('\uffff');
        System.out.println(lc);
        float fc = c('\u1234');
        System.out.println(fc);
    }
}
