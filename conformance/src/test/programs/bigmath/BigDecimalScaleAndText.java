package bigmath;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * BigDecimal representation: precision/scale/unscaledValue/signum, toString versus toPlainString versus
 * toEngineeringString across exponents (including the adjusted exponent below -6), stripTrailingZeros
 * (zero included), setScale growing and shrinking, ulp, the string constructor's forms (exponents, signs,
 * leading dot) and its NumberFormatException for bad input, char[] ranges, and intValueExact and friends.
 */
public class BigDecimalScaleAndText {
    public static void main(String[] args) {
        String[] inputs = {"0", "0.00", "-0", "1", "1.50", "123.4500", "-0.000123", "1E+3", "1.23E-10", "12300", "1.2300E+5", "0.0000001",
            "0.000001", "-123456789.987654321", "5E-7", "4.5E+12", "1e0", ".5", "+.5E2", "100E-2", "0E+3", "0E-10", "9.999E+999"};
        for (String s : inputs) {
            BigDecimal v = new BigDecimal(s);
            System.out.println(s + " -> " + v + " plain " + v.toPlainString() + " eng " + v.toEngineeringString() + " precision " + v.precision()
                    + " scale " + v.scale() + " unscaled " + v.unscaledValue() + " signum " + v.signum() + " strip " + v.stripTrailingZeros()
                    + " ulp " + v.ulp());
        }
        String[] bad = {"", "abc", "1.2.3", "1E", "E5", "--1", "1e2147483648", " 1", "0x10", "1_000"};
        for (String s : bad) {
            try {
                System.out.println("bad [" + s + "] parsed " + new BigDecimal(s));
            } catch (NumberFormatException e) {
                System.out.println("bad [" + s + "] NFE " + e.getMessage());
            }
        }
        char[] chars = "xx-12.345yy".toCharArray();
        System.out.println("char range " + new BigDecimal(chars, 2, 7) + " char[] " + new BigDecimal("3.14".toCharArray()));
        BigDecimal v = new BigDecimal("2.50");
        System.out.println("setScale " + v.setScale(4) + " " + v.setScale(1) + " " + v.setScale(0, RoundingMode.HALF_EVEN) + " " + v.setScale(-1, RoundingMode.UP));
        try {
            new BigDecimal("2.55").setScale(1);
        } catch (ArithmeticException e) {
            System.out.println("setScale needs rounding: " + e.getMessage());
        }
        System.out.println("exact " + new BigDecimal("42.000").intValueExact() + " " + new BigDecimal("1E+2").longValueExact()
                + " " + new BigDecimal("-128").byteValueExact() + " toBigIntegerExact " + new BigDecimal("12.0").toBigIntegerExact());
        String[] inexact = {"42.5", "1E+10", "32768", "1E+20"};
        for (String s : inexact) {
            BigDecimal d = new BigDecimal(s);
            try {
                System.out.println(s + " intValueExact " + d.intValueExact());
            } catch (ArithmeticException e) {
                System.out.println(s + " intValueExact: " + e.getMessage());
            }
            try {
                System.out.println(s + " shortValueExact " + d.shortValueExact());
            } catch (ArithmeticException e) {
                System.out.println(s + " shortValueExact: " + e.getMessage());
            }
        }
        System.out.println("truncating " + new BigDecimal("1E+20").intValue() + " " + new BigDecimal("-9.99").longValue() + " " + new BigDecimal("1.5E+400").doubleValue()
                + " " + new BigDecimal("1e-400").doubleValue() + " " + new BigDecimal("0.1").floatValue() + " " + new BigDecimal("123.456").toBigInteger());
        System.out.println("valueOf long scale " + BigDecimal.valueOf(-5, -3) + " " + BigDecimal.valueOf(7, 20) + " ints " + new BigDecimal(42) + " " + new BigDecimal(-7L));
    }
}
