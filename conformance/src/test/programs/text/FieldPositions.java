package text;

import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.Format;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/** FieldPosition by field constant and by attribute, and formatToCharacterIterator's runs. */
public class FieldPositions {
    static void positions(DecimalFormat f, Object value) {
        StringBuilder sb = new StringBuilder(f.toPattern() + " " + value + ":");
        NumberFormat.Field[] fields = {NumberFormat.Field.INTEGER, NumberFormat.Field.FRACTION,
            NumberFormat.Field.DECIMAL_SEPARATOR, NumberFormat.Field.GROUPING_SEPARATOR, NumberFormat.Field.SIGN,
            NumberFormat.Field.PERCENT, NumberFormat.Field.PERMILLE, NumberFormat.Field.EXPONENT,
            NumberFormat.Field.EXPONENT_SIGN, NumberFormat.Field.EXPONENT_SYMBOL, NumberFormat.Field.CURRENCY};
        String text = null;
        for (NumberFormat.Field field : fields) {
            FieldPosition pos = new FieldPosition(field);
            StringBuffer out = f.format(value, new StringBuffer(">>"), pos);
            text = out.toString();
            if (pos.getEndIndex() != 0) sb.append(' ').append(field).append('[').append(pos.getBeginIndex()).append(',').append(pos.getEndIndex()).append(')');
        }
        FieldPosition intPos = new FieldPosition(NumberFormat.INTEGER_FIELD);
        FieldPosition fracPos = new FieldPosition(NumberFormat.FRACTION_FIELD);
        f.format(value, new StringBuffer(), intPos);
        f.format(value, new StringBuffer(), fracPos);
        sb.append(" | ").append(text).append(" int=").append(intPos.getBeginIndex()).append('-').append(intPos.getEndIndex())
            .append(" frac=").append(fracPos.getBeginIndex()).append('-').append(fracPos.getEndIndex());
        System.out.println(sb);
    }

    static void runs(Format f, Object value) {
        AttributedCharacterIterator it = f.formatToCharacterIterator(value);
        StringBuilder sb = new StringBuilder("runs " + value + ":");
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.setIndex(it.getRunLimit())) {
            int start = it.getIndex();
            int limit = it.getRunLimit();
            StringBuilder text = new StringBuilder();
            for (int i = start; i < limit; i++) text.append(it.setIndex(i));
            it.setIndex(start);
            Map<AttributedCharacterIterator.Attribute, Object> attrs = it.getAttributes();
            sb.append(" \"").append(text).append("\"").append(new java.util.TreeMap<String, Object>(toNames(attrs)).keySet());
        }
        System.out.println(sb + " all=" + new java.util.TreeSet<String>(toNames(it.getAllAttributeKeys())));
    }

    static java.util.Map<String, Object> toNames(Map<AttributedCharacterIterator.Attribute, Object> attrs) {
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        for (Map.Entry<AttributedCharacterIterator.Attribute, Object> e : attrs.entrySet()) m.put(e.getKey().toString(), e.getValue());
        return m;
    }

    static java.util.Set<String> toNames(java.util.Set<AttributedCharacterIterator.Attribute> keys) {
        java.util.Set<String> s = new java.util.HashSet<>();
        for (AttributedCharacterIterator.Attribute a : keys) s.add(a.toString());
        return s;
    }

    public static void main(String[] args) {
        DecimalFormatSymbols us = DecimalFormatSymbols.getInstance(Locale.US);
        DecimalFormat plain = new DecimalFormat("#,##0.00", us);
        DecimalFormat sci = new DecimalFormat("0.00E0", us);
        DecimalFormat pct = new DecimalFormat("0.0%", us);
        DecimalFormat mil = new DecimalFormat("#\u2030", us);
        for (Object v : new Object[] {1234567.891, -0.5, 0, 42L}) {
            positions(plain, v);
            positions(sci, v);
            positions(pct, v);
        }
        positions(sci, 1.5e-7);
        positions(mil, 0.125);
        runs(plain, -1234567.891);
        runs(sci, -0.000123);
        runs(pct, 0.5);
        runs(new DecimalFormat("'x'#,##0.0' y'", us), 1234.5);
        FieldPosition p = new FieldPosition(NumberFormat.Field.INTEGER, NumberFormat.INTEGER_FIELD);
        System.out.println(p.getField() + " " + p.getFieldAttribute() + " " + p);
        p.setBeginIndex(3);
        p.setEndIndex(7);
        System.out.println(p + " " + p.equals(new FieldPosition(NumberFormat.Field.INTEGER, NumberFormat.INTEGER_FIELD)));
        System.out.println(NumberFormat.Field.SIGN + " " + NumberFormat.Field.EXPONENT_SYMBOL + " " + NumberFormat.Field.PREFIX
            + " " + NumberFormat.Field.SUFFIX);
    }
}
