package exceptions;

/** Exception classes of the program: fields, overridden getMessage/toString, causes, initCause rules. */
public class CustomExceptions {
    static class ValidationException extends Exception {
        private final String field;

        ValidationException(String field, String problem) {
            super(problem);
            this.field = field;
        }

        String field() { return field; }

        @Override
        public String getMessage() {
            return field + ": " + super.getMessage();
        }
    }

    static class Quiet extends RuntimeException {
        @Override
        public String toString() {
            return "Quiet!";
        }
    }

    static class Coded extends IllegalStateException {
        final int code;

        Coded(int code, Throwable cause) {
            super("code " + code, cause);
            this.code = code;
        }
    }

    static class Localized extends Exception {
        Localized(String m) { super(m); }

        @Override
        public String getLocalizedMessage() {
            return "[" + getMessage() + "]";
        }
    }

    static void validate(String name, int age) throws ValidationException {
        if (name.isEmpty()) throw new ValidationException("name", "must not be empty");
        if (age < 0) throw new ValidationException("age", "must not be negative, was " + age);
    }

    public static void main(String[] args) {
        String[] names = {"ann", "", "bob"};
        int[] ages = {30, 5, -2};
        for (int i = 0; i < names.length; i++) {
            try {
                validate(names[i], ages[i]);
                System.out.println("valid " + names[i]);
            } catch (ValidationException e) {
                System.out.println("invalid " + e.field() + " | " + e.getMessage() + " | " + e);
            }
        }
        Quiet q = new Quiet();
        System.out.println("quiet: " + q + " message " + q.getMessage() + " cause " + q.getCause());
        Coded c = new Coded(7, new Quiet());
        System.out.println("coded: " + c + " code " + c.code + " cause " + c.getCause());
        Exception wrapped = new Exception(new Localized("inner"));
        System.out.println("wrapped message: " + wrapped.getMessage());
        System.out.println("localized: " + new Localized("x"));
        RuntimeException late = new RuntimeException("late");
        late.initCause(new Error("root"));
        System.out.println("late cause: " + late.getCause());
        try {
            late.initCause(new Error("again"));
        } catch (IllegalStateException e) {
            System.out.println("initCause twice: " + e.getMessage());
        }
        RuntimeException self = new RuntimeException("self");
        try {
            self.initCause(self);
        } catch (IllegalArgumentException e) {
            System.out.println("self cause: " + e.getMessage());
        }
        RuntimeException given = new RuntimeException("given", null);
        try {
            given.initCause(new Error("x"));
        } catch (IllegalStateException e) {
            System.out.println("cause given to constructor: " + e.getMessage());
        }
        Throwable noMessage = new Throwable();
        System.out.println("no message: " + noMessage + " " + noMessage.getMessage());
        Throwable fromCause = new Throwable((Throwable) null);
        System.out.println("null cause: " + fromCause.getMessage() + " " + fromCause.getCause());
    }
}
