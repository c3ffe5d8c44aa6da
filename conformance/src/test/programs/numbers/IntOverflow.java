package numbers;

/**
 * int arithmetic wraps modulo 2^32: +, -, *, negation, increments and compound assignments at the
 * ends of the range; MIN_VALUE / -1 is MIN_VALUE and MIN_VALUE % -1 is 0 (the one quotient that
 * overflows, which Wasm's i32.div_s traps on).
 */
public class IntOverflow {
    static int i(int v) { return v; }

    public static void main(String[] args) {
        int max = i(Integer.MAX_VALUE);
        int min = i(Integer.MIN_VALUE);
        int minusOne = i(-1);
        System.out.println("max + 1 = " + (max + 1));
        System.out.println("min - 1 = " + (min - 1));
        System.out.println("max + max = " + (max + max));
        System.out.println("min + min = " + (min + min));
        System.out.println("max * 2 = " + (max * 2));
        System.out.println("max * max = " + (max * max));
        System.out.println("min * min = " + (min * min));
        System.out.println("min * -1 = " + (min * minusOne));
        System.out.println("-min = " + (-min));
        System.out.println("min / -1 = " + (min / minusOne));
        System.out.println("min % -1 = " + (min % minusOne));
        System.out.println("max / -1 = " + (max / minusOne));
        System.out.println("max % -1 = " + (max % minusOne));
        System.out.println("min / 1 = " + (min / i(1)));
        System.out.println("min / min = " + (min / min));
        System.out.println("min % min = " + (min % min));
        System.out.println("abs(min) = " + Math.abs(min));
        System.out.println("65536 * 65536 = " + (i(65536) * i(65536)));
        System.out.println("46341 * 46341 = " + (i(46341) * i(46341)));
        System.out.println("0x12345678 * 0x9abcdef = " + (i(0x12345678) * i(0x9abcdef)));
        int[] divisors = {i(-1), i(1), i(-2), i(2), i(3), i(-3), i(7), min, max};
        for (int y : divisors) {
            System.out.println("min / " + y + " = " + (min / y) + ", min % " + y + " = " + (min % y) + ", max / " + y
                    + " = " + (max / y) + ", max % " + y + " = " + (max % y));
        }
        int counter = max;
        counter++;
        System.out.println("max++ = " + counter);
        counter--;
        System.out.println("then -- = " + counter);
        counter += max;
        System.out.println("+= max = " + counter);
        counter *= -3;
        System.out.println("*= -3 = " + counter);
        counter -= min;
        System.out.println("-= min = " + counter);
        int x = min;
        x /= minusOne;
        System.out.println("min /= -1 = " + x);
        x = min;
        x %= minusOne;
        System.out.println("min %= -1 = " + x);
        int h = 0;
        for (int k = 0; k < 100; k++) {
            h = h * 1000003 + k * max;
        }
        System.out.println("hash " + h);
        int[] ys = {i(-1), i(-1), i(-1)};
        int q = min;
        for (int y : ys) {
            q = q / y;
        }
        System.out.println("repeated min / -1 = " + q);
    }
}
