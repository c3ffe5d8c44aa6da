package implicit_exceptions;

/**
 * Implicit exceptions carry the stack trace of the instruction that failed, like any thrown exception:
 * printed by printStackTrace after being caught, and inspected frame by frame.
 */
public class CaughtStackTraces {
    static int[] data = new int[2];
    int[] missing;

    static int divide(int a, int b) {
        return a / b;
    }

    static int element(int i) {
        return data[i];
    }

    int first() {
        return missing[0];
    }

    static Object narrow(Object o) {
        return (String) o;
    }

    static int level2(int i) {
        return element(i) + 1;
    }

    static int level1(int i) {
        return level2(i) * 2;
    }

    public static void main(String[] args) {
        try {
            System.out.println(divide(1, 0));
        } catch (ArithmeticException e) {
            e.printStackTrace();
        }
        try {
            System.out.println(level1(5));
        } catch (ArrayIndexOutOfBoundsException e) {
            e.printStackTrace();
            StackTraceElement[] frames = e.getStackTrace();
            System.out.println(frames.length > 3 ? frames[0].getMethodName() + " " + frames[2].getMethodName() : "short");
        }
        try {
            System.out.println(new CaughtStackTraces().first());
        } catch (NullPointerException e) {
            e.printStackTrace();
        }
        try {
            System.out.println(narrow(Integer.valueOf(3)));
        } catch (ClassCastException e) {
            e.printStackTrace();
        }
        System.err.flush();
        System.out.println("done");
    }
}
