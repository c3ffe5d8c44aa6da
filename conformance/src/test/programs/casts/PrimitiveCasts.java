package casts;

/** Casts between boxes and primitives: unboxing casts, boxing in Object contexts and widening after unboxing. */
public class PrimitiveCasts {
    static Object box(int v) { return v; }

    public static void main(String[] args) {
        Object o = box(65);
        int i = (Integer) o;
        long widened = (Integer) o;
        double asDouble = (int) (Integer) o;
        char asChar = (char) (int) (Integer) o;
        System.out.println(i + " " + widened + " " + asDouble + " " + asChar);
        Object ol = 5L;
        Object od = 2.5;
        Object of = 1.25f;
        Object oc = 'q';
        Object ob = (byte) -1;
        Object os = (short) 300;
        Object oz = true;
        System.out.println(((Long) ol + 1) + " " + ((Double) od * 2) + " " + ((Float) of + 1) + " " + (char) ((Character) oc + 1)
                + " " + ((Byte) ob & 0xff) + " " + ((Short) os / 7) + " " + !(Boolean) oz);
        Object[] boxes = {ol, od, of, oc, ob, os, oz, o};
        StringBuilder sb = new StringBuilder();
        for (Object b : boxes) {
            String kind = b instanceof Long ? "L" : b instanceof Double ? "D" : b instanceof Float ? "F" : b instanceof Character ? "C"
                    : b instanceof Byte ? "B" : b instanceof Short ? "S" : b instanceof Boolean ? "Z" : b instanceof Integer ? "I" : "?";
            sb.append(kind).append('=').append(b).append(' ');
        }
        System.out.println(sb);
        Number n = (Number) ol;
        System.out.println(n.intValue() + " " + n.doubleValue() + " " + ((Number) od).longValue() + " " + ((Number) of).intValue());
        double d = 3.99;
        int truncated = (int) d;
        short s = (short) d;
        Object boxedTruncated = (int) d;
        System.out.println(truncated + " " + s + " " + boxedTruncated);
    }
}
