package dev.kiln.runtime.substitutions.java.math;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;

/**
 * {@code BigInteger} without fork/join. From JDK 19 on, Toom-Cook 3 multiplication and squaring, used for
 * numbers of thousands of bits, run their partial products as {@code RecursiveTask}s (in parallel for
 * {@code parallelMultiply}), which need {@code ForkJoinPool}; on those class libraries Kiln multiplies and
 * squares such numbers with the JDK's Karatsuba code instead. A product has one value, so only the time
 * taken differs.
 */
final class BigInteger {
    private BigInteger() {
    }

    @Alias(minJdk = 19)
    private static native java.math.BigInteger multiplyKaratsuba(java.math.BigInteger x, java.math.BigInteger y);

    @Alias(minJdk = 19)
    private native java.math.BigInteger squareKaratsuba();

    @Substitute(minJdk = 19)
    private static java.math.BigInteger multiplyToomCook3(java.math.BigInteger a, java.math.BigInteger b,
            boolean parallel, int depth) {
        return multiplyKaratsuba(a, b);
    }

    @Substitute(minJdk = 19)
    private java.math.BigInteger squareToomCook3(boolean parallel, int depth) {
        return squareKaratsuba();
    }
}
