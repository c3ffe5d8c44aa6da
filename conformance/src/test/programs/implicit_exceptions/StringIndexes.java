package implicit_exceptions;

/** StringIndexOutOfBoundsException messages of String and StringBuilder, as the JDK's library words them. */
public class StringIndexes {
    static int at(int i) {
        return i;
    }

    static void report(String label, IndexOutOfBoundsException e) {
        System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
    }

    public static void main(String[] args) {
        String s = "kiln";
        StringBuilder sb = new StringBuilder("oven");
        try { System.out.println(s.charAt(at(4))); } catch (IndexOutOfBoundsException e) { report("charAt", e); }
        try { System.out.println(s.charAt(at(-1))); } catch (IndexOutOfBoundsException e) { report("charAt negative", e); }
        try { System.out.println(s.substring(at(5))); } catch (IndexOutOfBoundsException e) { report("substring", e); }
        try { System.out.println(s.substring(at(-1))); } catch (IndexOutOfBoundsException e) { report("substring negative", e); }
        try { System.out.println(s.substring(at(2), at(1))); } catch (IndexOutOfBoundsException e) { report("substring reversed", e); }
        try { System.out.println(s.substring(at(1), at(9))); } catch (IndexOutOfBoundsException e) { report("substring end", e); }
        try { System.out.println(s.codePointAt(at(4))); } catch (IndexOutOfBoundsException e) { report("codePointAt", e); }
        try { System.out.println(s.subSequence(at(3), at(2))); } catch (IndexOutOfBoundsException e) { report("subSequence", e); }
        try { System.out.println(new String(new char[] {'a', 'b'}, at(1), at(2))); } catch (IndexOutOfBoundsException e) { report("new String", e); }
        try { s.getChars(at(0), at(5), new char[5], 0); } catch (IndexOutOfBoundsException e) { report("getChars", e); }
        try { System.out.println(sb.charAt(at(4))); } catch (IndexOutOfBoundsException e) { report("sb charAt", e); }
        try { sb.setCharAt(at(-1), 'x'); } catch (IndexOutOfBoundsException e) { report("sb setCharAt", e); }
        try { sb.deleteCharAt(at(4)); } catch (IndexOutOfBoundsException e) { report("sb deleteCharAt", e); }
        try { sb.insert(at(5), "x"); } catch (IndexOutOfBoundsException e) { report("sb insert", e); }
        try { sb.delete(at(3), at(2)); } catch (IndexOutOfBoundsException e) { report("sb delete", e); }
        try { sb.replace(at(5), at(6), "x"); } catch (IndexOutOfBoundsException e) { report("sb replace", e); }
        try { System.out.println(sb.substring(at(2), at(9))); } catch (IndexOutOfBoundsException e) { report("sb substring", e); }
        try { sb.setLength(at(-1)); } catch (IndexOutOfBoundsException e) { report("sb setLength", e); }
        System.out.println("done " + s + " " + sb);
    }
}
