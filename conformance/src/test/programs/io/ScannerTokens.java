package io;

import java.util.InputMismatchException;
import java.util.NoSuchElementException;
import java.util.Scanner;

/** Scanner over strings: typed tokens, hasNext checks, delimiters, patterns, radix, and its exceptions. */
public class ScannerTokens {
    public static void main(String[] args) {
        Scanner s = new Scanner("42 -7 3.5 true word 9999999999 0x1F ff");
        System.out.println(s.hasNextInt() + " " + s.nextInt() + " " + s.nextInt() + " " + s.hasNextInt() + " " + s.nextDouble());
        System.out.println(s.nextBoolean() + " " + s.hasNextInt() + " " + s.next() + " " + s.hasNextInt() + " " + s.hasNextLong() + " " + s.nextLong());
        try {
            s.nextInt();
        } catch (InputMismatchException e) {
            System.out.println("InputMismatchException " + e.getMessage());
        }
        System.out.println("skipped " + s.next() + " radix 16 " + s.hasNextInt(16) + " " + s.nextInt(16));
        try {
            s.next();
        } catch (NoSuchElementException e) {
            System.out.println("NoSuchElementException " + e.getMessage());
        }

        s = new Scanner("a,b,,c;d").useDelimiter("[,;]");
        StringBuilder sb = new StringBuilder();
        while (s.hasNext()) sb.append('[').append(s.next()).append(']');
        System.out.println("delimited " + sb + " delimiter " + s.delimiter());

        s = new Scanner("key=value other=42\nsecond line here\nthird");
        System.out.println("findInLine " + s.findInLine("(\\w+)=(\\w+)") + " group " + s.match().group(2));
        System.out.println("hasNext(pattern) " + s.hasNext("other=\\d+") + " next " + s.next("[a-z]+=\\d+"));
        System.out.println("rest [" + s.nextLine() + "] line [" + s.nextLine() + "] skip " + s.skip("th").next());
        System.out.println("hasNextLine " + s.hasNextLine());

        s = new Scanner("1 2 3 x");
        int total = 0;
        while (s.hasNextInt()) total += s.nextInt();
        System.out.println("total " + total + " leftover " + s.next());
        s.close();
        try {
            s.hasNext();
        } catch (IllegalStateException e) {
            System.out.println("IllegalStateException " + e.getMessage());
        }
        s = new Scanner("  spaced\t\ttabs \n\n end ");
        System.out.println(s.next() + "|" + s.next() + "|" + s.next() + "|" + s.hasNext());
        s = new Scanner("line1\r\nline2\rline3\n");
        while (s.hasNextLine()) System.out.println("line [" + s.nextLine() + "]");
        s = new Scanner("12 abc").useRadix(8);
        System.out.println("radix " + s.radix() + " " + s.nextInt());
        System.out.println("tokens " + new Scanner("p q r").tokens().toList());
    }
}
