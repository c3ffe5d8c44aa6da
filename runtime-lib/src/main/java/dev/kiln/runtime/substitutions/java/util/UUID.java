package dev.kiln.runtime.substitutions.java.util;

import dev.kiln.runtime.Alias;
import dev.kiln.runtime.Substitute;

/**
 * {@code UUID.toString}: JDK 17 asks {@code JavaLangAccess.fastUUID}, JDK 25 fills a byte array through
 * {@code VarHandle} views and {@code JavaLangAccess}, none of which a Kiln program has. The substitute writes the
 * form the Java SE API specifies: the 128 bits as 32 lower-case hexadecimal digits in groups of 8, 4, 4, 4 and
 * 12 separated by hyphens, most significant first.
 */
final class UUID {
    @Alias
    private long mostSigBits;
    @Alias
    private long leastSigBits;

    private UUID() {
    }

    @Substitute
    @Override
    public String toString() {
        char[] out = new char[36];
        hex(out, 0, mostSigBits >>> 32, 8);
        out[8] = '-';
        hex(out, 9, mostSigBits >>> 16, 4);
        out[13] = '-';
        hex(out, 14, mostSigBits, 4);
        out[18] = '-';
        hex(out, 19, leastSigBits >>> 48, 4);
        out[23] = '-';
        hex(out, 24, leastSigBits, 12);
        return new String(out);
    }

    /** The low {@code digits} hexadecimal digits of {@code value} into {@code out} at {@code at}. */
    private static void hex(char[] out, int at, long value, int digits) {
        for (int i = digits - 1; i >= 0; i--) {
            int d = (int) (value & 0xf);
            out[at + i] = (char) (d < 10 ? '0' + d : 'a' + d - 10);
            value >>>= 4;
        }
    }
}
