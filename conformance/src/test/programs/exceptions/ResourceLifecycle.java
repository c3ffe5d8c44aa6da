// kiln:release=8
package exceptions;

/**
 * try-with-resources as javac 8 compiles it: a resource initializer that throws closes only the resources
 * opened before it; close runs before catch and finally, after the returned value is computed, once per
 * resource even when it throws; Errors from close are suppressed like exceptions; a close that throws the
 * body's own exception makes addSuppressed throw "Self-suppression not permitted"; lambda resources.
 */
public class ResourceLifecycle {
    static final StringBuilder log = new StringBuilder();

    static class Res implements AutoCloseable {
        final String name;
        final int mode;
        int closes;

        Res(String name, int mode) {
            if (mode == 9) {
                log.append("ctor-fail ").append(name).append("; ");
                throw new IllegalArgumentException("cannot open " + name);
            }
            this.name = name;
            this.mode = mode;
            log.append("open ").append(name).append("; ");
        }

        @Override
        public void close() {
            closes++;
            log.append("close ").append(name).append("#").append(closes).append("; ");
            if (mode == 1) throw new IllegalStateException("close " + name);
            if (mode == 2) throw new AssertionError("close error " + name);
            if (mode == 3) throw shared;
        }
    }

    static RuntimeException shared = new RuntimeException("shared");

    static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder(t.toString());
        Throwable[] s = t.getSuppressed();
        for (int i = 0; i < s.length; i++) sb.append(" +[").append(s[i]).append(']');
        if (t.getCause() != null) sb.append(" cause=").append(t.getCause());
        return sb.toString();
    }

    static void three(String label, int a, int b, int c, boolean bodyFails) {
        log.setLength(0);
        try (Res ra = new Res("a", a); Res rb = new Res("b", b); Res rc = new Res("c", c)) {
            log.append("body; ");
            if (bodyFails) throw new UnsupportedOperationException("body");
        } catch (Throwable t) {
            log.append("catch ").append(describe(t)).append("; ");
        } finally {
            log.append("finally");
        }
        System.out.println(label + ": " + log);
    }

    static Res last;

    static int returnsBeforeClose() {
        try (Res r = new Res("ret", 0)) {
            last = r;
            log.append("compute; ");
            return r.closes * 10 + 7;
        }
    }

    static String bodyThrowsShared() {
        log.setLength(0);
        try (Res r = new Res("same", 3)) {
            throw shared;
        } catch (RuntimeException e) {
            return log + describe(e);
        }
    }

    static String nullAndThrow(boolean fail) {
        log.setLength(0);
        try (Res n = null; Res r = new Res("after-null", 1)) {
            log.append("body n=").append(n).append("; ");
            if (fail) throw new IllegalStateException("body");
        } catch (RuntimeException e) {
            log.append("caught ").append(describe(e));
        }
        return log.toString();
    }

    static String lambdaResource() {
        log.setLength(0);
        try (AutoCloseable first = () -> log.append("lambda close 1; ");
             AutoCloseable second = () -> { throw new Exception("lambda close 2"); }) {
            log.append("lambda body; ");
        } catch (Exception e) {
            log.append("caught ").append(describe(e));
        }
        return log.toString();
    }

    public static void main(String[] args) {
        three("all open", 0, 0, 0, false);
        three("c fails to open", 0, 0, 9, false);
        three("a fails to open", 9, 0, 0, true);
        three("b fails to open, a close fails", 1, 9, 0, false);
        three("body and every close fail", 1, 1, 1, true);
        three("close errors", 2, 0, 2, false);
        three("close error with body", 0, 2, 1, true);
        log.setLength(0);
        int v = returnsBeforeClose();
        System.out.println("returned " + v + " closes " + last.closes + ": " + log);
        System.out.println("shared: " + bodyThrowsShared());
        System.out.println("null fine: " + nullAndThrow(false));
        System.out.println("null body fails: " + nullAndThrow(true));
        System.out.println("lambda: " + lambdaResource());
        int total = 0;
        for (int i = 0; i < 5; i++) {
            log.setLength(0);
            try (Res r = new Res("loop" + i, i % 2)) {
                if (i == 3) continue;
                if (i == 4) break;
                total += i;
            } catch (IllegalStateException e) {
                total += 100;
            }
            System.out.println("loop " + i + " total " + total + ": " + log);
        }
        System.out.println("after loop total " + total + ": " + log);
    }
}
