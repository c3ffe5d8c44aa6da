package exceptions;

/** Unbounded recursion ends in a catchable StackOverflowError; the program recovers and can overflow again. */
public class StackOverflow {
    static int depth;

    static int down(int n) {
        depth++;
        return down(n + 1) + 1;
    }

    static boolean even(int n) {
        return n == 0 || odd(n - 1);
    }

    static boolean odd(int n) {
        return n != 0 && even(n - 1);
    }

    static long heavy(long a, long b, long c, long d) {
        long e = a * 3 + b;
        long f = c * 5 + d;
        long g = e ^ f;
        return heavy(e, f, g, a + b + c + d) + g;
    }

    Object self;

    int recurseInstance(int n) {
        return recurseInstance(n + 1) * 2;
    }

    public static void main(String[] args) {
        try {
            down(0);
        } catch (StackOverflowError e) {
            System.out.println("caught StackOverflowError, deep: " + (depth > 1000) + ", message " + e.getMessage());
            System.out.println("trace starts in down: " + e.getStackTrace()[0].getMethodName());
        }
        try {
            System.out.println(even(Integer.MAX_VALUE));
        } catch (StackOverflowError e) {
            System.out.println("caught StackOverflowError in mutual recursion");
        }
        try {
            System.out.println(heavy(1, 2, 3, 4));
        } catch (VirtualMachineError e) {
            System.out.println("caught " + e.getClass().getName() + " as VirtualMachineError");
        }
        try {
            new StackOverflow().recurseInstance(0);
        } catch (Throwable t) {
            System.out.println("caught " + t.getClass().getSimpleName() + " as Throwable");
        }
        int recovered = 0;
        for (int i = 0; i < 3; i++) {
            try {
                down(0);
            } catch (StackOverflowError e) {
                recovered++;
            }
        }
        System.out.println("recovered " + recovered + " times; recursion still works: " + even(1000));
    }
}
