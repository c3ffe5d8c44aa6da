package exceptions;

/** Multi-catch clauses, catch order against the class hierarchy, and a union type's common methods. */
public class MultiCatch {
    static class AppException extends Exception {
        final int code;

        AppException(String m, int code) {
            super(m);
            this.code = code;
        }
    }

    static class NotFound extends AppException {
        NotFound(String what) { super("not found: " + what, 404); }
    }

    static class Forbidden extends AppException {
        Forbidden(String what) { super("forbidden: " + what, 403); }
    }

    static class Broken extends RuntimeException {
        Broken() { super("broken"); }
    }

    static void act(int i) throws AppException {
        switch (i % 5) {
            case 0 -> throw new NotFound("item" + i);
            case 1 -> throw new Forbidden("item" + i);
            case 2 -> throw new Broken();
            case 3 -> throw new UnsupportedOperationException("unsupported " + i);
            default -> System.out.println("act " + i + " ok");
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i < 10; i++) {
            try {
                act(i);
            } catch (NotFound | Forbidden e) {
                System.out.println(i + ": app " + e.code + " " + e.getMessage() + " " + e.getClass().getName());
            } catch (Broken | UnsupportedOperationException e) {
                System.out.println(i + ": runtime " + e.getMessage() + " " + (e instanceof Broken));
            } catch (AppException e) {
                System.out.println(i + ": unexpected " + e);
            }
        }
        int handled = 0;
        for (int i = 0; i < 6; i++) {
            try {
                try {
                    act(i);
                } catch (NotFound e) {
                    handled += 1;
                }
            } catch (AppException | RuntimeException e) {
                handled += 100;
            }
        }
        System.out.println("handled " + handled);
    }
}
