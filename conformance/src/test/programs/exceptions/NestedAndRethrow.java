package exceptions;

/** Nested try statements, rethrowing the same or a wrapping exception, and exceptions thrown by handlers. */
public class NestedAndRethrow {
    static class Checked extends Exception {
        Checked(String m) { super(m); }
        Checked(String m, Throwable cause) { super(m, cause); }
    }

    static void level3(int mode) throws Checked {
        if (mode == 0) throw new Checked("from level3");
        if (mode == 1) throw new IllegalStateException("unchecked from level3");
    }

    static void level2(int mode) throws Checked {
        try {
            level3(mode);
        } catch (IllegalStateException e) {
            System.out.println("  level2 rethrows " + e.getMessage());
            throw e;
        }
    }

    static void level1(int mode) throws Checked {
        try {
            level2(mode);
        } catch (Checked e) {
            throw new Checked("wrapped by level1", e);
        }
    }

    static String handlerThrows() {
        try {
            try {
                throw new IllegalArgumentException("original");
            } catch (IllegalArgumentException e) {
                throw new UnsupportedOperationException("from handler: " + e.getMessage());
            }
        } catch (UnsupportedOperationException e) {
            return e.getMessage();
        }
    }

    static String catchInCatch() {
        StringBuilder sb = new StringBuilder();
        try {
            throw new RuntimeException("outer");
        } catch (RuntimeException outer) {
            try {
                throw new IllegalStateException("inner");
            } catch (IllegalStateException inner) {
                sb.append(inner.getMessage()).append(" inside ").append(outer.getMessage());
            }
            sb.append(", outer still ").append(outer.getMessage());
        }
        return sb.toString();
    }

    static int rethrowInLoop() {
        int caught = 0;
        for (int i = 0; i < 5; i++) {
            try {
                try {
                    if (i % 2 == 0) throw new IllegalStateException("even " + i);
                } catch (IllegalStateException e) {
                    if (i == 4) throw e;
                    caught++;
                }
            } catch (IllegalStateException e) {
                caught += 10;
                System.out.println("  outer loop handler: " + e.getMessage());
            }
        }
        return caught;
    }

    public static void main(String[] args) {
        for (int mode = 0; mode < 3; mode++) {
            try {
                level1(mode);
                System.out.println("mode " + mode + ": no exception");
            } catch (Checked e) {
                System.out.println("mode " + mode + ": " + e.getMessage() + ", cause " + e.getCause());
            } catch (RuntimeException e) {
                System.out.println("mode " + mode + ": runtime " + e);
            }
        }
        System.out.println("handlerThrows: " + handlerThrows());
        System.out.println("catchInCatch: " + catchInCatch());
        System.out.println("rethrowInLoop: " + rethrowInLoop());
    }
}
