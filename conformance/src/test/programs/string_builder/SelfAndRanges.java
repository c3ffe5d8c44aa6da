package string_builder;

/**
 * StringBuilder operations whose argument is the builder itself or a range: append and insert of the
 * builder into itself, append/insert of CharSequence and char[] ranges (and their exceptions), delete
 * and replace with ends past the length, indexOf/lastIndexOf with out-of-range starts, substring and
 * subSequence and getChars of the builder, setLength padding with NUL, negative capacity, and objects
 * whose toString returns null.
 */
public class SelfAndRanges {
    static int i(int v) { return v; }

    static class NullText {
        @Override
        public String toString() { return null; }
    }

    static class Seq implements CharSequence {
        final String s;

        Seq(String s) { this.s = s; }

        public int length() { return s.length(); }

        public char charAt(int index) { return s.charAt(index); }

        public CharSequence subSequence(int start, int end) { return new Seq(s.substring(start, end)); }

        @Override
        public String toString() { return s; }
    }

    static class Liar extends Seq {
        Liar(String s) { super(s); }

        @Override
        public String toString() { return "LIE"; }
    }

    interface Op { Object run(); }

    static void attempt(String label, Op op) {
        try {
            Object r = op.run();
            String text = String.valueOf(r).replace('\0', '0');
            System.out.println(label + ": \"" + text + "\"");
        } catch (IndexOutOfBoundsException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        } catch (NegativeArraySizeException e) {
            System.out.println(label + ": NegativeArraySizeException " + e.getMessage());
        } catch (NullPointerException e) {
            System.out.println(label + ": NPE");
        }
    }

    public static void main(String[] args) {
        attempt("append self", () -> {
            StringBuilder sb = new StringBuilder("ab");
            return sb.append(sb).append(sb);
        });
        attempt("insert self", () -> {
            StringBuilder sb = new StringBuilder("xyz");
            return sb.insert(i(1), sb);
        });
        attempt("insert self range", () -> {
            StringBuilder sb = new StringBuilder("12345");
            return sb.insert(i(2), sb, i(1), i(4));
        });
        attempt("append self range", () -> {
            StringBuilder sb = new StringBuilder("12345");
            return sb.append(sb, i(3), i(5));
        });
        attempt("insert self at ends and as Object", () -> {
            StringBuilder a = new StringBuilder("12345");
            StringBuilder b = new StringBuilder("12345");
            StringBuilder c = new StringBuilder("12345");
            StringBuilder d = new StringBuilder("12345");
            return a.insert(i(0), (CharSequence) a) + " " + b.insert(i(5), (CharSequence) b) + " " + c.insert(i(3), (Object) c) + " "
                    + d.append(d, i(0), i(5));
        });
        attempt("sequence with other toString", () -> new StringBuilder("<>").insert(i(1), new Liar("chars")).append(new Liar("more"))
                .append(new Liar("xyz"), i(1), i(2)).insert(i(0), (Object) new Liar("obj")).append(new StringBuilder(new Liar("ctor"))));
        attempt("replace with self", () -> {
            StringBuilder sb = new StringBuilder("abc");
            return sb.replace(i(1), i(2), sb.toString());
        });
        int[][] ranges = {{0, 3}, {1, 1}, {2, 1}, {-1, 2}, {0, 7}, {6, 6}, {3, 5}};
        for (int[] r : ranges) {
            int a = i(r[0]);
            int b = i(r[1]);
            attempt("append cs " + a + "," + b, () -> new StringBuilder("<").append(new Seq("hello"), a, b));
            attempt("append null cs " + a + "," + b, () -> new StringBuilder("<").append((CharSequence) null, a, b));
            attempt("append chars " + a + "," + b, () -> new StringBuilder("<").append(new char[] {'h', 'e', 'l', 'l', 'o'}, a, b));
            attempt("insert cs " + a + "," + b, () -> new StringBuilder("[]").insert(i(1), new Seq("hello"), a, b));
            attempt("delete " + a + "," + b, () -> new StringBuilder("hello").delete(a, b));
            attempt("replace " + a + "," + b, () -> new StringBuilder("hello").replace(a, b, "XY"));
            attempt("substring " + a + "," + b, () -> new StringBuilder("hello").substring(a, b));
            attempt("subSequence " + a + "," + b, () -> new StringBuilder("hello").subSequence(a, b));
            attempt("getChars " + a + "," + b, () -> {
                char[] dst = {'.', '.', '.', '.'};
                new StringBuilder("hello").getChars(a, b, dst, 1);
                return new String(dst);
            });
        }
        StringBuilder find = new StringBuilder("abcabcab");
        int[] froms = {-5, 0, 1, 3, 7, 8, 9, 100, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int f : froms) {
            System.out.println("from " + f + ": " + find.indexOf("ab", f) + " " + find.lastIndexOf("ab", f) + " " + find.indexOf("", f)
                    + " " + find.lastIndexOf("", f) + " " + find.indexOf("b", f) + " " + find.lastIndexOf("cab", f));
        }
        attempt("substring start", () -> new StringBuilder("hello").substring(i(2)));
        attempt("substring start past", () -> new StringBuilder("hello").substring(i(6)));
        attempt("setLength pads", () -> {
            StringBuilder sb = new StringBuilder("ab");
            sb.setLength(i(5));
            return sb.length() + " " + sb + " " + (int) sb.charAt(4);
        });
        attempt("setLength shrinks then append", () -> {
            StringBuilder sb = new StringBuilder("abcdef");
            sb.setLength(i(2));
            return sb.append("Z").append(sb.length());
        });
        attempt("negative capacity", () -> new StringBuilder(i(-1)));
        attempt("null text object", () -> new StringBuilder().append(new NullText()).append('|').insert(i(0), new NullText()));
        attempt("null pieces", () -> new StringBuilder().append((String) null).append((StringBuilder) null).append((char[]) new char[0])
                .insert(i(0), (String) null).insert(i(0), (Object) null));
        attempt("insert null char[]", () -> new StringBuilder("ab").insert(i(1), (char[]) null));
        attempt("append numbers", () -> new StringBuilder().append(-0.0f).append(' ').append(1e-7).append(' ').append(Float.NaN).append(' ')
                .append(1e21).append(' ').append(Long.MIN_VALUE).append(' ').append(100.0f / 3).append(' ').append((char) 65).append((int) 'A'));
        attempt("insert numbers", () -> new StringBuilder("|").insert(i(0), 1e-5).insert(i(0), 'c').insert(i(1), Integer.MIN_VALUE)
                .insert(i(0), false).insert(i(0), 12345678901L).insert(i(0), 0.1f));
        attempt("CharSequence ctor", () -> new StringBuilder(new Seq("seq")).append(new StringBuilder("!")).reverse());
        attempt("compareTo", () -> new StringBuilder("abc").compareTo(new StringBuilder("abd")) + " " + new StringBuilder("abc").compareTo(new StringBuilder("ab"))
                + " " + new StringBuilder("").compareTo(new StringBuilder("")));
    }
}
