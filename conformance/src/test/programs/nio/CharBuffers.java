package nio;

import java.nio.CharBuffer;

/** CharBuffer as a CharSequence: wrap, put strings, subSequence, toString, compare, append, read from. */
public class CharBuffers {
    public static void main(String[] args) throws Exception {
        CharBuffer cb = CharBuffer.allocate(20);
        cb.put("hello").put(' ').put("world".toCharArray()).append('!').append("abc", 0, 1);
        System.out.println("position " + cb.position() + " remaining " + cb.remaining());
        cb.flip();
        System.out.println("[" + cb + "] length " + cb.length() + " charAt(4) " + cb.charAt(4));
        CharBuffer sub = cb.subSequence(6, 11);
        System.out.println("sub [" + sub + "] pos " + sub.position() + " lim " + sub.limit());
        CharBuffer w = CharBuffer.wrap("read only text", 5, 9);
        System.out.println("wrap seq [" + w + "] readOnly " + w.isReadOnly() + " hasArray " + w.hasArray());
        System.out.println("compare " + Integer.signum(CharBuffer.wrap("abc").compareTo(CharBuffer.wrap("abd")))
                + " equals " + CharBuffer.wrap("xyz").equals(CharBuffer.wrap("xyz".toCharArray()))
                + " hash eq " + (CharBuffer.wrap("xyz").hashCode() == CharBuffer.wrap("xyz".toCharArray()).hashCode()));
        System.out.println("mismatch " + CharBuffer.wrap("abcdef").mismatch(CharBuffer.wrap("abcxef")));
        CharBuffer target = CharBuffer.allocate(8);
        int n = new java.io.StringReader("stream input").read(target);
        target.flip();
        System.out.println("read " + n + " [" + target + "]");
        System.out.println("chars " + CharBuffer.wrap("hi!").chars().sum() + " isEmpty " + CharBuffer.allocate(0).isEmpty());
        StringBuilder sb = new StringBuilder();
        sb.append(CharBuffer.wrap("from buffer"), 5, 11);
        System.out.println("appended [" + sb + "] contains " + "a from buffer".contains(CharBuffer.wrap("from")));
        CharBuffer compacting = CharBuffer.wrap("abcdef".toCharArray());
        compacting.position(2);
        compacting.compact();
        compacting.flip();
        System.out.println("compact [" + compacting + "]");
    }
}
