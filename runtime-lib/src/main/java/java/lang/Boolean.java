package java.lang;

import dev.kiln.runtime.Intrinsic;

/** The wrapper for {@code boolean}. */
public final class Boolean implements java.io.Serializable, Comparable<Boolean> {
    /** The {@code Class} object of the primitive type {@code boolean}: what {@code boolean.class} reads. */
    public static final Class<Boolean> TYPE = primitiveClass();

    /** The box of {@code true}. */
    public static final Boolean TRUE = new Boolean(true);
    /** The box of {@code false}. */
    public static final Boolean FALSE = new Boolean(false);

    private final boolean value;

    /** Boxes {@code value}; {@link #valueOf(boolean)} returns the shared boxes instead. */
    @Deprecated(since = "9")
    public Boolean(boolean value) {
        this.value = value;
    }

    /** Boxes {@code parseBoolean(s)}. */
    @Deprecated(since = "9")
    public Boolean(String s) {
        this(parseBoolean(s));
    }

    /** Whether {@code s} is {@code "true"}, ignoring case; false for null. */
    public static boolean parseBoolean(String s) {
        return "true".equalsIgnoreCase(s);
    }

    /** The boxed value. */
    public boolean booleanValue() {
        return value;
    }

    /** {@link #TRUE} or {@link #FALSE}. */
    public static Boolean valueOf(boolean b) {
        return b ? TRUE : FALSE;
    }

    /** {@link #TRUE} or {@link #FALSE}, as {@link #parseBoolean} decides. */
    public static Boolean valueOf(String s) {
        return parseBoolean(s) ? TRUE : FALSE;
    }

    /** {@code "true"} or {@code "false"}. */
    public static String toString(boolean b) {
        return b ? "true" : "false";
    }

    /** {@code "true"} or {@code "false"}. */
    public String toString() {
        return toString(value);
    }

    /** 1231 for true, 1237 for false. */
    public int hashCode() {
        return hashCode(value);
    }

    /** 1231 for true, 1237 for false. */
    public static int hashCode(boolean value) {
        return value ? 1231 : 1237;
    }

    /** Whether {@code obj} is a {@code Boolean} boxing the same value. */
    public boolean equals(Object obj) {
        return obj instanceof Boolean && ((Boolean) obj).value == value;
    }

    /** Whether system property {@code name} exists and is {@code "true"}, ignoring case. */
    public static boolean getBoolean(String name) {
        return name != null && !name.isEmpty() && parseBoolean(System.getProperty(name));
    }

    /** False sorts before true. */
    public int compareTo(Boolean b) {
        return compare(value, b.value);
    }

    /** 0 if equal, else 1 if {@code x} is true, -1 if it is false. */
    public static int compare(boolean x, boolean y) {
        return x == y ? 0 : (x ? 1 : -1);
    }

    /** {@code a && b}. */
    public static boolean logicalAnd(boolean a, boolean b) {
        return a && b;
    }

    /** {@code a || b}. */
    public static boolean logicalOr(boolean a, boolean b) {
        return a || b;
    }

    /** {@code a ^ b}. */
    public static boolean logicalXor(boolean a, boolean b) {
        return a ^ b;
    }

    /** The Class object of {@code boolean}, which the backend creates. */
    @Intrinsic("kiln.primitive_class.boolean")
    private static native Class<Boolean> primitiveClass();
}
