package format;


import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/** BigInteger and BigDecimal arguments: %d %o %x with flags, %f %e %g with precision and rounding. */
public class BigNumbers {
    static void f(String format, Object... args) {
        try {
            System.out.println(format + " -> [" + String.format(format, args) + "]");
        } catch (RuntimeException e) {
            System.out.println(format + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        BigInteger[] ints = {BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(-255), new BigInteger("123456789012345678901234567890"),
                new BigInteger("-98765432109876543210"), BigInteger.TWO.pow(100), BigInteger.TEN.pow(40).negate()};
        String[] intFormats = {"%d", "%,d", "%+d", "%(d", "% d", "%40d|", "%-40d|", "%040d", "%x", "%X", "%#x", "%o", "%#o", "%+x", "%(o"};
        for (BigInteger v : ints) {
            for (String fmt : intFormats) {
                f(fmt, v);
            }
        }
        BigDecimal[] decimals = {BigDecimal.ZERO, new BigDecimal("0.00"), new BigDecimal("1.005"), new BigDecimal("-2.5"),
                new BigDecimal("123456789.987654321"), new BigDecimal("1E+10"), new BigDecimal("1.23E-7"),
                new BigDecimal("-0.000456"), new BigDecimal("9.9999"), new BigDecimal("0.5"), new BigDecimal("1.5"),
                new BigDecimal("2.5"), new BigDecimal(Math.PI), new BigDecimal("1e400"), new BigDecimal("-1e-400")};
        String[] decFormats = {"%f", "%.0f", "%.2f", "%.10f", "%,.3f", "%+.1f", "%(.2f", "%15.4f|", "%e", "%.3e", "%E",
                "%g", "%.2g", "%.10g", "%G", "%s", "%-20s|"};
        for (BigDecimal v : decimals) {
            for (String fmt : decFormats) {
                f(fmt, v);
            }
        }
        f("%a", BigDecimal.ONE);
        f("%d", BigDecimal.ONE);
        f("%f", BigInteger.ONE);
        f("%c", BigInteger.ONE);
        BigInteger big = BigInteger.ONE.shiftLeft(300).subtract(BigInteger.ONE);
        System.out.println(big);
        System.out.println(big.multiply(big).toString(16));
        System.out.println(big.pow(9).bitLength());
        System.out.println(new BigDecimal("2").sqrt(new MathContext(60)));
        System.out.println(BigDecimal.ONE.divide(new BigDecimal(7), new MathContext(40)).toPlainString());
        System.out.println(new BigDecimal("123.4500").stripTrailingZeros() + " " + new BigDecimal("1E3").toPlainString()
                + " " + new BigDecimal("-1.20").toEngineeringString() + " " + new BigDecimal("12345E-10"));
    }
}
