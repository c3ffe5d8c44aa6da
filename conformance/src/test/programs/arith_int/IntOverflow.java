package arith_int;

/** Two's-complement wrap-around of int add, subtract, multiply and negate, folded and at run time. */
public class IntOverflow {
    static int max = Integer.MAX_VALUE;
    static int min = Integer.MIN_VALUE;

    static int add(int a, int b) { return a + b; }
    static int sub(int a, int b) { return a - b; }
    static int mul(int a, int b) { return a * b; }
    static int neg(int a) { return -a; }

    public static void main(String[] args) {
        System.out.println("folded MAX+1 = " + (Integer.MAX_VALUE + 1));
        System.out.println("folded MIN-1 = " + (Integer.MIN_VALUE - 1));
        System.out.println("MAX+1 = " + add(max, 1));
        System.out.println("MIN-1 = " + sub(min, 1));
        System.out.println("MAX+MAX = " + add(max, max));
        System.out.println("MIN+MIN = " + add(min, min));
        System.out.println("MAX*2 = " + mul(max, 2));
        System.out.println("MAX*MAX = " + mul(max, max));
        System.out.println("MIN*MIN = " + mul(min, min));
        System.out.println("MIN*-1 = " + mul(min, -1));
        System.out.println("-MIN = " + neg(min));
        System.out.println("-MAX = " + neg(max));
        System.out.println("65536*65536 = " + mul(65536, 65536));
        System.out.println("46341*46341 = " + mul(46341, 46341));
        System.out.println("123456789*987654321 = " + mul(123456789, 987654321));
        int x = 1;
        for (int i = 0; i < 40; i++) {
            x = x * 3 + i;
            if (i % 5 == 4) {
                System.out.println("step " + i + ": " + x);
            }
        }
        int acc = 0;
        for (int i = 0; i < 100000; i++) {
            acc += i * i;
        }
        System.out.println("sum of squares = " + acc);
        int h = 17;
        String s = "overflowing hash";
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        System.out.println("hash = " + h);
        System.out.println(max + 1 < max);
        System.out.println(min - 1 > min);
    }
}
