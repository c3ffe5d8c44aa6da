package exceptions;

/** setStackTrace, fillInStackTrace, non-writable stack traces, and StackTraceElement's own API. */
public class StackTraceApi {
    static class Fixed extends RuntimeException {
        Fixed(String m) {
            super(m, null, true, false);
        }
    }

    static class NoSuppression extends RuntimeException {
        NoSuppression() {
            super("no suppression", null, false, true);
        }
    }

    static class Cheap extends RuntimeException {
        Cheap(String m) {
            super(m);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    static class Counting extends RuntimeException {
        static int fills;

        @Override
        public synchronized Throwable fillInStackTrace() {
            fills++;
            return super.fillInStackTrace();
        }
    }

    static void show(String label, Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        System.out.print(label + ": " + trace.length);
        for (StackTraceElement e : trace) System.out.print(" | " + e);
        System.out.println();
    }

    static Throwable make() {
        return new Throwable("made");
    }

    public static void main(String[] args) {
        Throwable t = make();
        show("captured", t);
        StackTraceElement[] custom = {
            new StackTraceElement("com.example.Foo", "bar", "Foo.java", 42),
            new StackTraceElement("com.example.Foo", "<init>", null, -1),
            new StackTraceElement("com.example.Native", "call", "Native.java", -2),
            new StackTraceElement("com.example.NoLine", "run", "NoLine.java", -1),
        };
        t.setStackTrace(custom);
        custom[0] = null;
        show("set", t);
        t.fillInStackTrace();
        show("refilled", t);
        try {
            t.setStackTrace(new StackTraceElement[] {new StackTraceElement("a", "b", "c", 1), null});
        } catch (NullPointerException e) {
            System.out.println("null element: " + e.getMessage());
        }
        Fixed f = new Fixed("fixed");
        show("not writable", f);
        f.setStackTrace(new StackTraceElement[] {new StackTraceElement("x", "y", "z", 1)});
        show("not writable after set", f);
        f.fillInStackTrace();
        show("not writable after fill", f);
        NoSuppression ns = new NoSuppression();
        ns.addSuppressed(new Error("ignored"));
        System.out.println("suppression disabled: " + ns.getSuppressed().length);
        show("cheap", new Cheap("cheap"));
        Counting c = new Counting();
        System.out.println("fills " + Counting.fills);
        show("counting", c);
        StackTraceElement e = new StackTraceElement("p.C", "m", "C.java", 7);
        System.out.println(e + " " + e.getClassName() + " " + e.getMethodName() + " " + e.getFileName() + " "
                + e.getLineNumber() + " " + e.isNativeMethod() + " " + e.getModuleName() + " " + e.getClassLoaderName());
        System.out.println(new StackTraceElement("loader", "mod", "1.0", "p.C", "m", "C.java", 7));
        System.out.println(new StackTraceElement(null, "mod", null, "p.C", "m", null, -1));
        System.out.println(new StackTraceElement("loader", null, null, "p.C", "m", "C.java", -2));
        System.out.println(e.equals(new StackTraceElement("p.C", "m", "C.java", 7)) + " "
                + e.equals(new StackTraceElement("p.C", "m", "C.java", 8)) + " "
                + (e.hashCode() == new StackTraceElement("p.C", "m", "C.java", 7).hashCode()));
        try {
            new StackTraceElement(null, "m", "f", 1);
        } catch (NullPointerException npe) {
            System.out.println("null class: " + npe.getMessage());
        }
        try {
            new StackTraceElement("c", null, "f", 1);
        } catch (NullPointerException npe) {
            System.out.println("null method: " + npe.getMessage());
        }
        StackTraceElement mine = make().getStackTrace()[0];
        System.out.println("module " + mine.getModuleName() + " loader " + mine.getClassLoaderName()
                + " version " + mine.getModuleVersion());
    }
}
