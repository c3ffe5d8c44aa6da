package exceptions;

// kiln:exit=1

/** An uncaught exception with a two-level cause chain: "Caused by:" sections ending in "... n more". */
public class UncaughtWithCause {
    static class ConfigException extends Exception {
        ConfigException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final String source;

    UncaughtWithCause(String source) {
        this.source = source;
    }

    int port() {
        try {
            return readNumber(source);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad port in " + source, e);
        }
    }

    static int readNumber(String s) {
        if (s.startsWith("x")) {
            throw new NumberFormatException("For input string: \"" + s + "\"");
        }
        return s.length();
    }

    static void start(String source) throws ConfigException {
        try {
            System.out.println("port " + new UncaughtWithCause(source).port());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("cannot start", e);
        }
    }

    public static void main(String[] args) throws Exception {
        start("abc");
        start("xyz");
    }
}
