package exceptions;

/**
 * finally blocks inside loops that throw, break or continue: an exception from finally replaces the
 * pending one and leaves the loop; break and continue in finally discard a pending exception or return;
 * a return in try whose finally continues never returns; the value returned is fixed before finally runs,
 * but an object it refers to can still change; finally in do/while and in a switch inside a loop.
 */
public class FinallyInLoops {
    static int n(int v) { return v; }

    static String throwFromFinally(int limit) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        try {
            for (i = 0; i < limit; i++) {
                try {
                    sb.append(i);
                    if (i == 2) throw new IllegalStateException("try " + i);
                } finally {
                    sb.append('f');
                    if (i == 2 || i == 4) throw new IllegalArgumentException("finally " + i);
                }
            }
        } catch (RuntimeException e) {
            sb.append(" caught ").append(e.getMessage()).append(" at ").append(i);
        }
        return sb.toString();
    }

    @SuppressWarnings("finally")
    static String breakDiscards() {
        StringBuilder sb = new StringBuilder();
        int i;
        for (i = 0; i < 10; i++) {
            try {
                sb.append(i);
                if (i == n(3)) throw new RuntimeException("lost");
            } finally {
                if (i == n(3)) break;
            }
        }
        return sb.append(" ended at ").append(i).toString();
    }

    @SuppressWarnings("finally")
    static String continueDiscards() {
        StringBuilder sb = new StringBuilder();
        int thrown = 0;
        for (int i = 0; i < 6; i++) {
            try {
                if (i % 2 == 0) {
                    thrown++;
                    throw new IllegalStateException("x" + i);
                }
                sb.append(i);
            } finally {
                continue;
            }
        }
        return sb.append(" thrown ").append(thrown).toString();
    }

    @SuppressWarnings("finally")
    static int returnDiscardedByContinue() {
        int visits = 0;
        for (int i = 0; i < 5; i++) {
            try {
                visits += 10;
                return visits;
            } finally {
                visits++;
                if (i < 4) continue;
            }
        }
        return -visits;
    }

    static int returnedValueFixed() {
        int x = n(5);
        try {
            return x;
        } finally {
            x = 99;
        }
    }

    static StringBuilder returnedObjectMutated() {
        StringBuilder sb = new StringBuilder("kept");
        try {
            return sb;
        } finally {
            sb.append("+finally");
        }
    }

    static String doWhile() {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        do {
            try {
                try {
                    if (i % 3 == 1) throw new ArithmeticException("m" + i);
                    sb.append('<').append(i).append('>');
                } finally {
                    sb.append('.');
                }
            } catch (ArithmeticException e) {
                sb.append('!').append(e.getMessage());
                if (i > 5) break;
            } finally {
                i++;
            }
        } while (i < 10);
        return sb.append(" i=").append(i).toString();
    }

    static String switchInLoop() {
        StringBuilder sb = new StringBuilder();
        outer:
        for (int i = 0; i < 6; i++) {
            try {
                switch (i) {
                    case 0: sb.append("zero"); break;
                    case 1: continue outer;
                    case 2: throw new IllegalStateException("two");
                    case 4: break outer;
                    default: sb.append("d").append(i);
                }
                sb.append(";");
            } catch (IllegalStateException e) {
                sb.append("caught-").append(e.getMessage()).append(";");
            } finally {
                sb.append("[f").append(i).append("]");
            }
        }
        return sb.toString();
    }

    static int nestedCounters() {
        int finallies = 0;
        int caught = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                try {
                    try {
                        if ((i + j) % 3 == 0) throw new RuntimeException();
                        if (j == i) break;
                    } finally {
                        finallies++;
                    }
                } catch (RuntimeException e) {
                    caught++;
                    if (j == 3) continue;
                } finally {
                    finallies += 100;
                }
            }
        }
        return finallies * 1000 + caught;
    }

    public static void main(String[] args) {
        System.out.println("throwFromFinally 6: " + throwFromFinally(6));
        System.out.println("throwFromFinally 2: " + throwFromFinally(2));
        System.out.println("breakDiscards: " + breakDiscards());
        System.out.println("continueDiscards: " + continueDiscards());
        System.out.println("returnDiscardedByContinue: " + returnDiscardedByContinue());
        System.out.println("returnedValueFixed: " + returnedValueFixed());
        System.out.println("returnedObjectMutated: " + returnedObjectMutated());
        System.out.println("doWhile: " + doWhile());
        System.out.println("switchInLoop: " + switchInLoop());
        System.out.println("nestedCounters: " + nestedCounters());
    }
}
