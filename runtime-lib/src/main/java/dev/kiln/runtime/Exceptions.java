package dev.kiln.runtime;

/**
 * The exceptions the JVM throws by itself, made with the JVM's messages. Generated code calls these
 * factories on the path where a check fails (a null dereference, an index out of bounds, a division by
 * zero, a bad array store, a negative array size, a failed cast) and throws what they return, so the
 * exception leaves the method that failed, as the JVM's does; the driver makes them reachability roots
 * (docs/RUNTIME-CONTRACT.md, "Implicit exceptions").
 */
public final class Exceptions {
    private Exceptions() {
    }

    /** The helpful message (JEP 358) is computed by the compiler from the failing method's bytecode. */
    public static NullPointerException nullPointer(String message) {
        return new NullPointerException(message);
    }

    /**
     * The same message in its two halves, which the compiler stores apart: {@code action + " because " + reason},
     * or {@code action} alone if the reason is empty; each half without the start many share, given by its number
     * (the backend's {@code ExceptionHooks.ACTION_STARTS} and {@code REASON_STARTS}, in this order; 0 for none).
     */
    public static NullPointerException nullPointer(int actionStart, String action, int reasonStart, String reason) {
        String a = actionStart(actionStart) + action;
        return new NullPointerException(reason.isEmpty() ? a : a + " because " + reasonStart(reasonStart) + reason);
    }

    private static String actionStart(int start) {
        switch (start) {
            case 1: return "Cannot invoke \"";
            case 2: return "Cannot read field \"";
            case 3: return "Cannot assign field \"";
            case 4: return "Cannot load from ";
            case 5: return "Cannot store to ";
            default: return "";
        }
    }

    private static String reasonStart(int start) {
        switch (start) {
            case 1: return "the return value of \"";
            case 2: return "\"";
            default: return "";
        }
    }

    public static ArrayIndexOutOfBoundsException arrayIndex(int index, int length) {
        return new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
    }

    /** Integer division or remainder by zero (floating-point division never throws). */
    public static ArithmeticException divisionByZero() {
        return new ArithmeticException("/ by zero");
    }

    public static NegativeArraySizeException negativeArraySize(int length) {
        return new NegativeArraySizeException(Integer.toString(length));
    }

    /** {@code value} (not null) is no instance of the component type of the array it was stored into. */
    public static ArrayStoreException arrayStore(Object value) {
        return new ArrayStoreException(value.getClass().getName());
    }

    /**
     * {@code value} (not null) is no instance of {@code target}: the JVM's message names both classes and
     * where each is loaded from, once if that is the same place for both.
     */
    public static ClassCastException classCast(Object value, Class<?> target) {
        Class<?> actual = value.getClass();
        String from = actual.getName();
        String to = target.getName();
        String fromLocation = location(actual);
        String toLocation = location(target);
        String where = fromLocation.equals(toLocation) ? from + " and " + to + " are in " + fromLocation
                : from + " is in " + fromLocation + "; " + to + " is in " + toLocation;
        return new ClassCastException("class " + from + " cannot be cast to class " + to + " (" + where + ")");
    }

    /**
     * Where the JVM says a class is loaded from: an array where its element type is. Kiln decides by
     * package, as the stack traces do: the JDK's {@code java.base} packages and Kiln's runtime, which is
     * compiled into java.base, against the program's own classes (which the JVM forbids in {@code java.*}).
     * A class of another JDK module (java.sql, say) is described as the program's.
     */
    private static String location(Class<?> c) {
        while (c.isArray()) {
            c = c.getComponentType();
        }
        String name = c.getName();
        boolean jdk = c.isPrimitive() || name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")
                || name.startsWith("dev.kiln.runtime.");
        return jdk ? "module java.base of loader 'bootstrap'" : "unnamed module of loader 'app'";
    }
}
