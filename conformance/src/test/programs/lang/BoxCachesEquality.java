package lang;

/**
 * The box caches and equality: valueOf inside and outside -128..127 for Integer, Long, Short, Byte and
 * Character (== compared), autoboxing going through valueOf, Boolean.TRUE identity, equals across box
 * types being false, hashCode of each box type, and compare/compareTo.
 */
public class BoxCachesEquality {
    static int i(int v) {
        return v;
    }

    static long l(long v) {
        return v;
    }

    public static void main(String[] args) {
        int[] values = {-129, -128, 0, 127, 128, 1000};
        for (int v : values) {
            Integer a = Integer.valueOf(i(v));
            Integer b = Integer.valueOf(i(v));
            Integer boxed = i(v);
            Long la = Long.valueOf(l(v));
            Long lb = l(v);
            System.out.println(v + " Integer same=" + (a == b) + " autobox same=" + (a == boxed) + " equals=" + a.equals(b)
                    + " Long same=" + (la == lb) + " hash=" + a.hashCode() + "/" + la.hashCode());
        }
        short s1 = (short) i(100);
        short s2 = (short) i(200);
        System.out.println("Short cache " + (Short.valueOf(s1) == Short.valueOf(s1)) + " " + (Short.valueOf(s2) == Short.valueOf(s2)));
        byte by = (byte) i(-100);
        System.out.println("Byte cache " + (Byte.valueOf(by) == Byte.valueOf(by)));
        char c1 = (char) i(65);
        char c2 = (char) i(200);
        System.out.println("Character cache " + (Character.valueOf(c1) == Character.valueOf(c1)) + " " + Character.valueOf(c2).equals(Character.valueOf(c2)));
        System.out.println("Boolean " + (Boolean.valueOf(i(1) == 1) == Boolean.TRUE) + " " + (Boolean.valueOf("false") == Boolean.FALSE)
                + " hash " + Boolean.TRUE.hashCode() + " " + Boolean.FALSE.hashCode());
        Object intOne = 1;
        Object longOne = 1L;
        Object shortOne = (short) 1;
        System.out.println("cross equals " + intOne.equals(longOne) + " " + longOne.equals(intOne) + " " + intOne.equals(shortOne)
                + " classes " + intOne.getClass().getSimpleName() + " " + longOne.getClass().getSimpleName() + " " + shortOne.getClass().getSimpleName());
        System.out.println("hash long " + Long.hashCode(l(1L << 32)) + " " + Long.valueOf(-1L).hashCode() + " " + Long.hashCode(Long.MIN_VALUE)
                + " char " + Character.hashCode('A') + " short " + Short.hashCode((short) -1) + " byte " + Byte.hashCode((byte) -1));
        System.out.println("compare " + Integer.compare(3, 7) + " " + Long.compare(7, 3) + " " + Short.compare((short) 1, (short) -1)
                + " " + Byte.compare((byte) -128, (byte) 127) + " " + Character.compare('b', 'a') + " " + Boolean.compare(true, false));
        System.out.println("compareTo " + Integer.valueOf(5).compareTo(5) + " " + Long.valueOf(2).compareTo(9L) + " " + Boolean.FALSE.compareTo(true));
        Integer big1 = 40000;
        Integer big2 = 40000;
        System.out.println("unboxed compare " + (big1.intValue() == big2) + " " + big1.equals(big2));
        System.out.println("conversions " + Integer.valueOf(300).byteValue() + " " + Long.valueOf(-1).intValue() + " " + Short.valueOf((short) -2).longValue()
                + " " + Integer.valueOf(7).doubleValue() + " " + Byte.toUnsignedInt((byte) -1) + " " + Short.toUnsignedLong((short) -1));
    }
}
