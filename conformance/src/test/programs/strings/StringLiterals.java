package strings;

/** Equal literals are the same object, also across classes and after constant folding; run-time strings are not. */
public class StringLiterals {
    static final String CONST = "kiln";
    static String nonConst = "kiln";

    static class Other {
        static String literal() { return "kiln"; }
        static final String JOINED = "ki" + "ln";
    }

    static String id(String s) { return s; }

    public static void main(String[] args) {
        String a = "kiln";
        String b = "kiln";
        final String half = "ki";
        String folded = half + "ln";
        String runtime = id("ki") + id("ln");
        System.out.println(a == b);
        System.out.println(a == CONST);
        System.out.println(a == nonConst);
        System.out.println(a == Other.literal());
        System.out.println(a == Other.JOINED);
        System.out.println(a == ("ki" + "ln"));
        System.out.println(a == folded);
        System.out.println(a == runtime);
        System.out.println(a.equals(runtime));
        System.out.println(runtime == id(runtime));
        System.out.println("" == "");
        System.out.println("" == id("").concat(""));
        String empty = "";
        System.out.println(empty.length() + " " + empty.isEmpty() + " " + "".equals(new String(new char[0])));
        String escapes = "tab\there\nnewline \"quoted\" back\\slash \u0041\u0062 \101";
        System.out.println(escapes);
        System.out.println(escapes.length());
        String block = """
            Text block line one
              indented line two
            ends here""";
        System.out.println(block);
        System.out.println(block.length());
        char[] codes = "\0\1\u007f".toCharArray();
        System.out.println((int) codes[0] + " " + (int) codes[1] + " " + (int) codes[2]);
        String[] table = {"alpha", "beta", "alpha", "gamma", "beta"};
        int same = 0;
        for (int i = 0; i < table.length; i++) {
            for (int j = i + 1; j < table.length; j++) {
                if (table[i] == table[j]) same++;
            }
        }
        System.out.println("identical pairs " + same);
    }
}
