package lang;

/**
 * Integer and Long parsing: parseInt/valueOf/decode with radixes, signs, leading zeros and the "0x", "#",
 * "0" prefixes of decode, parseUnsignedInt/Long, the CharSequence-range forms, MIN/MAX boundaries, and
 * every NumberFormatException message (empty, sign only, bad digit, overflow, bad radix, null).
 */
public class IntegerParsing {
    interface Op {
        Object run();
    }

    static void attempt(String label, Op op) {
        try {
            System.out.println(label + " -> " + op.run());
        } catch (RuntimeException e) {
            System.out.println(label + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] ints = {"0", "-0", "+42", "-2147483648", "2147483647", "2147483648", "-2147483649", "007", "", "-", "+",
            "12a", " 1", "1 ", "99999999999", "\u0665"};
        for (String s : ints) {
            attempt("parseInt \"" + s + "\"", () -> Integer.parseInt(s));
        }
        attempt("radix 2", () -> Integer.parseInt("-1011", 2));
        attempt("radix 16", () -> Integer.parseInt("7fffffff", 16));
        attempt("radix 16 overflow", () -> Integer.parseInt("80000000", 16));
        attempt("radix 36", () -> Integer.parseInt("Kiln", 36));
        attempt("radix 1", () -> Integer.parseInt("1", 1));
        attempt("radix 37", () -> Integer.parseInt("1", 37));
        attempt("radix 8 bad digit", () -> Integer.parseInt("789", 8));
        attempt("null", () -> Integer.parseInt(null));
        attempt("null radix", () -> Integer.parseInt(null, 16));
        attempt("valueOf radix", () -> Integer.valueOf("-ff", 16));
        attempt("range", () -> Integer.parseInt("xx1234yy", 2, 6, 10));
        attempt("range bad", () -> Integer.parseInt("xx12", 1, 4, 10));
        attempt("range oob", () -> Integer.parseInt("12", 0, 3, 10));
        String[] decodes = {"0x1F", "0X1f", "#ff", "-#10", "010", "-010", "0", "+0x7fffffff", "-0x80000000", "0x80000000", "0x", "#", "-",
            "08", "--1", "0x-1", " 5"};
        for (String s : decodes) {
            attempt("decode \"" + s + "\"", () -> Integer.decode(s));
        }
        attempt("long max", () -> Long.parseLong("9223372036854775807"));
        attempt("long overflow", () -> Long.parseLong("9223372036854775808"));
        attempt("long min", () -> Long.parseLong("-9223372036854775808"));
        attempt("long hex", () -> Long.parseLong("-7fffffffffffffff", 16));
        attempt("long suffix", () -> Long.parseLong("10L"));
        attempt("long decode", () -> Long.decode("-0x8000000000000000"));
        attempt("long decode octal", () -> Long.decode("0777"));
        attempt("unsigned int", () -> Integer.parseUnsignedInt("4294967295"));
        attempt("unsigned int over", () -> Integer.parseUnsignedInt("4294967296"));
        attempt("unsigned int minus", () -> Integer.parseUnsignedInt("-1"));
        attempt("unsigned int plus", () -> Integer.parseUnsignedInt("+17"));
        attempt("unsigned long", () -> Long.parseUnsignedLong("18446744073709551615"));
        attempt("unsigned long over", () -> Long.parseUnsignedLong("18446744073709551616"));
        attempt("unsigned long hex", () -> Long.parseUnsignedLong("ffffffffffffffff", 16));
        attempt("short", () -> Short.parseShort("-32768"));
        attempt("short over", () -> Short.parseShort("32768"));
        attempt("byte hex", () -> Byte.parseByte("7f", 16));
        attempt("byte over", () -> Byte.parseByte("128"));
        attempt("byte decode", () -> Byte.decode("-0x80"));
        attempt("short decode over", () -> Short.decode("0x8000"));
        attempt("boolean", () -> Boolean.parseBoolean("TrUe") + " " + Boolean.parseBoolean("yes") + " " + Boolean.parseBoolean(null));
        attempt("getInteger missing", () -> Integer.getInteger("kiln.no.such.property", 5));
        System.setProperty("kiln.test.number", "0x1F");
        System.setProperty("kiln.test.text", "twelve");
        attempt("getInteger hex", () -> Integer.getInteger("kiln.test.number", 5));
        attempt("getInteger text", () -> Integer.getInteger("kiln.test.text"));
        attempt("getInteger empty", () -> Integer.getInteger("", Integer.valueOf(7)));
        attempt("getInteger null", () -> Integer.getInteger(null, 8));
        attempt("getLong hex", () -> Long.getLong("kiln.test.number"));
        attempt("getLong text", () -> Long.getLong("kiln.test.text", 9L));
        attempt("getLong missing", () -> Long.getLong("kiln.no.such.property", Long.valueOf(10)));
    }
}
