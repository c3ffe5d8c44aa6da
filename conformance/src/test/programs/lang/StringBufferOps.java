package lang;

/**
 * StringBuffer as a sequence: the same edits as StringBuilder (append chains, insert, reverse, replace),
 * appending one buffer to a builder and back, chars() of a buffer, equality being identity, and
 * compareTo between buffers.
 */
public class StringBufferOps {
    public static void main(String[] args) {
        StringBuffer buf = new StringBuffer();
        for (int i = 0; i < 5; i++) {
            buf.append(i).append(i % 2 == 0 ? "e" : "o").append(',');
        }
        System.out.println("built " + buf + " length " + buf.length());
        buf.insert(0, "[").append(']').reverse();
        System.out.println("reversed " + buf);
        buf.reverse().replace(1, 3, "ZERO");
        System.out.println("replaced " + buf);
        StringBuilder sb = new StringBuilder("sb:").append(buf);
        StringBuffer back = new StringBuffer("buf:").append(sb).append((CharSequence) "cs", 0, 1);
        System.out.println(sb + " | " + back);
        System.out.println("chars sum " + new StringBuffer("abc").chars().sum() + " count " + buf.chars().filter(c -> c == ',').count());
        StringBuffer a = new StringBuffer("same");
        StringBuffer b = new StringBuffer("same");
        System.out.println("equals " + a.equals(b) + " self " + a.equals(a) + " content " + a.toString().equals(b.toString())
                + " compareTo " + a.compareTo(b) + " " + a.compareTo(new StringBuffer("samf")));
        buf.setLength(0);
        System.out.println("cleared [" + buf + "] " + buf.length());
        buf.append(1.0f).append(' ').append(2.0).append(' ').append(Long.MIN_VALUE).append(' ').append((Object) "o").append(new char[] {'!'});
        System.out.println(buf);
        System.out.println("indexOf " + buf.indexOf(" ") + " from " + buf.indexOf(" ", 4) + " last " + buf.lastIndexOf(" "));
    }
}
