package java.lang;

import dev.kiln.runtime.Intrinsic;

/** The uninstantiable placeholder for the {@code void} keyword. */
public final class Void {
    /** The {@code Class} object of {@code void}: what {@code void.class} reads. */
    public static final Class<Void> TYPE = primitiveClass();

    private Void() {
    }

    /** The Class object of {@code void}, which the backend creates. */
    @Intrinsic("kiln.primitive_class.void")
    private static native Class<Void> primitiveClass();
}
