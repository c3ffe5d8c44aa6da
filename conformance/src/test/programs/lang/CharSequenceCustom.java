package lang;

import java.util.stream.Collectors;

/**
 * A program's own CharSequence used by the library: String.contentEquals, StringBuilder.append/insert of
 * it and of its ranges, String.join, CharSequence.compare, the default chars()/codePoints() and isEmpty
 * (JDK 15), String.valueOf/concatenation through toString, regex matching over it, and
 * Character.codePointAt on it.
 */
public class CharSequenceCustom {
    /** Reversed view of a string, without copying. */
    static final class Reversed implements CharSequence {
        private final String s;

        Reversed(String s) {
            this.s = s;
        }

        public int length() {
            return s.length();
        }

        public char charAt(int index) {
            if (index < 0 || index >= s.length()) {
                throw new IndexOutOfBoundsException("reversed index " + index);
            }
            return s.charAt(s.length() - 1 - index);
        }

        public CharSequence subSequence(int start, int end) {
            return new StringBuilder(this).substring(start, end);
        }

        @Override
        public String toString() {
            return new StringBuilder(s).reverse().toString();
        }
    }

    public static void main(String[] args) {
        Reversed r = new Reversed("nlik");
        System.out.println("toString " + r + " length " + r.length() + " charAt " + r.charAt(0) + " sub " + r.subSequence(1, 3));
        System.out.println("contentEquals " + "kiln".contentEquals(r) + " " + "kilo".contentEquals(r));
        StringBuilder sb = new StringBuilder("<").append(r).append('|').append(r, 1, 3).append('>');
        sb.insert(1, (CharSequence) new Reversed("ba"));
        sb.insert(0, new Reversed("zyx"), 0, 2);
        System.out.println("builder " + sb);
        System.out.println("join " + String.join(new Reversed(",-"), r, new Reversed("msaw")));
        System.out.println("compare " + CharSequence.compare(r, "kiln") + " " + CharSequence.compare(r, "kilm") + " " + CharSequence.compare(new Reversed(""), r));
        System.out.println("chars " + r.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining(",")) + " codePoints "
                + new Reversed("\ude00\ud83dx").codePoints().count() + " isEmpty " + r.isEmpty() + " " + new Reversed("").isEmpty());
        System.out.println("concat " + ("[" + r + "]") + " valueOf " + String.valueOf((Object) r));
        System.out.println("regex " + java.util.regex.Pattern.matches("k.*n", r) + " find " + java.util.regex.Pattern.compile("il").matcher(r).find());
        System.out.println("codePointAt " + Integer.toHexString(Character.codePointAt(new Reversed("\ude00\ud83d"), 0)));
        try {
            r.charAt(9);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("own exception: " + e.getMessage());
        }
        try {
            new StringBuilder().append(r, 2, 9);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("append range " + e.getClass().getSimpleName());
        }
    }
}
