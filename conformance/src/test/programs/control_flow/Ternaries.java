package control_flow;

/** Conditional expressions: nesting, mixed operand types (numeric promotion), and as arguments. */
public class Ternaries {
    static int i(int v) { return v; }

    static String classify(int n) {
        return n < 0 ? "negative" : n == 0 ? "zero" : n < 10 ? "small" : n < 100 ? "medium" : "large";
    }

    static int max3(int a, int b, int c) {
        return a > b ? (a > c ? a : c) : (b > c ? b : c);
    }

    public static void main(String[] args) {
        int[] vals = {-5, 0, 3, 42, 1000};
        for (int v : vals) {
            System.out.println(v + " " + classify(v));
        }
        System.out.println(max3(1, 2, 3) + " " + max3(3, 2, 1) + " " + max3(2, 3, 1) + " " + max3(5, 5, 5));
        boolean flag = i(1) > 0;
        long mixedL = flag ? i(5) : 7L;
        double mixedD = flag ? i(5) : 2.5;
        System.out.println(mixedL + " " + mixedD);
        char c = flag ? 'a' : 'b';
        int ci = flag ? 'a' : i(1);
        System.out.println(c + " " + ci);
        Object o = flag ? "string" : Integer.valueOf(3);
        System.out.println(o);
        Integer boxed = null;
        Integer chosen = !flag ? boxed : Integer.valueOf(9);
        System.out.println(chosen);
        String s = null;
        System.out.println(s == null ? "null!" : s);
        int abs = i(-17) < 0 ? -i(-17) : i(-17);
        System.out.println(abs);
        int counter = 0;
        for (int k = 0; k < 10; k++) {
            counter += (k & 1) == 0 ? k : -k;
        }
        System.out.println(counter);
        System.out.println((flag ? 1 : 2) + (flag ? 10 : 20) * (flag ? 3 : 4));
        int x = i(3);
        int y = x > 2 ? x++ : x--;
        System.out.println(x + " " + y);
        float f = flag ? 1 : 2.5f;
        System.out.println(f);
        System.out.println(flag ? 65 : 'x');
        System.out.println(!flag ? 65 : 'x');
        System.out.println(flag ? i(65) : 'x');
    }
}
