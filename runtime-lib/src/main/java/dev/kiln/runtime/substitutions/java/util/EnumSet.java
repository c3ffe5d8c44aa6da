package dev.kiln.runtime.substitutions.java.util;

import dev.kiln.runtime.Substitute;

/**
 * The element universe of an {@code EnumSet}: the JDK asks {@code SharedSecrets.getJavaLangAccess()}, which
 * Kiln's {@code java.lang.System} never sets up; the same array comes from the element class itself.
 */
final class EnumSet {
    private EnumSet() {
    }

    /** The constants of {@code elementType} in ordinal order; null if it is no enum class. */
    @Substitute
    private static <E extends Enum<E>> E[] getUniverse(Class<E> elementType) {
        return elementType.getEnumConstants();
    }
}
