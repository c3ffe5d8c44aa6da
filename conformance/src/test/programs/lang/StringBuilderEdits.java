package lang;

/**
 * StringBuilder editing: insert of every type at every position, delete/deleteCharAt, replace past the
 * end, reverse keeping surrogate pairs together (and an unpaired surrogate alone), setLength growing with
 * NULs and shrinking, the code point methods, capacity growth and trimToSize/ensureCapacity, and the
 * exceptions' types for bad indexes.
 */
public class StringBuilderEdits {
    static String codes(CharSequence s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                sb.append(c);
            } else {
                sb.append("<").append(Integer.toHexString(c)).append(">");
            }
        }
        return sb.toString();
    }

    interface Edit {
        Object run();
    }

    static void attempt(String label, Edit e) {
        try {
            System.out.println(label + " -> " + e.run());
        } catch (RuntimeException ex) {
            System.out.println(label + " -> " + ex.getClass().getName());
        }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("kiln");
        sb.insert(0, true).insert(4, 'X').insert(sb.length(), 3.5).insert(2, 42).insert(1, 7L).insert(0, 1.5f)
                .insert(3, new char[] {'c', 'd'}).insert(0, (Object) null).insert(0, (String) null)
                .insert(5, "abcdef", 1, 3).insert(2, new char[] {'p', 'q', 'r'}, 1, 2);
        System.out.println("inserted " + sb);
        sb.delete(0, 8);
        System.out.println("delete " + sb);
        sb.delete(5, 1000);
        System.out.println("delete past end " + sb);
        sb.deleteCharAt(0).deleteCharAt(sb.length() - 1);
        System.out.println("deleteCharAt " + sb);
        StringBuilder r = new StringBuilder("hello world");
        r.replace(0, 5, "HOWDY").replace(6, 100, "kiln").replace(5, 5, ",");
        System.out.println("replace " + r);
        StringBuilder pair = new StringBuilder("a\ud83d\ude00b\ud834\udd1ec");
        System.out.println("reverse pairs " + codes(pair.reverse()));
        System.out.println("reverse lone " + codes(new StringBuilder("x\ud800y\udc00z").reverse()));
        System.out.println("reverse swapped " + codes(new StringBuilder("\udc00\ud800").reverse()));
        StringBuilder len = new StringBuilder("abcdef");
        len.setLength(3);
        System.out.println("shrink " + len + " " + len.length());
        len.setLength(5);
        System.out.println("grow " + codes(len) + " " + len.length());
        StringBuilder cp = new StringBuilder("A\ud801\udc00B");
        cp.appendCodePoint(0x1f600).appendCodePoint('!');
        System.out.println("codePointAt " + Integer.toHexString(cp.codePointAt(1)) + " " + Integer.toHexString(cp.codePointAt(2))
                + " before " + Integer.toHexString(cp.codePointBefore(3)) + " count " + cp.codePointCount(0, cp.length())
                + " offset " + cp.offsetByCodePoints(0, 3) + " length " + cp.length());
        StringBuilder cap = new StringBuilder();
        System.out.println("capacity default " + cap.capacity() + " sized " + new StringBuilder(50).capacity()
                + " from string " + new StringBuilder("abc").capacity());
        cap.append("12345678901234567");
        System.out.println("capacity grown " + cap.capacity());
        cap.ensureCapacity(100);
        System.out.println("ensured " + cap.capacity());
        cap.trimToSize();
        System.out.println("trimmed " + cap.capacity() + " length " + cap.length());
        StringBuilder idx = new StringBuilder("abc");
        idx.setCharAt(1, 'B');
        System.out.println("setCharAt " + idx + " indexOf " + idx.indexOf("c") + " lastIndexOf " + idx.lastIndexOf("a")
                + " substring " + idx.substring(1) + " " + idx.subSequence(0, 2) + " compareTo " + idx.compareTo(new StringBuilder("abc")));
        attempt("insert -1", () -> new StringBuilder("ab").insert(-1, "x"));
        attempt("insert 3", () -> new StringBuilder("ab").insert(3, 'x'));
        attempt("delete 2,1", () -> new StringBuilder("abc").delete(2, 1));
        attempt("deleteCharAt 3", () -> new StringBuilder("abc").deleteCharAt(3));
        attempt("setLength -1", () -> {
            new StringBuilder("abc").setLength(-1);
            return "ok";
        });
        attempt("charAt 5", () -> new StringBuilder("abc").charAt(5));
        attempt("replace 4", () -> new StringBuilder("abc").replace(4, 5, "x"));
        attempt("codePointAt 3", () -> new StringBuilder("abc").codePointAt(3));
        attempt("substring 2,1", () -> new StringBuilder("abc").substring(2, 1));
        attempt("append null sb", () -> new StringBuilder("x").append((StringBuilder) null));
        attempt("append range", () -> new StringBuilder().append("hello", 1, 4));
        attempt("append chars range", () -> new StringBuilder().append(new char[] {'a', 'b', 'c'}, 1, 2));
    }
}
