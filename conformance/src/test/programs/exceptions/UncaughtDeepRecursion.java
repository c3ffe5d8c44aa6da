package exceptions;

// kiln:exit=1

/** An exception thrown 1500 calls deep escapes main: the trace keeps the innermost 1024 frames, as the JVM's does. */
public class UncaughtDeepRecursion {
    static int countdown(int n) {
        if (n == 0) {
            throw new ArithmeticException("reached zero");
        }
        return countdown(n - 1) + 1;
    }

    public static void main(String[] args) {
        try {
            countdown(10);
        } catch (ArithmeticException e) {
            System.out.println("shallow trace has " + e.getStackTrace().length + " frames");
        }
        countdown(1500);
    }
}
