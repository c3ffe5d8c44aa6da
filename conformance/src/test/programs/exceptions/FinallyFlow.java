package exceptions;

/** finally blocks with return, break and continue inside the try, the catch and the finally itself. */
public class FinallyFlow {
    static StringBuilder log = new StringBuilder();

    static int returnInTry() {
        int x = 1;
        try {
            x = 2;
            return x;
        } finally {
            x = 3;
            log.append("[finally x=").append(x).append(']');
        }
    }

    @SuppressWarnings("finally")
    static int returnInFinallyOverridesReturn() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    @SuppressWarnings("finally")
    static int returnInFinallySwallowsException() {
        try {
            throw new IllegalStateException("swallowed");
        } finally {
            return 42;
        }
    }

    @SuppressWarnings("finally")
    static String exceptionInFinallyReplaces() {
        try {
            try {
                throw new IllegalStateException("first");
            } finally {
                throw new IllegalArgumentException("second");
            }
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    static int breakAndContinue() {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            try {
                if (i == 2) continue;
                if (i == 7) break;
                sum += i;
            } finally {
                sum += 1000;
            }
        }
        return sum;
    }

    static int labeled() {
        int n = 0;
        outer:
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                try {
                    try {
                        if (j == 2) continue outer;
                        if (i == 3) break outer;
                        n += 10;
                    } finally {
                        n += 1;
                    }
                } finally {
                    n += 100;
                }
            }
        }
        return n;
    }

    static String finallyAfterCatch(boolean fail) {
        StringBuilder sb = new StringBuilder();
        try {
            sb.append("try;");
            if (fail) throw new RuntimeException("fail");
            sb.append("no-fail;");
        } catch (RuntimeException e) {
            sb.append("catch ").append(e.getMessage()).append(';');
            return sb.append("return-from-catch;").toString();
        } finally {
            sb.append("finally;");
        }
        return sb.append("after;").toString();
    }

    static int nestedFinally() {
        int depth = 0;
        try {
            try {
                try {
                    depth = 1;
                    throw new RuntimeException("deep");
                } finally {
                    depth = depth * 10 + 2;
                }
            } finally {
                depth = depth * 10 + 3;
            }
        } catch (RuntimeException e) {
            depth = depth * 10 + 4;
        } finally {
            depth = depth * 10 + 5;
        }
        return depth;
    }

    static int whileWithFinally(int limit) {
        int i = 0;
        int runs = 0;
        while (true) {
            try {
                i++;
                if (i >= limit) return i * 100 + runs;
            } finally {
                runs++;
            }
        }
    }

    public static void main(String[] args) {
        System.out.println("returnInTry " + returnInTry() + " " + log);
        System.out.println("returnInFinallyOverridesReturn " + returnInFinallyOverridesReturn());
        System.out.println("returnInFinallySwallowsException " + returnInFinallySwallowsException());
        System.out.println("exceptionInFinallyReplaces " + exceptionInFinallyReplaces());
        System.out.println("breakAndContinue " + breakAndContinue());
        System.out.println("labeled " + labeled());
        System.out.println("finallyAfterCatch ok: " + finallyAfterCatch(false));
        System.out.println("finallyAfterCatch fail: " + finallyAfterCatch(true));
        System.out.println("nestedFinally " + nestedFinally());
        System.out.println("whileWithFinally " + whileWithFinally(5));
    }
}
