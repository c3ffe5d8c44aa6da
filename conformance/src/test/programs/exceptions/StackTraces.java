package exceptions;

/** getStackTrace() in static, instance, constructor and nested-class contexts: class, method, file, line. */
public class StackTraces {
    static void print(String label, Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        System.out.println(label + ": " + t + " (" + trace.length + " frames)");
        for (StackTraceElement e : trace) {
            System.out.println("  " + e.getClassName() + " | " + e.getMethodName() + " | " + e.getFileName()
                    + " | " + e.getLineNumber() + " | native " + e.isNativeMethod() + " | " + e);
        }
    }

    static Throwable fromStatic(int depth) {
        if (depth == 0) {
            return new IllegalStateException("static");
        }
        return fromStatic(depth - 1);
    }

    int field;

    Throwable fromInstance() {
        field++;
        return helper(field);
    }

    private Throwable helper(int n) {
        return new RuntimeException("instance " + n);
    }

    static class Widget {
        final Throwable made;

        Widget() {
            made = new Error("in constructor");
        }

        Widget(int x) {
            this();
        }
    }

    interface Source {
        Throwable make();
    }

    static class Nested implements Source {
        public Throwable make() {
            return new UnsupportedOperationException("nested");
        }
    }

    static Throwable createdHere() {
        return new RuntimeException("created here");
    }

    static void throwIt(RuntimeException e) {
        throw e;
    }

    public static void main(String[] args) {
        print("static", fromStatic(3));
        print("instance", new StackTraces().fromInstance());
        print("constructor", new Widget(1).made);
        Source s = new Nested();
        print("interface", s.make());
        Source anon = new Source() {
            public Throwable make() {
                return new Exception("anonymous");
            }
        };
        print("anonymous", anon.make());
        try {
            throwIt((RuntimeException) createdHere());
        } catch (RuntimeException e) {
            print("created, not thrown, here", e);
            e.fillInStackTrace();
            print("refilled in main", e);
        }
        try {
            throw new IllegalArgumentException("thrown in main");
        } catch (IllegalArgumentException e) {
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println("top frame: " + top.getMethodName() + " line " + top.getLineNumber());
        }
        Throwable[] few = new Throwable[3];
        for (int i = 0; i < few.length; i++) {
            few[i] = new Throwable("loop " + i);
        }
        for (Throwable t : few) {
            System.out.println(t.getMessage() + " at line " + t.getStackTrace()[0].getLineNumber());
        }
        System.out.println("copies are fresh: " + (few[0].getStackTrace() != few[0].getStackTrace()));
        System.out.println("frames equal: " + few[0].getStackTrace()[0].equals(few[0].getStackTrace()[0]));
        System.out.println("different lines equal: " + few[0].getStackTrace()[0].equals(fromStatic(0).getStackTrace()[1]));
    }
}
