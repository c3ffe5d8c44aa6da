package arith_int;

/** Signed division and remainder: truncation toward zero, sign of the remainder, MIN_VALUE / -1 and % -1. */
public class IntDivRem {
    static int div(int a, int b) { return a / b; }
    static int rem(int a, int b) { return a % b; }

    public static void main(String[] args) {
        int[] as = {7, -7, 0, 1, -1, 100, -100, Integer.MAX_VALUE, Integer.MIN_VALUE, 13, -13};
        int[] bs = {2, -2, 3, -3, 1, -1, 7, -7, 16, -16, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int a : as) {
            StringBuilder line = new StringBuilder();
            line.append(a).append(':');
            for (int b : bs) {
                line.append(' ').append(div(a, b)).append('/').append(rem(a, b));
            }
            System.out.println(line);
        }
        int min = Integer.MIN_VALUE;
        int minusOne = -1;
        System.out.println("MIN / -1 = " + (min / minusOne));
        System.out.println("MIN % -1 = " + (min % minusOne));
        System.out.println("MIN / 1 = " + (min / 1));
        System.out.println("MIN % 2 = " + (min % 2));
        // Division by constants that compilers like to strength-reduce.
        for (int v = -9; v <= 9; v += 3) {
            System.out.println(v + " /2=" + (v / 2) + " %2=" + (v % 2) + " /4=" + (v / 4) + " %4=" + (v % 4)
                    + " /10=" + (v / 10) + " %10=" + (v % 10) + " /-8=" + (v / -8) + " %-8=" + (v % -8));
        }
        int x = 1000000007;
        int y = x;
        y /= 10;
        System.out.println(y);
        y %= 7;
        System.out.println(y);
        System.out.println((a(-17) / 5) * 5 + (a(-17) % 5));
    }

    static int a(int v) { return v; }
}
