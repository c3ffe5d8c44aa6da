package bigmath;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Every RoundingMode on the classic table of values (5.5, 2.5, 1.6, 1.1, 1.0, -1.0, -1.1, -1.6, -2.5,
 * -5.5) through setScale(0, mode) and round(MathContext), UNNECESSARY's "Rounding necessary" message,
 * RoundingMode.valueOf of the legacy int constants, and rounding of larger precisions with MathContext
 * constants (DECIMAL32/64/128).
 */
public class BigDecimalRoundingModes {
    public static void main(String[] args) {
        String[] values = {"5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5", "0.5", "-0.5", "0.05"};
        for (RoundingMode mode : RoundingMode.values()) {
            StringBuilder sb = new StringBuilder(String.format("%-12s", mode));
            for (String v : values) {
                try {
                    sb.append(' ').append(new BigDecimal(v).setScale(0, mode));
                } catch (ArithmeticException e) {
                    sb.append(" !").append(e.getMessage());
                }
            }
            System.out.println(sb);
        }
        for (RoundingMode mode : RoundingMode.values()) {
            StringBuilder sb = new StringBuilder(String.format("%-12s mc2", mode));
            for (String v : new String[] {"123.456", "-987.5", "0.0012345", "99.5", "1E+5", "-0.000"}) {
                try {
                    sb.append(' ').append(new BigDecimal(v).round(new MathContext(2, mode)));
                } catch (ArithmeticException e) {
                    sb.append(" !").append(e.getMessage());
                }
            }
            System.out.println(sb);
        }
        for (int legacy = 0; legacy <= 7; legacy++) {
            System.out.print(RoundingMode.valueOf(legacy) + " ");
        }
        System.out.println();
        try {
            RoundingMode.valueOf(8);
        } catch (IllegalArgumentException e) {
            System.out.println("valueOf 8: " + e.getMessage());
        }
        BigDecimal third = BigDecimal.ONE.divide(new BigDecimal(3), MathContext.DECIMAL128);
        System.out.println("1/3 decimal128 " + third + " 64 " + BigDecimal.ONE.divide(new BigDecimal(3), MathContext.DECIMAL64)
                + " 32 " + new BigDecimal(2).divide(new BigDecimal(3), MathContext.DECIMAL32));
        System.out.println("mc " + MathContext.DECIMAL64 + " " + new MathContext(7) + " unlimited " + MathContext.UNLIMITED + " equals "
                + new MathContext(16, RoundingMode.HALF_EVEN).equals(MathContext.DECIMAL64) + " parse " + new MathContext("precision=5 roundingMode=UP"));
        try {
            new MathContext(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("negative precision: " + e.getMessage());
        }
        System.out.println("scale of negative " + new BigDecimal("12345").setScale(-2, RoundingMode.HALF_UP) + " "
                + new BigDecimal("12355").setScale(-1, RoundingMode.HALF_EVEN).toPlainString());
    }
}
