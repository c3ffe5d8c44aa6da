package dev.kiln.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.ir.BinaryOp;
import dev.kiln.ir.JType;
import org.junit.jupiter.api.Test;

/** Compile-time arithmetic gives the JVM's results, edge cases included, and refuses what would throw. */
class ConstantFoldingTest {
    @Test
    void integerArithmeticWrapsAndMasksShiftCounts() {
        assertEquals(Integer.MIN_VALUE, ConstantFolding.binary(BinaryOp.DIV, JType.INT, Integer.MIN_VALUE, -1));
        assertEquals(0, ConstantFolding.binary(BinaryOp.REM, JType.INT, Integer.MIN_VALUE, -1));
        assertNull(ConstantFolding.binary(BinaryOp.DIV, JType.INT, 7, 0), "division by zero throws at run time");
        assertNull(ConstantFolding.binary(BinaryOp.REM, JType.LONG, 7L, 0L));
        assertEquals(2, ConstantFolding.binary(BinaryOp.SHL, JType.INT, 1, 33));
        assertEquals(-1L >>> 1, ConstantFolding.binary(BinaryOp.USHR, JType.LONG, -1L, 65));
        assertEquals(Long.MIN_VALUE, ConstantFolding.binary(BinaryOp.SUB, JType.LONG, Long.MAX_VALUE, -1L));
    }

    @Test
    void floatsRoundOnceAndCompareAsTheJvmDoes() {
        float a = 16777216f, b = 1f;
        assertEquals(a + b, ConstantFolding.binary(BinaryOp.ADD, JType.FLOAT, a, b), "float addition rounds to float");
        java.util.Random r = new java.util.Random(5);
        for (int k = 0; k < 10_000; k++) {
            float x = Float.intBitsToFloat(r.nextInt()), y = Float.intBitsToFloat(r.nextInt());
            assertEquals(x * y, ConstantFolding.binary(BinaryOp.MUL, JType.FLOAT, x, y));
            assertEquals(x / y, ConstantFolding.binary(BinaryOp.DIV, JType.FLOAT, x, y));
            assertEquals(x + y, ConstantFolding.binary(BinaryOp.ADD, JType.FLOAT, x, y));
            assertEquals(x % y, ConstantFolding.binary(BinaryOp.REM, JType.FLOAT, x, y));
        }
        assertEquals(-1.5, ConstantFolding.binary(BinaryOp.REM, JType.DOUBLE, -7.5, 2.0));
        assertEquals(-1, ConstantFolding.compare(BinaryOp.CMPL, Float.NaN, 1f));
        assertEquals(1, ConstantFolding.compare(BinaryOp.CMPG, Double.NaN, 1.0));
        assertEquals(0, ConstantFolding.compare(BinaryOp.CMPL, -0.0, 0.0));
        assertEquals(-1, ConstantFolding.compare(BinaryOp.CMP, 1L, 2L));
        assertNull(ConstantFolding.compare(BinaryOp.CMP, 1f, 2f), "fcmp is CMPL or CMPG");
    }

    @Test
    void conversionsSaturateTruncateAndNarrow() {
        assertEquals(Integer.MAX_VALUE, ConstantFolding.convert(JType.DOUBLE, JType.INT, 1e300));
        assertEquals(0, ConstantFolding.convert(JType.FLOAT, JType.INT, Float.NaN));
        assertEquals(Long.MIN_VALUE, ConstantFolding.convert(JType.FLOAT, JType.LONG, Float.NEGATIVE_INFINITY));
        assertEquals(1, ConstantFolding.convert(JType.LONG, JType.INT, 0x1_0000_0001L));
        assertEquals(-128, ConstantFolding.convert(JType.INT, JType.BYTE, 128));
        assertEquals(65535, ConstantFolding.convert(JType.INT, JType.CHAR, -1));
        assertEquals((float) 123456789L, ConstantFolding.convert(JType.LONG, JType.FLOAT, 123456789L));
        assertNull(ConstantFolding.convert(JType.LONG, JType.INT, 5), "an Integer is not a long constant");
        assertNull(ConstantFolding.convert(JType.LONG, JType.BYTE, 5L), "l2b is not a JVM conversion");
    }

    @Test
    void sameDistinguishesZerosAndKinds() {
        assertFalse(ConstantFolding.same(0.0, -0.0));
        assertTrue(ConstantFolding.same(Double.NaN, Double.NaN));
        assertFalse(ConstantFolding.same(1, 1L));
        assertTrue(ConstantFolding.same("a", "a"));
        assertTrue(ConstantFolding.same(null, null));
    }
}
