package exceptions;

/** try-with-resources: close order, suppressed exceptions from close, null resources, nested resources. */
public class TryWithResources {
    static final StringBuilder log = new StringBuilder();

    static class Res implements AutoCloseable {
        final String name;
        final boolean failOnClose;

        Res(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            log.append("open ").append(name).append("; ");
        }

        @Override
        public void close() {
            log.append("close ").append(name).append("; ");
            if (failOnClose) throw new IllegalStateException("close failed: " + name);
        }
    }

    static class CheckedRes implements AutoCloseable {
        @Override
        public void close() throws Exception {
            log.append("close checked; ");
            throw new Exception("checked close");
        }
    }

    static void run(String label, boolean failBody, boolean failA, boolean failB) {
        log.setLength(0);
        try (Res a = new Res("a", failA); Res b = new Res("b", failB)) {
            log.append("body; ");
            if (failBody) throw new RuntimeException("body failed");
        } catch (RuntimeException e) {
            log.append("caught ").append(e.getMessage());
            Throwable[] suppressed = e.getSuppressed();
            log.append(" suppressed ").append(suppressed.length);
            for (Throwable s : suppressed) log.append(" [").append(s.getMessage()).append(']');
        }
        System.out.println(label + ": " + log);
    }

    static String nullResource() {
        log.setLength(0);
        try (Res r = null) {
            log.append("body with null resource; ");
        }
        return log.toString();
    }

    static String checkedClose() {
        log.setLength(0);
        try (CheckedRes r = new CheckedRes()) {
            log.append("body; ");
        } catch (Exception e) {
            log.append("caught ").append(e.getMessage());
        }
        return log.toString();
    }

    static String nested() {
        log.setLength(0);
        try (Res outer = new Res("outer", true)) {
            try (Res inner = new Res("inner", true)) {
                throw new RuntimeException("deep");
            }
        } catch (RuntimeException e) {
            log.append("caught ").append(e.getMessage()).append(" with ");
            for (Throwable s : e.getSuppressed()) log.append(s.getMessage()).append(", ");
        }
        return log.toString();
    }

    static String existingVariable() {
        log.setLength(0);
        Res shared = new Res("shared", false);
        try (shared) {
            log.append("using ").append(shared.name).append("; ");
        }
        return log.toString();
    }

    public static void main(String[] args) {
        run("all fine", false, false, false);
        run("body fails", true, false, false);
        run("body and b fail", true, false, true);
        run("body and both fail", true, true, true);
        run("only a fails", false, true, false);
        run("a and b fail", false, true, true);
        System.out.println("null: " + nullResource());
        System.out.println("checked: " + checkedClose());
        System.out.println("nested: " + nested());
        System.out.println("existing: " + existingVariable());
        RuntimeException main = new RuntimeException("main");
        main.addSuppressed(new IllegalStateException("one"));
        main.addSuppressed(new IllegalArgumentException("two"));
        System.out.println("manual suppressed " + main.getSuppressed().length + " " + main.getSuppressed()[1]);
        try {
            main.addSuppressed(main);
        } catch (IllegalArgumentException e) {
            System.out.println("self: " + e.getMessage());
        }
        try {
            main.addSuppressed(null);
        } catch (NullPointerException e) {
            System.out.println("null: " + e.getMessage());
        }
    }
}
