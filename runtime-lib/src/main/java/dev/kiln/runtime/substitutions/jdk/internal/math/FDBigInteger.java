package dev.kiln.runtime.substitutions.jdk.internal.math;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.HexDecimal;
import dev.kiln.runtime.Substitute;

/**
 * Substitutes {@code jdk.internal.math.FDBigInteger} (docs/CLASS-LIBRARY.md). Its {@code toString()} is the
 * decimal value, which the JDK makes through {@code java.math.BigInteger} and so {@code String.format} and
 * reflection. The JDK never calls it, but it is reachable through {@code Object.toString()} whenever
 * {@code FloatingDecimal} is: the same decimal, from the hexadecimal digits of {@code toHexString()}.
 */
final class FDBigInteger {
    private FDBigInteger() {}

    @Alias
    public native String toHexString();

    @Substitute
    @Override
    public String toString() {
        return HexDecimal.toDecimal(toHexString());
    }
}
