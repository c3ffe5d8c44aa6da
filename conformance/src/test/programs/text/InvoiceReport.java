package text;


import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.ChoiceFormat;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;

/** A small report: BigDecimal arithmetic, DecimalFormat columns, MessageFormat lines with choice plurals. */
public class InvoiceReport {
    public static void main(String[] args) {
        DecimalFormatSymbols us = DecimalFormatSymbols.getInstance(Locale.US);
        DecimalFormat money = new DecimalFormat("$#,##0.00;($#,##0.00)", us);
        money.setRoundingMode(RoundingMode.HALF_UP);
        DecimalFormat qty = new DecimalFormat("#,##0.###", us);
        NumberFormat pct = NumberFormat.getPercentInstance(Locale.US);
        pct.setMinimumFractionDigits(1);
        String[] items = {"Widget", "Gadget", "Gizmo", "Doohickey", "Refund"};
        String[] quantities = {"3", "0.5", "1200", "7.125", "-1"};
        String[] prices = {"19.99", "1234.50", "0.035", "2.49", "99.95"};
        MessageFormat line = new MessageFormat("{0} x {1} @ {2} = {3}", Locale.US);
        line.setFormatByArgumentIndex(1, qty);
        line.setFormatByArgumentIndex(2, money);
        line.setFormatByArgumentIndex(3, money);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < items.length; i++) {
            BigDecimal q = new BigDecimal(quantities[i]);
            BigDecimal p = new BigDecimal(prices[i]);
            BigDecimal amount = q.multiply(p);
            total = total.add(amount);
            System.out.println(line.format(new Object[] {items[i], q, p, amount}) + "   (exact " + amount + ")");
        }
        BigDecimal taxRate = new BigDecimal("0.0825");
        BigDecimal tax = total.multiply(taxRate).setScale(2, RoundingMode.HALF_EVEN);
        System.out.println(MessageFormat.format("Subtotal {0}, tax at {1} is {2}", money.format(total), pct.format(taxRate),
            money.format(tax)));
        System.out.println("Total " + money.format(total.add(tax)) + " / plain " + total.add(tax).toPlainString());
        MessageFormat summary = new MessageFormat("{0,choice,0#No items|1#One item|1<{0,number,integer} items} for {1}.", Locale.US);
        for (int n : new int[] {0, 1, 2, 1500}) System.out.println(summary.format(new Object[] {n, "ACME"}));
        ChoiceFormat grade = new ChoiceFormat(new double[] {0, 60, 70, 80, 90}, new String[] {"F", "D", "C", "B", "A"});
        MessageFormat score = new MessageFormat("{0,number,0.0} -> {1}", Locale.US);
        for (double s : new double[] {59.95, 60, 72.5, 89.99, 100}) System.out.println(score.format(new Object[] {s, grade.format(s)}));
    }
}
