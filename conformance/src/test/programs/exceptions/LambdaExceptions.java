package exceptions;

// kiln:exit=1

/**
 * Exceptions thrown inside lambdas and method references cross the functional interface call: the traces
 * show the lambda body and its callers but not the proxy class in between, as on the JVM.
 */
public class LambdaExceptions {
    interface Task {
        void run() throws Exception;
    }

    interface IntConsumer {
        void accept(int value);
    }

    interface Function<T, R> {
        R apply(T value);
    }

    interface Supplier<T> {
        T get();
    }

    static void each(int[] xs, IntConsumer c) {
        for (int x : xs) {
            c.accept(x);
        }
    }

    static int twice(Function<Integer, Integer> f, int v) {
        return f.apply(f.apply(v));
    }

    static String fail() {
        throw new UnsupportedOperationException("method ref");
    }

    static void print(Throwable t) {
        System.out.println(t);
        for (StackTraceElement e : t.getStackTrace()) {
            System.out.println("  " + e);
        }
    }

    public static void main(String[] args) throws Exception {
        Runnable r = () -> {
            throw new IllegalStateException("from lambda");
        };
        try {
            r.run();
        } catch (IllegalStateException e) {
            print(e);
        }
        int[] seen = new int[1];
        try {
            each(new int[] {1, 2, 3}, x -> {
                seen[0] += x;
                if (x == 2) {
                    throw new RuntimeException("x=" + x);
                }
            });
        } catch (RuntimeException e) {
            print(e);
            System.out.println("seen " + seen[0]);
        }
        Function<Integer, Integer> inc = v -> {
            if (v > 5) {
                throw new ArithmeticException("too big " + v);
            }
            return v + 4;
        };
        System.out.println(twice(inc, 1));
        try {
            twice(inc, 3);
        } catch (ArithmeticException e) {
            e.printStackTrace(System.out);
        }
        Supplier<String> s = LambdaExceptions::fail;
        try {
            s.get();
        } catch (UnsupportedOperationException e) {
            e.printStackTrace(System.out);
        }
        Task t = () -> {
            throw new Exception("checked in lambda", new Error("cause"));
        };
        t.run();
    }
}
