package recursion;

/** Naive, memoized and tail-style recursive Fibonacci, checked against an iterative loop, with long overflow. */
public class Fibonacci {
    static long naive(int n) {
        return n < 2 ? n : naive(n - 1) + naive(n - 2);
    }

    static long[] memo = new long[100];

    static long memoized(int n) {
        if (n < 2) return n;
        if (memo[n] != 0) return memo[n];
        long v = memoized(n - 1) + memoized(n - 2);
        memo[n] = v;
        return v;
    }

    static long tail(int n, long a, long b) {
        if (n == 0) return a;
        return tail(n - 1, b, a + b);
    }

    static int calls;

    static int counted(int n) {
        calls++;
        return n < 2 ? n : counted(n - 1) + counted(n - 2);
    }

    public static void main(String[] args) {
        for (int n = 0; n <= 25; n += 5) {
            System.out.println("naive(" + n + ") = " + naive(n));
        }
        long a = 0;
        long b = 1;
        for (int n = 0; n <= 95; n++) {
            long m = memoized(n);
            long t = tail(n, 0, 1);
            if (m != a || t != a) {
                System.out.println("mismatch at " + n);
            }
            if (n % 10 == 0 || n > 90) {
                System.out.println("fib(" + n + ") = " + m);
            }
            long next = a + b;
            a = b;
            b = next;
        }
        System.out.println("counted(20) = " + counted(20) + " with " + calls + " calls");
    }
}
