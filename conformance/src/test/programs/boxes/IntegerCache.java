package boxes;

/** Boxes of small values are cached (== holds for -128..127), larger ones are distinct objects. */
public class IntegerCache {
    static Integer box(int v) { return v; }

    public static void main(String[] args) {
        int[] probes = {-129, -128, -1, 0, 1, 100, 127, 128, 1000, Integer.MIN_VALUE};
        for (int p : probes) {
            Integer x = p;
            Integer y = Integer.valueOf(p);
            Integer z = box(p);
            System.out.println(p + ": " + (x == y) + " " + (y == z) + " " + x.equals(z));
        }
        Long l1 = 127L;
        Long l2 = Long.valueOf(127);
        Long l3 = 128L;
        Long l4 = Long.valueOf(128);
        System.out.println("Long " + (l1 == l2) + " " + (l3 == l4) + " " + l3.equals(l4));
        Short s1 = (short) -128;
        Short s2 = Short.valueOf((short) -128);
        System.out.println("Short " + (s1 == s2));
        Byte b1 = (byte) 77;
        Byte b2 = Byte.valueOf((byte) 77);
        System.out.println("Byte " + (b1 == b2));
        Character c1 = 'z';
        Character c2 = Character.valueOf('z');
        Character c3 = '\u0100';
        Character c4 = Character.valueOf('\u0100');
        System.out.println("Character " + (c1 == c2) + " " + (c3 == c4) + " " + c3.equals(c4));
        Boolean t1 = true;
        Boolean t2 = Boolean.valueOf(true);
        Boolean t3 = Boolean.valueOf("TRUE");
        System.out.println("Boolean " + (t1 == t2) + " " + (t2 == t3) + " " + (Boolean.TRUE == t1) + " " + (Boolean.FALSE == Boolean.valueOf("yes")));
        int equalPairs = 0;
        for (int v = -200; v <= 200; v++) {
            if (box(v) == box(v)) equalPairs++;
        }
        System.out.println("identical boxes " + equalPairs);
    }
}
