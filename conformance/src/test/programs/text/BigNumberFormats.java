package text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/** BigDecimal and BigInteger through DecimalFormat, and BigDecimal's own text forms. */
public class BigNumberFormats {
    public static void main(String[] args) {
        DecimalFormatSymbols us = DecimalFormatSymbols.getInstance(Locale.US);
        String[] decimals = {"0", "0.00", "-0.000", "1E+3", "1.23E-10", "123456789012345678901234567890.987654321",
            "-0.00000000000000000000000000001", "99.995", "0.5", "1.5", "-2.5", "3.14159265358979323846264338327950288",
            "1E-400", "-7E+400", "12.00", "100"};
        String[] patterns = {"#,##0.00", "0.###", "0.00000000000000000000000000000000000000", "#,##0", "0.00E0", "##0.###E0", "0.0%"};
        for (String p : patterns) {
            DecimalFormat f = new DecimalFormat(p, us);
            StringBuilder sb = new StringBuilder(p);
            for (String d : decimals) sb.append(" | ").append(f.format(new BigDecimal(d)));
            System.out.println(sb);
        }
        for (String d : decimals) {
            BigDecimal b = new BigDecimal(d);
            System.out.println(d + " -> " + b + " / " + b.toPlainString() + " / " + b.toEngineeringString() + " / "
                + b.stripTrailingZeros() + " scale=" + b.scale() + " precision=" + b.precision());
        }
        BigDecimal third = BigDecimal.ONE.divide(BigDecimal.valueOf(3), new MathContext(50));
        System.out.println(third + " " + new DecimalFormat("0.0000", us).format(third));
        System.out.println(BigDecimal.valueOf(1234.5).setScale(-2, RoundingMode.HALF_UP) + " "
            + BigDecimal.valueOf(12, -5) + " " + BigDecimal.valueOf(12, 9) + " " + new BigDecimal("1.10").multiply(new BigDecimal("2.0")));
        BigInteger[] ints = {BigInteger.ZERO, BigInteger.TEN.pow(40), BigInteger.valueOf(-5).pow(31), new BigInteger("123456789")};
        DecimalFormat g = new DecimalFormat("#,##0.##", us);
        DecimalFormat e = new DecimalFormat("0.####E0", us);
        for (BigInteger i : ints) {
            System.out.println(i + " " + g.format(i) + " " + e.format(i) + " " + NumberFormat.getPercentInstance(Locale.US).format(i));
        }
        g.setParseBigDecimal(true);
        for (String s : new String[] {"123,456,789,012,345,678,901.25", "-0.0000000000000000001", "1E5", "12,34"}) {
            Number n = g.parse(s, new ParsePosition(0));
            System.out.println("parse " + s + " -> " + n + " " + n.getClass().getSimpleName());
        }
        DecimalFormat r = new DecimalFormat("0.0", us);
        for (RoundingMode m : RoundingMode.values()) {
            r.setRoundingMode(m);
            StringBuilder sb = new StringBuilder(m.toString());
            for (String d : new String[] {"0.05", "-0.05", "0.15", "0.25000000000000000000001", "9.95", "-9.95"}) {
                try {
                    sb.append(' ').append(r.format(new BigDecimal(d)));
                } catch (ArithmeticException ex) {
                    sb.append(" AE");
                }
            }
            System.out.println(sb);
        }
    }
}
