package language;

/**
 * Boxes compared with == (valueOf caches -128..127, Boolean and small Characters, not larger values) and
 * mixed with primitives (unboxing), the type of a conditional expression (a constant int that fits makes
 * {@code true ? 66 : 'a'} a char; Integer and Long promote to long; int and double to double; null unboxed in
 * a conditional throws NullPointerException only on the branch taken), and compile-time constants: final
 * locals folded by javac (so {@code ==} on folded strings holds, narrowing assignment is allowed) against the
 * same expressions computed at run time.
 */
public class BoxingAndConstants {
    static int n(int v) {
        return v;
    }

    static String s(String v) {
        return v;
    }

    static String kind(Object o) {
        return o == null ? "null" : o.getClass().getName() + ":" + (o instanceof Character ? "char " + (int) (Character) o : o.toString());
    }

    public static void main(String[] args) {
        int[] probes = {-129, -128, 0, 127, 128, 1000};
        for (int p : probes) {
            Integer a = n(p);
            Integer b = Integer.valueOf(n(p));
            Long la = (long) n(p);
            Long lb = Long.valueOf(n(p));
            Short sa = (short) n(p);
            Short sb = Short.valueOf((short) n(p));
            System.out.println(p + ": Integer " + (a == b) + " Long " + (la == lb) + " Short " + (sa == sb) + " equals " + a.equals(b) + " unboxed " + (a == n(p)) + " " + (a <= b && a >= b));
        }
        Character c1 = (char) n(127);
        Character c2 = (char) n(127);
        Character c3 = (char) n(128);
        Character c4 = (char) n(128);
        Boolean t1 = Boolean.valueOf(s("true").length() == 4);
        Boolean t2 = n(1) > 0;
        System.out.println("Character " + (c1 == c2) + " " + (c3 == c4) + " Boolean " + (t1 == t2) + " " + (t1 == Boolean.TRUE));
        Integer big = n(1000);
        Long bigL = 1000L;
        System.out.println("mixed equals " + big.equals(1000) + " " + bigL.equals(1000) + " " + bigL.equals(1000L) + " " + (big == 1000L) + " " + (bigL == n(1000)));

        boolean yes = n(1) > 0;
        boolean no = !yes;
        Integer nul = args.length > 5 ? Integer.valueOf(1) : null;
        System.out.println("both boxes " + kind(yes ? nul : Integer.valueOf(n(1))));
        try {
            Integer unboxed = yes ? nul : n(0);
            System.out.println("no exception " + unboxed);
        } catch (NullPointerException e) {
            System.out.println("yes ? null : 0 throws NullPointerException");
        }
        int fine = no ? nul : n(5);
        System.out.println("no ? null : 5 = " + fine);
        try {
            long l = yes ? nul : 7L;
            System.out.println("no exception " + l);
        } catch (NullPointerException e) {
            System.out.println("yes ? null : 7L throws NullPointerException");
        }
        System.out.println("true ? 66 : 'a' -> " + kind(yes ? 66 : 'a') + " printed " + (yes ? 66 : 'a'));
        System.out.println("true ? n(66) : 'a' -> " + kind(yes ? n(66) : 'a') + " printed " + (yes ? n(66) : 'a'));
        System.out.println("false ? 70000 : 'a' -> " + kind(no ? 70000 : 'a'));
        System.out.println("Integer : Long -> " + kind(yes ? Integer.valueOf(n(1)) : Long.valueOf(2)));
        System.out.println("1 : 2.0 -> " + kind(yes ? 1 : 2.0));
        System.out.println("(Object) 1 : 2.0 -> " + kind(yes ? (Object) 1 : 2.0));
        System.out.println("Integer : String -> " + kind(yes ? Integer.valueOf(n(3)) : "s"));
        System.out.println("(byte) 1 : 100 -> " + kind(yes ? (byte) 1 : 100) + ", (byte) 1 : 200 -> " + kind(yes ? (byte) 1 : 200));
        System.out.println("(short) 1 : 'a' -> " + kind(yes ? (short) 1 : 'a'));
        Character boxedChar = 'x';
        System.out.println("Character : 1 -> " + kind(yes ? boxedChar : 1) + ", Character : n(1) -> " + kind(yes ? boxedChar : n(1)));
        Byte boxedByte = (byte) n(5);
        System.out.println("Byte : Short -> " + kind(yes ? boxedByte : Short.valueOf((short) 6)) + ", Byte : 'a' -> " + kind(yes ? boxedByte : 'a'));
        System.out.println("null : 1 -> " + kind(yes ? null : 1) + ", float : long -> " + kind(yes ? 1.5f : Long.MAX_VALUE));

        final String ab = "ab";
        String nonFinal = "ab";
        final String abc = ab + "c";
        final String runtime = s("ab");
        System.out.println("constant == " + (abc == "abc") + " " + (ab + "c" == "abc") + " " + (nonFinal + "c" == "abc") + " " + (runtime + "c" == "abc")
                + " " + ((nonFinal + "c").intern() == "abc") + " " + (runtime == ab));
        final int k = 100;
        byte kb = k;
        final char fc = 'a' + 1;
        char fc2 = fc + 1;
        final long folded = Integer.MAX_VALUE + 1;
        long computed = n(Integer.MAX_VALUE) + 1L;
        System.out.println("constants " + kb + " " + fc + " " + fc2 + " " + folded + " " + computed);
        System.out.println("folding " + ("a" + 1 + 2) + " " + (1 + 2 + "a") + " " + ("a" + n(1) + n(2)) + " " + (n(1) + n(2) + "a") + " " + ('a' + 'b' + "c") + " " + ("c" + 'a' + 'b'));
        final double tenth = 0.1 + 0.2;
        double tenthRun = n(1) / 10.0 + n(2) / 10.0;
        System.out.println("double constants " + (tenth == tenthRun) + " " + Double.doubleToLongBits(tenth) + " " + (tenth == 0.3));
        int which = n(100);
        switch (which) {
            case k:
                System.out.println("case k matched " + which);
                break;
            case k + 1:
                System.out.println("case k + 1");
                break;
            default:
                System.out.println("default");
        }
    }
}
