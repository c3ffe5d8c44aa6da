package exceptions;

/** printStackTrace() layouts: frames, Caused by with "... n more", Suppressed (nested), circular causes. */
public class PrintStackTraces {
    static class Service {
        void load(String what) {
            try {
                parse(what);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("cannot load " + what, e);
            }
        }

        void parse(String what) {
            if (what.isEmpty()) {
                throw new IllegalArgumentException("empty name");
            }
        }
    }

    static class Res implements AutoCloseable {
        final String name;

        Res(String name) {
            this.name = name;
        }

        @Override
        public void close() {
            throw new UnsupportedOperationException("close " + name);
        }
    }

    static void withResources() {
        try (Res a = new Res("a"); Res b = new Res("b")) {
            throw new RuntimeException("body");
        }
    }

    public static void main(String[] args) {
        try {
            new Service().load("");
        } catch (IllegalStateException e) {
            e.printStackTrace(System.out);
        }
        try {
            withResources();
        } catch (RuntimeException e) {
            e.printStackTrace(System.out);
        }
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        b.printStackTrace(System.out);
        Exception outer = new Exception("outer");
        Exception middle = new Exception("middle");
        middle.addSuppressed(new Error("deep suppressed"));
        outer.addSuppressed(middle);
        outer.initCause(new Throwable("root"));
        outer.printStackTrace(System.out);
        Throwable noFrames = new Throwable("no frames");
        noFrames.setStackTrace(new StackTraceElement[0]);
        noFrames.initCause(new Error("cause with frames"));
        noFrames.printStackTrace(System.out);
        new Throwable("to stderr").printStackTrace();
        System.out.println("done");
    }
}
