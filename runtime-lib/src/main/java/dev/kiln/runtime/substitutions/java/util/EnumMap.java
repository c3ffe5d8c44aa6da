package dev.kiln.runtime.substitutions.java.util;

import dev.kiln.runtime.Substitute;

/**
 * The key universe of an {@code EnumMap}: the JDK asks {@code SharedSecrets.getJavaLangAccess()}, which
 * Kiln's {@code java.lang.System} never sets up; the same array comes from the key class itself.
 */
final class EnumMap {
    private EnumMap() {
    }

    /** The constants of {@code keyType} in ordinal order; null if it is no enum class. */
    @Substitute
    private static <K extends Enum<K>> K[] getKeyUniverse(Class<K> keyType) {
        return keyType.getEnumConstants();
    }
}
