package bigmath;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * BigDecimal arithmetic: the preferred scales of add/subtract/multiply/divide, divide with a scale and a
 * rounding mode, divide with a MathContext, the exact divide's "Non-terminating decimal expansion; no exact
 * representable decimal result." message, divideToIntegralValue/remainder/divideAndRemainder, pow (with
 * and without MathContext), sqrt (JDK 9), negate/abs/plus with contexts, movePointLeft/Right,
 * scaleByPowerOfTen, and division by zero messages.
 */
public class BigDecimalArithmetic {
    interface Op {
        Object run();
    }

    static void attempt(String label, Op op) {
        try {
            System.out.println(label + " = " + op.run());
        } catch (ArithmeticException e) {
            System.out.println(label + " -> ArithmeticException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        BigDecimal a = new BigDecimal("123.4500");
        BigDecimal b = new BigDecimal("-0.03");
        BigDecimal c = new BigDecimal("7E+3");
        System.out.println("add " + a.add(b) + " " + a.add(c) + " sub " + c.subtract(a) + " mul " + a.multiply(b) + " " + b.multiply(c));
        attempt("divide exact", () -> a.divide(new BigDecimal("0.5")));
        attempt("divide exact 8", () -> BigDecimal.ONE.divide(new BigDecimal("8")));
        attempt("divide non-terminating", () -> BigDecimal.ONE.divide(new BigDecimal("3")));
        attempt("divide scale", () -> BigDecimal.ONE.divide(new BigDecimal("3"), 5, RoundingMode.HALF_UP));
        attempt("divide mode", () -> a.divide(new BigDecimal("7"), RoundingMode.DOWN));
        attempt("divide mc", () -> new BigDecimal("22").divide(new BigDecimal("7"), new MathContext(10)));
        attempt("divide by zero", () -> a.divide(BigDecimal.ZERO));
        attempt("zero by zero", () -> BigDecimal.ZERO.divide(BigDecimal.ZERO));
        attempt("divide by zero scale", () -> a.divide(BigDecimal.ZERO, 2, RoundingMode.UP));
        attempt("zero divided", () -> new BigDecimal("0.000").divide(new BigDecimal("4.0")));
        attempt("divideToIntegralValue", () -> a.divideToIntegralValue(new BigDecimal("0.7")));
        attempt("remainder", () -> a.remainder(new BigDecimal("0.7")) + " " + new BigDecimal("-7.5").remainder(new BigDecimal("2")));
        attempt("divideAndRemainder", () -> {
            BigDecimal[] qr = new BigDecimal("100.25").divideAndRemainder(new BigDecimal("3"));
            return qr[0] + " r " + qr[1];
        });
        attempt("pow", () -> new BigDecimal("1.1").pow(10) + " " + new BigDecimal("-2.50").pow(3) + " " + new BigDecimal("9.99").pow(0));
        attempt("pow mc", () -> new BigDecimal("1.1").pow(50, MathContext.DECIMAL32) + " " + new BigDecimal("2").pow(-2, MathContext.DECIMAL64));
        attempt("pow negative", () -> BigDecimal.TEN.pow(-1));
        attempt("sqrt", () -> new BigDecimal("2").sqrt(new MathContext(30)) + " " + new BigDecimal("1.44").sqrt(MathContext.DECIMAL64)
                + " " + new BigDecimal("0.0000").sqrt(MathContext.DECIMAL32));
        attempt("sqrt negative", () -> new BigDecimal("-4").sqrt(MathContext.DECIMAL64));
        System.out.println("negate " + b.negate() + " abs " + b.abs() + " plus mc " + a.plus(new MathContext(3)) + " negate mc "
                + a.negate(new MathContext(2, RoundingMode.CEILING)) + " abs mc " + b.abs(new MathContext(1)));
        System.out.println("move " + a.movePointLeft(3) + " " + a.movePointRight(6) + " " + a.movePointLeft(-2) + " scaleBy " + a.scaleByPowerOfTen(5)
                + " " + a.scaleByPowerOfTen(-5));
        System.out.println("add mc " + new BigDecimal("1E+10").add(new BigDecimal("1"), new MathContext(5)) + " multiply mc "
                + a.multiply(a, new MathContext(4, RoundingMode.HALF_DOWN)) + " subtract mc " + a.subtract(b, MathContext.DECIMAL32));
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 10; i++) {
            sum = sum.add(new BigDecimal("0.1"));
        }
        System.out.println("ten tenths " + sum + " equals one " + sum.equals(BigDecimal.ONE) + " compareTo " + sum.compareTo(BigDecimal.ONE));
        BigDecimal compound = new BigDecimal("1000.00");
        for (int year = 0; year < 10; year++) {
            compound = compound.multiply(new BigDecimal("1.05")).setScale(2, RoundingMode.HALF_EVEN);
        }
        System.out.println("compound " + compound + " unscaled " + compound.unscaledValue() + " ctor " + new BigDecimal(BigInteger.valueOf(12345), 3)
                + " " + new BigDecimal(BigInteger.valueOf(12345), -3) + " valueOf " + BigDecimal.valueOf(12345, 2));
    }
}
