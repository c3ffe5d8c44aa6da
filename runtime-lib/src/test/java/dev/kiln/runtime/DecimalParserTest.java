package dev.kiln.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link DecimalParser} against the JDK's parsers, which round correctly: the same bits for the
 * same string, and for a malformed one a {@link NumberFormatException} with, on Java 17 (whose messages
 * Kiln reproduces; later JDKs changed some), the same message.
 */
class DecimalParserTest {
    @Test
    void roundTripsRandomDoubles() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 100_000; i++) {
            double v = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(v)) {
                continue;
            }
            assertSameDouble(Double.toString(v));
            assertSameDouble(ShortestDecimal.toString(v));
            assertSameDouble(Double.toHexString(v));
        }
    }

    @Test
    void roundTripsRandomFloats() {
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < 100_000; i++) {
            float v = Float.intBitsToFloat(random.nextInt());
            if (Float.isNaN(v)) {
                continue;
            }
            assertSameFloat(Float.toString(v));
            assertSameFloat(ShortestDecimal.toString(v));
            assertSameFloat(Float.toHexString(v));
        }
    }

    @Test
    void randomDecimalStrings() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 150_000; i++) {
            StringBuilder sb = new StringBuilder();
            if (random.nextBoolean()) {
                sb.append(random.nextBoolean() ? '-' : '+');
            }
            int digits = random.nextInt(1, 30);
            int point = random.nextInt(-1, digits + 1);
            for (int d = 0; d < digits; d++) {
                if (d == point) {
                    sb.append('.');
                }
                sb.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextInt(4) != 0) {
                sb.append(random.nextBoolean() ? 'e' : 'E').append(random.nextInt(-360, 330));
            }
            String s = sb.toString();
            assertSameDouble(s);
            assertSameFloat(s.replace("E", "E-").replace("E--", "E").replace("e", "e-").replace("e--", "e"));
            assertSameFloat(s);
        }
    }

    /** Decimal strings at, just below and just above the midpoints between adjacent values. */
    @Test
    void midpoints() {
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < 2_500; i++) {
            double v = Math.abs(Double.longBitsToDouble(random.nextLong()));
            if (Double.isNaN(v) || Double.isInfinite(v) || v == Double.MAX_VALUE) {
                continue;
            }
            BigDecimal mid = new BigDecimal(v).add(new BigDecimal(Math.nextUp(v))).divide(BigDecimal.valueOf(2));
            checkAround(mid, false);
            float f = (float) v;
            if (!Float.isInfinite(f) && f != Float.MAX_VALUE) {
                BigDecimal fmid = new BigDecimal(f).add(new BigDecimal(Math.nextUp(f))).divide(BigDecimal.valueOf(2));
                checkAround(fmid, true);
            }
        }
        for (long c = 0; c < 2000; c++) {
            BigDecimal mid = new BigDecimal(Double.longBitsToDouble(c)).add(new BigDecimal(Double.longBitsToDouble(c + 1)))
                    .divide(BigDecimal.valueOf(2));
            checkAround(mid, false);
        }
    }

    private static void checkAround(BigDecimal mid, boolean isFloat) {
        String exact = mid.toString();
        BigDecimal tiny = BigDecimal.ONE.scaleByPowerOfTen(-mid.scale() - 5);
        for (String s : new String[] {exact, mid.subtract(tiny).toString(), mid.add(tiny).toString(),
                mid.toPlainString(), mid.round(new java.math.MathContext(17)).toString()}) {
            if (isFloat) {
                assertSameFloat(s);
            } else {
                assertSameDouble(s);
            }
        }
    }

    @Test
    void boundaries() {
        String[] cases = {
            "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e309", "1e308",
            "4.9e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "2.4703282292062327208828439643411e-324",
            "2.2250738585072011e-308", "2.2250738585072012e-308", "2.225073858507201136057409796709131975934819546351645e-308",
            "3.4028235e38", "3.4028236e38", "3.4028235677973366e38", "3.40282357e38", "1.4e-45", "7.006492321624085e-46",
            "7.006492321624086e-46", "1.17549435e-38", "9007199254740993", "9007199254740992.5", "9007199254740995",
            "0.1", "0.2", "0.30000000000000004", "123456789012345678901234567890", "1e23", "8.41e21", "5e-324",
            "0", "-0", "0.0", "-0.0e99", "00000000000000000000000000000001", "1e-99999999999999999999",
            "1e99999999999999999999", "0e99999999999999999999", "123456789e-400", "0.000000000000000000000000001e27",
        };
        for (String s : cases) {
            assertSameDouble(s);
            assertSameFloat(s);
        }
    }

    @Test
    void longInputs() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 200; i++) {
            StringBuilder sb = new StringBuilder("0.");
            int zeros = random.nextInt(0, 400);
            sb.append("0".repeat(zeros));
            int digits = random.nextInt(700, 1200);
            for (int d = 0; d < digits; d++) {
                sb.append((char) ('0' + random.nextInt(10)));
            }
            assertSameDouble(sb.toString());
            assertSameFloat(sb.toString());
            assertSameDouble(sb.substring(2) + "e-" + random.nextInt(300, 1500));
        }
        // A midpoint written out in full, then perturbed in the 1000th digit.
        BigDecimal mid = new BigDecimal(Double.MIN_VALUE).divide(BigDecimal.valueOf(2))
                .add(new BigDecimal(Double.MIN_NORMAL));
        assertSameDouble(mid.toPlainString());
        assertSameDouble(mid.toPlainString() + "0000000000000000000000000000000000000000000000000000000001");
        assertSameDouble(mid.subtract(BigDecimal.ONE.scaleByPowerOfTen(-1400)).toPlainString());
    }

    @Test
    void hexStrings() {
        SplittableRandom random = new SplittableRandom(6);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder(random.nextBoolean() ? "0x" : "-0X");
            int digits = random.nextInt(1, 24);
            int point = random.nextInt(-1, digits + 1);
            for (int d = 0; d < digits; d++) {
                if (d == point) {
                    sb.append('.');
                }
                sb.append("0123456789abcdefABCDEF".charAt(random.nextInt(22)));
            }
            sb.append(random.nextBoolean() ? 'p' : 'P').append(random.nextInt(-1200, 1100));
            if (random.nextInt(4) == 0) {
                sb.append("fFdD".charAt(random.nextInt(4)));
            }
            assertSameDouble(sb.toString());
            assertSameFloat(sb.toString());
        }
    }

    @Test
    void syntax() {
        String[] cases = {
            "", " ", "  \t\n", "abc", " 1x ", "0x1", "1.", ".5", ".", "+.5e1", "5.e-1", "1e", "1e+", "e5", ".e5",
            "1f", "1F", "1d", "1D", "1.f", "1e5d", "1ff", "1 f", "1_000", "NaN", "+NaN", "-NaN", "NaNd", "nan",
            "Infinity", "-Infinity", "+Infinity", "Infinityf", "infinity", "INFINITY", "0x.8p1", "0X1P-1074",
            "0x.p1", "0x1.8", "0x", "0xp1", "0x1p", "0x1p+", "0x1.fffffffffffff8p1023", "0x1.8p1f", "0x1.8p1x",
            "\u00001.5\u0000", " 1.5 ", "1.5\u00a0", "\uff11", "1e+5", "1e-5", "--1", "+-1", "1.2.3", "..1", "1.2.",
            "1.2.3e5", "1.2.x", "1e1.5", "1.2e3.4", "0x1p1.5", "\u0661", "1e\uff15",
        };
        for (String s : cases) {
            assertSameDouble(s);
            assertSameFloat(s);
        }
        // Java 17 reports a second point in a hexadecimal significand as a plain format error (later JDKs
        // say "multiple points"), so this one is not compared with the running JDK.
        assertEquals("For input string: \"0x1.2.3p1\"",
                assertThrows(NumberFormatException.class, () -> DecimalParser.parseDouble("0x1.2.3p1")).getMessage());
        assertThrows(NullPointerException.class, () -> DecimalParser.parseDouble(null));
        assertThrows(NullPointerException.class, () -> DecimalParser.parseFloat(null));
    }

    private static void assertSameDouble(String s) {
        String expected;
        try {
            expected = Long.toHexString(Double.doubleToRawLongBits(Double.parseDouble(s)));
        } catch (NumberFormatException e) {
            expected = "NumberFormatException: " + message(e);
        }
        String actual;
        try {
            actual = Long.toHexString(Double.doubleToRawLongBits(DecimalParser.parseDouble(s)));
        } catch (NumberFormatException e) {
            actual = "NumberFormatException: " + message(e);
        }
        assertEquals(expected, actual, () -> "parseDouble(\"" + s + "\")");
    }

    private static void assertSameFloat(String s) {
        String expected;
        try {
            expected = Integer.toHexString(Float.floatToRawIntBits(Float.parseFloat(s)));
        } catch (NumberFormatException e) {
            expected = "NumberFormatException: " + message(e);
        }
        String actual;
        try {
            actual = Integer.toHexString(Float.floatToRawIntBits(DecimalParser.parseFloat(s)));
        } catch (NumberFormatException e) {
            actual = "NumberFormatException: " + message(e);
        }
        assertEquals(expected, actual, () -> "parseFloat(\"" + s + "\")");
    }

    private static String message(NumberFormatException e) {
        return Runtime.version().feature() == 17 ? e.getMessage() : "";
    }
}
