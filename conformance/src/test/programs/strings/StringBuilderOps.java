package strings;

/** StringBuilder: append of every type, insert, delete, replace, reverse, setLength, setCharAt, indexOf. */
public class StringBuilderOps {
    static class Tag {
        @Override public String toString() { return "<tag>"; }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(true).append(',').append((byte) 5).append(',').append((short) -6).append(',').append('c').append(',')
                .append(123).append(',').append(-9876543210L).append(',').append(2.5f).append(',').append(-0.125).append(',')
                .append("str").append(',').append((String) null).append(',').append((Object) null).append(',')
                .append(new Tag()).append(',').append(new char[]{'h', 'i'}).append(',').append((CharSequence) "cs")
                .append(',').append(Integer.valueOf(77));
        System.out.println(sb);
        System.out.println(sb.length());
        StringBuilder w = new StringBuilder("hello world");
        w.insert(0, ">> ");
        w.insert(w.length(), '!');
        w.insert(8, 42);
        w.insert(3, true);
        w.insert(1, 1.5);
        w.insert(2, "[ins]");
        System.out.println(w);
        w.delete(0, 3);
        System.out.println(w);
        w.deleteCharAt(w.length() - 1);
        w.deleteCharAt(0);
        System.out.println(w);
        w.replace(0, 4, "REPLACED");
        System.out.println(w);
        w.replace(w.length() - 5, w.length() + 100, "END");
        System.out.println(w);
        w.delete(5, 1000);
        System.out.println(w + " " + w.length());
        w.setCharAt(0, 'r');
        w.setCharAt(4, 'a');
        System.out.println(w);
        w.reverse();
        System.out.println(w);
        w.setLength(3);
        System.out.println(w + " " + w.length());
        w.setLength(6);
        System.out.println(w.length() + " " + (int) w.charAt(4) + " " + (int) w.charAt(5));
        w.setLength(0);
        System.out.println("[" + w + "] " + w.length());
        StringBuilder find = new StringBuilder("abcabcabc");
        System.out.println(find.indexOf("bc") + " " + find.indexOf("bc", 2) + " " + find.indexOf("zz") + " " + find.indexOf("") + " "
                + find.charAt(4));
        StringBuilder pal = new StringBuilder("step on no pets");
        System.out.println(pal.toString().equals(new StringBuilder(pal).reverse().toString()));
        StringBuilder big = new StringBuilder();
        for (int k = 0; k < 1000; k++) {
            big.append(k % 10);
        }
        System.out.println(big.length() + " " + big.charAt(999) + " " + big.indexOf("789012"));
        StringBuilder chain = new StringBuilder("x");
        for (int k = 0; k < 10; k++) {
            chain.append(chain.length());
        }
        System.out.println(chain);
        StringBuilder surrogate = new StringBuilder("a\uD83D\uDE00b");
        surrogate.reverse();
        StringBuilder codes = new StringBuilder();
        for (int k = 0; k < surrogate.length(); k++) {
            codes.append(Integer.toHexString(surrogate.charAt(k))).append(' ');
        }
        System.out.println(codes);
        String s = new StringBuilder().append(1).append('+').append(1).append('=').append(1 + 1).toString();
        System.out.println(s);
    }
}
