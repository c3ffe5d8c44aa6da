package implicit_exceptions;

/**
 * The JVM evaluates every operand before the instruction that fails, and checks null before bounds before
 * the stored type; the handler sees exactly the assignments made before the failure.
 */
public class CheckOrder {
    static int calls;

    static int next(int v) {
        calls++;
        System.out.println("evaluated " + v);
        return v;
    }

    static Object value(Object v) {
        calls++;
        System.out.println("evaluated value");
        return v;
    }

    static class Holder {
        int field;
    }

    public static void main(String[] args) {
        int[] none = null;
        try {
            none[next(5)] = next(6);
        } catch (NullPointerException e) {
            System.out.println("null before bounds: " + e.getMessage());
        }
        Object[] strings = new String[2];
        try {
            strings[next(2)] = value(Integer.valueOf(1));
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("bounds before store: " + e.getMessage());
        }
        try {
            strings[next(1)] = value(Integer.valueOf(1));
        } catch (ArrayStoreException e) {
            System.out.println("store: " + e.getMessage());
        }
        Holder h = null;
        try {
            h.field = next(7) / next(0);
        } catch (ArithmeticException e) {
            System.out.println("division before field: " + e.getMessage());
        }
        try {
            h.field = next(8);
        } catch (NullPointerException e) {
            System.out.println("field after value: " + e.getMessage());
        }
        int step = 0;
        int[] data = new int[2];
        try {
            step = 1;
            data[0] = 10;
            step = 2;
            data[2] = 20;
            step = 3;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("handler sees step " + step + " data " + data[0] + " " + data[1]);
        } finally {
            System.out.println("finally at step " + step);
        }
        try {
            try {
                System.out.println(data[next(9)]);
            } finally {
                System.out.println("inner finally");
            }
        } catch (RuntimeException e) {
            System.out.println("outer: " + e.getClass().getName() + ": " + e.getMessage());
        }
        System.out.println("calls " + calls);
    }
}
