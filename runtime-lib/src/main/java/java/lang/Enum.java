package java.lang;

/**
 * The common base class of enum classes.
 *
 * @param <E> the enum class
 */
public abstract class Enum<E extends Enum<E>> implements Comparable<E>, java.io.Serializable {
    private final String name;
    private final int ordinal;

    /** Called by the constructors javac generates for enum classes. */
    protected Enum(String name, int ordinal) {
        this.name = name;
        this.ordinal = ordinal;
    }

    /** The constant's name as declared. */
    public final String name() {
        return name;
    }

    /** The constant's position in its declaration, from zero. */
    public final int ordinal() {
        return ordinal;
    }

    /** The constant's name, unless an enum class overrides it. */
    public String toString() {
        return name;
    }

    /** Identity: each constant is unique. */
    public final boolean equals(Object other) {
        return this == other;
    }

    /** The identity hash code. */
    public final int hashCode() {
        return super.hashCode();
    }

    /** Enum constants are never cloned. */
    protected final Object clone() throws CloneNotSupportedException {
        throw new CloneNotSupportedException();
    }

    /** Orders constants of one enum class by ordinal. */
    public final int compareTo(E o) {
        return ordinal - ((Enum<?>) o).ordinal;
    }

    /**
     * The enum class of this constant: its own class, or for a constant with a class body, that body's
     * superclass.
     */
    public final Class<E> getDeclaringClass() {
        Class<?> c = getClass();
        Class<?> s = c.getSuperclass();
        @SuppressWarnings("unchecked")
        Class<E> declaring = (Class<E>) (s == Enum.class ? c : s);
        return declaring;
    }

    /**
     * The constant of {@code enumClass} named {@code name}.
     *
     * @throws IllegalArgumentException if {@code enumClass} is not an enum class or has no such constant
     * @throws NullPointerException if {@code name} is null
     */
    public static <T extends Enum<T>> T valueOf(Class<T> enumClass, String name) {
        T[] constants = enumClass.enumConstantsShared();
        if (constants == null) {
            throw new IllegalArgumentException(enumClass.getName() + " is not an enum class");
        }
        for (T constant : constants) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        if (name == null) {
            throw new NullPointerException("Name is null");
        }
        throw new IllegalArgumentException("No enum constant " + enumClass.getCanonicalName() + "." + name);
    }

    /** Enum classes have no finalizers. */
    @SuppressWarnings("deprecation")
    protected final void finalize() {
    }
}
