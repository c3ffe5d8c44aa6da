package java.lang;

/**
 * The common base class of enum classes. {@code valueOf(Class, String)} and {@code getDeclaringClass()}
 * need reflection Kiln does not have yet and are not provided.
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

    /** Enum classes have no finalizers. */
    @SuppressWarnings("deprecation")
    protected final void finalize() {
    }
}
