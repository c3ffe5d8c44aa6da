// kiln:release=21
package exceptions;

/**
 * Rethrowing with more precise types (JLS 11.2.2): catch (Exception e) { throw e; } declares only the
 * checked exceptions the try can throw; multi-catch rethrow; generic throws clauses of functional
 * interfaces; a sneaky throw of a checked exception through an unchecked signature; exceptions classified
 * by a pattern switch with guards and record deconstruction of a value carried by the exception.
 */
public class PreciseRethrow {
    static class Base extends Exception {
        Base(String m) { super(m); }
    }

    static final class Alpha extends Base {
        Alpha(String m) { super("alpha " + m); }
    }

    static final class Beta extends Base {
        final int level;

        Beta(int level) {
            super("beta");
            this.level = level;
        }
    }

    record Where(String file, int line) {}

    static final class Located extends RuntimeException {
        final Where where;

        Located(Where where) {
            super("at " + where);
            this.where = where;
        }
    }

    interface Action<E extends Exception> {
        void run(int k) throws E;
    }

    static void raise(int k) throws Alpha, Beta {
        if (k == 1) throw new Alpha("one");
        if (k == 2) throw new Beta(k * 10);
        if (k == 3) throw new Located(new Where("F.java", 42));
        if (k == 4) throw new ArithmeticException("four");
    }

    static void precise(int k) throws Alpha, Beta {
        try {
            raise(k);
        } catch (final Exception e) {
            System.out.println("  precise saw " + e.getClass().getSimpleName());
            throw e;
        }
    }

    static void multi(int k) throws Base {
        try {
            raise(k);
        } catch (Alpha | Beta e) {
            Base b = e;
            System.out.println("  multi saw " + b.getMessage());
            throw e;
        }
    }

    static <E extends Exception> void each(int from, int to, Action<E> action) throws E {
        for (int k = from; k <= to; k++) action.run(k);
    }

    @SuppressWarnings("unchecked")
    static <T extends Throwable> void sneaky(Throwable t) throws T {
        throw (T) t;
    }

    static void hidesChecked(int k) {
        if (k > 0) PreciseRethrow.<RuntimeException>sneaky(new Alpha("sneaky " + k));
    }

    static String classify(Throwable t) {
        return switch (t) {
            case Alpha a -> "Alpha(" + a.getMessage() + ")";
            case Beta b when b.level > 15 -> "deep Beta " + b.level;
            case Beta b -> "Beta " + b.level;
            case Located l when l.where instanceof Where(String file, int line) && line > 40 -> "late line " + line + " in " + file;
            case Located l -> "located";
            case RuntimeException r -> "runtime " + r.getMessage();
            default -> "other " + t;
        };
    }

    public static void main(String[] args) {
        for (int k = 0; k <= 4; k++) {
            try {
                precise(k);
                System.out.println(k + ": precise normal");
            } catch (Alpha | Beta e) {
                System.out.println(k + ": precise checked " + classify(e));
            } catch (RuntimeException e) {
                System.out.println(k + ": precise unchecked " + classify(e));
            }
            try {
                multi(k);
                System.out.println(k + ": multi normal");
            } catch (Base e) {
                System.out.println(k + ": multi " + classify(e) + " same class " + (e.getClass() == (k == 1 ? Alpha.class : Beta.class)));
            } catch (RuntimeException e) {
                System.out.println(k + ": multi unchecked " + e.getMessage());
            }
        }
        StringBuilder seen = new StringBuilder();
        try {
            each(0, 5, k -> {
                seen.append(k);
                raise(k);
            });
        } catch (Base e) {
            System.out.println("each stopped: " + classify(e) + " after " + seen);
        }
        try {
            PreciseRethrow.<RuntimeException>each(0, 3, k -> seen.append('u').append(k));
            System.out.println("unchecked each: " + seen);
        } catch (RuntimeException e) {
            System.out.println("unexpected " + e);
        }
        try {
            hidesChecked(0);
            hidesChecked(7);
            System.out.println("sneaky not thrown");
        } catch (Throwable t) {
            System.out.println("sneaky caught " + classify(t) + " isChecked " + (t instanceof Exception && !(t instanceof RuntimeException)));
        }
        Throwable[] all = {new Beta(12), new Located(new Where("G.java", 3)), new IllegalStateException("ise"), new Error("err"), new Alpha("z")};
        for (Throwable t : all) System.out.println("classify: " + classify(t));
        int rethrown = 0;
        for (int round = 0; round < 3; round++) {
            try {
                try {
                    precise(round + 1);
                } catch (Beta b) {
                    rethrown += b.level;
                    throw new IllegalStateException("wrapped " + b.level, b);
                }
            } catch (Exception e) {
                rethrown++;
                System.out.println("round " + round + ": " + classify(e) + " cause " + e.getCause());
            }
        }
        System.out.println("rethrown " + rethrown);
    }
}
