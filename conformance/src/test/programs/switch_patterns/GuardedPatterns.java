package switch_patterns;

// kiln:release=21
/** Guards: a failing guard resumes the search at the next label (the bootstrap's restart index). */
public class GuardedPatterns {
    static String size(Object o) {
        return switch (o) {
            case Integer i when i < 0 -> "negative int";
            case Integer i when i == 0 -> "zero";
            case Integer i when i < 10 -> "small int " + i;
            case Integer i when i < 1000 -> "medium int " + i;
            case Integer i -> "large int " + i;
            case String s when s.isEmpty() -> "empty string";
            case String s when s.length() == 1 -> "char-like string " + s;
            case String s when s.startsWith("x") && s.endsWith("x") -> "x-string " + s;
            case String s -> "string " + s;
            case Double d when d.isNaN() -> "NaN";
            case Double d when d > 0 -> "positive double";
            default -> "other " + o;
        };
    }

    static int guardCalls;

    static boolean count(boolean b) {
        guardCalls++;
        return b;
    }

    static String counted(Object o) {
        return switch (o) {
            case String s when count(s.length() > 3) -> "long";
            case String s when count(s.length() > 1) -> "medium";
            case String s -> "short";
            case Integer i when count(i > 0) -> "positive";
            default -> "default";
        };
    }

    public static void main(String[] args) {
        Object[] values = {-5, 0, 7, 999, 1000, Integer.MAX_VALUE, "", "q", "xyzx", "xa", "hello", Double.NaN, 2.5, -2.5, 'c', 3L};
        for (Object v : values) System.out.println(v + " -> " + size(v));
        Object[] more = {"abcdef", "ab", "a", 5, -5, 1.0};
        for (Object v : more) {
            guardCalls = 0;
            String r = counted(v);
            System.out.println(v + " -> " + r + " after " + guardCalls + " guards");
        }
    }
}
