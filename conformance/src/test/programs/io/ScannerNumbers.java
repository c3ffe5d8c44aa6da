package io;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.InputMismatchException;
import java.util.Locale;
import java.util.Scanner;

/** Scanner's locale-sensitive numbers in Locale.US and Locale.ROOT: grouping, signs, decimals, big numbers, bytes and shorts. */
public class ScannerNumbers {
    static void scan(String input, Locale locale) {
        Scanner s = new Scanner(input).useLocale(locale);
        StringBuilder sb = new StringBuilder(locale.toString().isEmpty() ? "ROOT" : locale.toString()).append(':');
        while (s.hasNext()) {
            if (s.hasNextInt()) sb.append(" int ").append(s.nextInt());
            else if (s.hasNextLong()) sb.append(" long ").append(s.nextLong());
            else if (s.hasNextDouble()) sb.append(" double ").append(s.nextDouble());
            else if (s.hasNextBigInteger()) sb.append(" big ").append(s.nextBigInteger());
            else sb.append(" word ").append(s.next());
        }
        System.out.println(sb);
    }

    public static void main(String[] args) {
        String input = "1,234 -5,678,901 +17 3.75 -0.5 1,234.5 12345678901 1e3 NaN Infinity 99999999999999999999 1,23 .5 5. -";
        scan(input, Locale.US);
        scan(input, Locale.ROOT);
        Scanner s = new Scanner("127 128 -32768 3.14159 2.5e-3 123456789012345678901234567890.5").useLocale(Locale.US);
        System.out.println("byte " + s.nextByte() + " hasNextByte " + s.hasNextByte() + " short " + s.nextShort() + " " + s.nextShort());
        System.out.println("float " + s.nextFloat() + " double " + s.nextDouble());
        BigDecimal bd = s.nextBigDecimal();
        System.out.println("bigdecimal " + bd + " scale " + bd.scale());
        s = new Scanner("ff -101 zz").useLocale(Locale.US);
        System.out.println("hex " + s.nextInt(16) + " binary " + s.nextInt(2) + " base36 " + s.nextBigInteger(36));
        s = new Scanner("2147483648").useLocale(Locale.US);
        try {
            s.nextInt();
        } catch (InputMismatchException e) {
            System.out.println("overflow InputMismatchException " + e.getMessage() + " then long " + s.nextLong());
        }
        System.out.println("locale " + new Scanner("x").locale());
        System.out.println(new BigInteger("123").add(new Scanner("7").nextBigInteger()));
    }
}
