// kiln:release=25
package strings;

import java.io.IOException;
import java.io.Reader;

/**
 * CharSequence.getChars (Java SE 25): the default method on a sequence of the program's own (copying through
 * charAt), String's and StringBuilder's overrides, the index checks of the default method and their messages,
 * and Reader.of(CharSequence), which reads through it.
 */
public class CharSequenceGetChars {
    /** The letters a, b, c, ... without storing them. */
    record Letters(int length) implements CharSequence {
        @Override public char charAt(int index) {
            if (index < 0 || index >= length) throw new IndexOutOfBoundsException("letter " + index);
            return (char) ('a' + index % 26);
        }
        @Override public CharSequence subSequence(int start, int end) { return toString().substring(start, end); }
        @Override public String toString() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < length; i++) sb.append(charAt(i));
            return sb.toString();
        }
    }

    static void copy(String label, CharSequence cs, int srcBegin, int srcEnd, int dstLength, int dstBegin) {
        char[] dst = new char[dstLength];
        java.util.Arrays.fill(dst, '.');
        try {
            cs.getChars(srcBegin, srcEnd, dst, dstBegin);
            System.out.println(label + " [" + srcBegin + ", " + srcEnd + ") -> " + dstBegin + ": " + new String(dst));
        } catch (IndexOutOfBoundsException e) {
            System.out.println(label + " [" + srcBegin + ", " + srcEnd + ") -> " + dstBegin + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) throws IOException {
        CharSequence own = new Letters(10);
        int[][] cases = {{0, 10, 10, 0}, {2, 5, 6, 1}, {3, 3, 1, 1}, {0, 0, 0, 0}, {-1, 2, 5, 0}, {4, 2, 5, 0}, {0, 11, 12, 0},
            {0, 5, 4, 0}, {0, 2, 5, 4}, {0, 2, 5, -1}, {1, 3, 2, 0}};
        for (int[] c : cases) copy("own", own, c[0], c[1], c[2], c[3]);
        copy("string", "0123456789", 2, 6, 5, 1);
        copy("builder", new StringBuilder("abcdef"), 1, 4, 4, 0);
        try {
            own.getChars(0, 1, null, 0);
        } catch (NullPointerException e) {
            System.out.println("null destination " + e.getClass().getName());
        }
        Reader r = Reader.of(new Letters(30));
        char[] buf = new char[12];
        int n = r.read(buf, 2, 8);
        System.out.println("Reader.of read " + n + " [" + new String(buf, 2, n) + "] then " + (char) r.read() + " skip " + r.skip(100)
                + " then " + r.read());
    }
}
