package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link IntegerConversions} against the JDK's {@code Integer} and {@code Long}, messages included.
 * Kiln reproduces Java 17; later JDKs changed several messages and the order of some checks, so on
 * them only results and exception classes are compared, and only for valid radixes.
 */
class IntegerConversionsTest {
    private static final String[] INPUTS = {
        null, "", "0", "-0", "+0", "1", "-1", "+1", "-", "+", "--1", "+-1", "abc", "7fffffff", "80000000",
        "-80000000", "ffffffff", "100000000", "2147483647", "2147483648", "-2147483648", "-2147483649",
        "4294967295", "4294967296", "42949672950", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616",
        "184467440737095516160", "1844674407370955161x", "18446744073709551616x", "99999999999999999999",
        "ffffffffffffffff", "1ffffffffffffffff", "zzzzzzzzzzzzz", "1x", " 1", "1 ", "\u0661\u0662", "\uff11",
        "000000000000000000000000001", "0x10", "#ff", "010", "09", "-010", "0X1F", "-0x80000000", "0x80000000",
        "-0x8000000000000000", "0x-1", "#-1", "-+1", "0x", "#", "0",
    };
    private static final int[] RADIXES = {10, 16, 2, 8, 36, 1, 37};
    private static final int[] VALID_RADIXES = {10, 16, 2, 8, 36};

    @Test
    void parsesLikeTheJdk() {
        boolean java17 = Runtime.version().feature() == 17;
        for (String s : INPUTS) {
            for (int radix : java17 ? RADIXES : VALID_RADIXES) {
                same(() -> Integer.parseInt(s, radix), () -> IntegerConversions.parse(s, radix, Integer.MIN_VALUE, Integer.MAX_VALUE));
                same(() -> Long.parseLong(s, radix), () -> IntegerConversions.parse(s, radix, Long.MIN_VALUE, Long.MAX_VALUE));
                same(() -> Integer.parseUnsignedInt(s, radix), () -> IntegerConversions.parseUnsignedInt(s, radix));
                same(() -> Long.parseUnsignedLong(s, radix), () -> IntegerConversions.parseUnsignedLong(s, radix));
                if (s != null && java17) {
                    String padded = "ab" + s + "cd";
                    int end = padded.length() - 2;
                    same(() -> Integer.parseInt(padded, 2, end, radix),
                            () -> IntegerConversions.parseInt(padded, 2, end, radix));
                    same(() -> Long.parseLong(padded, 2, end, radix),
                            () -> IntegerConversions.parseLong(padded, 2, end, radix));
                    same(() -> Integer.parseUnsignedInt(padded, 2, end, radix),
                            () -> IntegerConversions.parseUnsignedInt(padded, 2, end, radix));
                    same(() -> Long.parseUnsignedLong(padded, 2, end, radix),
                            () -> IntegerConversions.parseUnsignedLong(padded, 2, end, radix));
                }
            }
            same(() -> Integer.decode(s), () -> (int) IntegerConversions.decode(s, Integer.MIN_VALUE, Integer.MAX_VALUE));
            same(() -> Long.decode(s), () -> IntegerConversions.decode(s, Long.MIN_VALUE, Long.MAX_VALUE));
        }
        // The message of a bad range is the class library's (IndexMessages.parseRangeMessage, substituted on JDK 17):
        // the conformance program lang/IntegerParsing compares it with JDK 17 and 25; here the exception class.
        assertEquals(IndexOutOfBoundsException.class, thrown(() -> Integer.parseInt("12", 1, 5, 10)));
        assertEquals(IndexOutOfBoundsException.class, thrown(() -> IntegerConversions.parseInt("12", 1, 5, 10)));
        assertEquals("Range [1, 5) out of bounds for length 2", IndexMessages.parseRangeMessage(1, 5, 2));
    }

    private static Class<?> thrown(Supplier<Object> s) {
        try {
            s.get();
            return null;
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }

    @Test
    void formatsLikeTheJdk() {
        SplittableRandom random = new SplittableRandom(41);
        for (int i = 0; i < 100_000; i++) {
            long v = i < 100 ? Long.MIN_VALUE + i : random.nextLong() >> random.nextInt(64);
            int iv = (int) v;
            int radix = random.nextInt(0, 40);
            assertEquals(Long.toString(v, radix), IntegerConversions.toString(v, radix));
            assertEquals(Long.toUnsignedString(v, radix), IntegerConversions.toUnsignedString(v, radix));
            assertEquals(Integer.toString(iv, radix), IntegerConversions.toString(iv, radix));
            assertEquals(Long.toHexString(v), new String(IntegerConversions.powerOfTwoChars(v, 4)));
            assertEquals(Long.toOctalString(v), new String(IntegerConversions.powerOfTwoChars(v, 3)));
            assertEquals(Long.toBinaryString(v), new String(IntegerConversions.powerOfTwoChars(v, 1)));
            assertEquals(Integer.toHexString(iv), new String(IntegerConversions.powerOfTwoChars(Integer.toUnsignedLong(iv), 4)));
        }
    }

    @Test
    void writesDecimalsLikeTheJdk() {
        java.util.List<Long> values = new java.util.ArrayList<>(java.util.List.of(0L, Long.MIN_VALUE, Long.MAX_VALUE,
                (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE, Integer.MIN_VALUE - 1L, Integer.MAX_VALUE + 1L));
        for (long p = 1; p > 0 && p <= Long.MAX_VALUE / 10 * 10; p *= 10) {
            for (long d = -1; d <= 1; d++) {
                values.add(p + d);
                values.add(-p - d);
            }
            if (p > Long.MAX_VALUE / 10) break;
        }
        SplittableRandom random = new SplittableRandom(43);
        for (int i = 0; i < 20_000; i++) values.add(random.nextLong() >> random.nextInt(64));
        for (long v : values) {
            assertEquals(Long.toString(v), decimal(v), "long " + v);
            int iv = (int) v;
            assertEquals(Integer.toString(iv), decimal(iv), "int " + iv);
            assertEquals(Long.toHexString(v), new String(IntegerConversions.powerOfTwoChars(v, 4)));
            assertEquals(Integer.toBinaryString(iv), new String(IntegerConversions.powerOfTwoChars(Integer.toUnsignedLong(iv), 1)));
        }
    }

    /** {@code v} written by decimalLength and writeDecimal into a larger buffer, which they must not write outside. */
    private static String decimal(long v) {
        return framed(IntegerConversions.decimalLength(v), (buf, end) -> IntegerConversions.writeDecimal(v, buf, end));
    }

    private static String decimal(int v) {
        return framed(IntegerConversions.decimalLength(v), (buf, end) -> IntegerConversions.writeDecimal(v, buf, end));
    }

    /** What {@code writer} writes into {@code length} chars ending at its second argument, with a guard char on each side. */
    private static String framed(int length, java.util.function.ObjIntConsumer<char[]> writer) {
        char[] buf = new char[length + 2];
        java.util.Arrays.fill(buf, '#');
        writer.accept(buf, buf.length - 1);
        String s = new String(buf);
        assertEquals('#', s.charAt(0));
        assertEquals('#', s.charAt(s.length() - 1));
        return s.substring(1, s.length() - 1);
    }

    private static void same(Supplier<Object> jdk, Supplier<Object> ours) {
        String expected = outcome(jdk);
        assertEquals(expected, outcome(ours), () -> "JDK: " + expected + " at " + new Throwable().getStackTrace()[1]);
    }

    private static String outcome(Supplier<Object> s) {
        try {
            return "value " + s.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + (Runtime.version().feature() == 17 ? ": " + e.getMessage() : "");
        }
    }
}
