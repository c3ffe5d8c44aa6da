package text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Scientific notation: significant digits, engineering exponents, minimum exponent digits, separators. */
public class DecimalFormatExponent {
    static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

    public static void main(String[] args) {
        String[] patterns = {"0E0", "0.0E0", "0.###E0", "00.###E0", "##0.#####E0", "##0.##E0", "#E0", "0.00E00",
            "0.0E000;(0.0E000)", "#,##0.0E0", "000E0", "##0.0E0", "###.###E0"};
        double[] values = {0, 1, -1, 12345, 0.00012345, 1e-300, 6.02214076e23, -299792458, 1.5, 999.9999, 0.1,
            Double.MAX_VALUE, Double.MIN_VALUE, 123456789012.0};
        for (String p : patterns) {
            DecimalFormat f = new DecimalFormat(p, US);
            StringBuilder sb = new StringBuilder(p).append(" [").append(f.toPattern()).append("] int=")
                .append(f.getMinimumIntegerDigits()).append('-').append(f.getMaximumIntegerDigits()).append(" frac=")
                .append(f.getMinimumFractionDigits()).append('-').append(f.getMaximumFractionDigits());
            for (double v : values) sb.append(" | ").append(f.format(v));
            System.out.println(sb);
        }
        DecimalFormat f = new DecimalFormat("0.000E0", US);
        System.out.println(f.format(123456789L) + " " + f.format(Long.MIN_VALUE) + " " + f.format(new BigInteger("98765432109876543210"))
            + " " + f.format(new BigDecimal("-0.000000000000000000012345678")) + " " + f.format(new BigDecimal("1E+500")));
        DecimalFormat e = new DecimalFormat("##0.###E0", US);
        System.out.println(e.format(new BigDecimal("123456.789")) + " " + e.format(new BigDecimal("0.0001234")));
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.US);
        s.setExponentSeparator("x10^");
        DecimalFormat g = new DecimalFormat("0.00E0", s);
        System.out.println(g.format(12345) + " " + g.format(-0.00012) + " " + g.toPattern() + " " + g.toLocalizedPattern());
        s.setExponentSeparator("");
        System.out.println(new DecimalFormat("0.00E0", s).format(12345));
        System.out.println(new DecimalFormat("0.0E0", US).format(Double.NaN) + " " + new DecimalFormat("0.0E0", US).format(Double.NEGATIVE_INFINITY));
    }
}
