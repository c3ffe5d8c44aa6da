package dev.kiln.runtime.substitutions.java.lang;

import dev.kiln.runtime.Substitute;
import jdk.internal.math.FloatingDecimal;

/** Substitutes runtime-lib's {@code java.lang.Float} before Java SE 19, as {@link Double} does for doubles. */
final class Float {
    private Float() {}

    @Substitute(maxJdk = 18)
    public static String toString(float f) {
        return FloatingDecimal.toJavaFormatString(f);
    }
}
