package bigmath;

import java.math.BigInteger;

/**
 * BigInteger arithmetic: add/subtract/multiply/divide/remainder/divideAndRemainder/mod with every sign
 * combination (truncating division versus mod's non-negative result), negate/abs/signum, pow, factorials
 * large enough to take the Karatsuba path, min/max, compareTo/equals/hashCode, the conversions to
 * primitives (exact and truncating), and the ArithmeticException messages of division by zero,
 * negative exponents and negative moduli.
 */
public class BigIntegerArithmetic {
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

    static BigInteger factorial(int n) {
        BigInteger r = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            r = r.multiply(BigInteger.valueOf(i));
        }
        return r;
    }

    public static void main(String[] args) {
        BigInteger[] xs = {new BigInteger("123456789012345678901234567890"), BigInteger.valueOf(-17), BigInteger.ZERO, BigInteger.valueOf(Long.MIN_VALUE)};
        BigInteger[] ys = {BigInteger.valueOf(7), BigInteger.valueOf(-7), new BigInteger("-98765432109876543210")};
        for (BigInteger x : xs) {
            for (BigInteger y : ys) {
                BigInteger[] qr = x.divideAndRemainder(y);
                System.out.println(x + " op " + y + ": + " + x.add(y) + " - " + x.subtract(y) + " * " + x.multiply(y) + " / " + x.divide(y)
                        + " % " + x.remainder(y) + " qr " + qr[0] + "," + qr[1] + " mod|y| " + x.mod(y.abs()) + " cmp " + x.compareTo(y)
                        + " min " + x.min(y) + " max " + x.max(y));
            }
        }
        BigInteger f100 = factorial(100);
        System.out.println("100! = " + f100 + " bits " + f100.bitLength() + " digits " + f100.toString().length());
        BigInteger f1000 = factorial(1000);
        System.out.println("1000! digits " + f1000.toString().length() + " mod 1e9+7 " + f1000.mod(BigInteger.valueOf(1_000_000_007))
                + " hash " + f1000.hashCode());
        BigInteger big = BigInteger.TWO.pow(4000).subtract(BigInteger.ONE);
        BigInteger sq = big.multiply(big);
        System.out.println("(2^4000-1)^2 bits " + sq.bitLength() + " low " + sq.mod(BigInteger.TEN.pow(30)) + " back " + sq.divide(big).equals(big));
        System.out.println("pow " + BigInteger.valueOf(-3).pow(41) + " " + BigInteger.TEN.pow(0) + " " + BigInteger.ZERO.pow(0));
        System.out.println("negate/abs/signum " + BigInteger.valueOf(5).negate() + " " + BigInteger.valueOf(-5).abs() + " " + BigInteger.valueOf(-5).signum()
                + " " + BigInteger.ZERO.signum());
        BigInteger wide = new BigInteger("18446744073709551621");
        System.out.println("intValue " + wide.intValue() + " longValue " + wide.longValue() + " doubleValue " + wide.doubleValue() + " floatValue " + wide.floatValue());
        attempt("longValueExact", () -> wide.longValueExact());
        attempt("intValueExact", () -> BigInteger.valueOf(1L << 31).intValueExact());
        attempt("shortValueExact", () -> BigInteger.valueOf(-32768).shortValueExact());
        attempt("byteValueExact", () -> BigInteger.valueOf(128).byteValueExact());
        attempt("divide by zero", () -> BigInteger.ONE.divide(BigInteger.ZERO));
        attempt("remainder by zero", () -> BigInteger.ONE.remainder(BigInteger.ZERO));
        attempt("mod negative", () -> BigInteger.ONE.mod(BigInteger.valueOf(-3)));
        attempt("pow negative", () -> BigInteger.TWO.pow(-1));
        System.out.println("equals " + BigInteger.valueOf(42).equals(new BigInteger("42")) + " " + BigInteger.valueOf(42).equals(42L)
                + " hash " + BigInteger.valueOf(42).hashCode() + " " + BigInteger.valueOf(-42).hashCode() + " " + new BigInteger("123456789012345678901234567890").hashCode());
        System.out.println("constants " + BigInteger.ZERO + " " + BigInteger.ONE + " " + BigInteger.TWO + " " + BigInteger.TEN + " valueOf cache "
                + (BigInteger.valueOf(3) == BigInteger.valueOf(3)));
        BigInteger fib = fibonacci(300);
        System.out.println("fib(300) " + fib);
    }

    static BigInteger fibonacci(int n) {
        BigInteger a = BigInteger.ZERO;
        BigInteger b = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            BigInteger t = a.add(b);
            a = b;
            b = t;
        }
        return a;
    }
}
