package dev.kiln.runtime.substitutions.java.lang;

import dev.kiln.runtime.Substitute;
import jdk.internal.math.FloatingDecimal;

/**
 * Substitutes runtime-lib's {@code java.lang.Double} on class libraries before Java SE 19 (docs/CLASS-LIBRARY.md).
 * Up to 18, {@code Double.toString} was specified loosely and the JDK's text is {@code FloatingDecimal}'s,
 * which is not always the shortest decimal (docs/runtime-lib.md, "Number text"): there the JDK's own code
 * runs, compiled from {@code jrt:/}, so the text is the JDK's to the bit. From 19 on runtime-lib's
 * {@code ShortestDecimal} implements the specification, which the JDK follows.
 */
final class Double {
    private Double() {}

    @Substitute(maxJdk = 18)
    public static String toString(double d) {
        return FloatingDecimal.toJavaFormatString(d);
    }
}
