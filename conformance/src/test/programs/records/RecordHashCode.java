package records;

/** The generated hashCode: 31 * h + hash(component) in declaration order, with the wrappers' hashes. */
public class RecordHashCode {
    record Empty() {}
    record One(int x) {}
    record Three(int a, int b, int c) {}
    record Prims(boolean z, byte b, short s, char c, long j, float f, double d) {}
    record Refs(String s, Object o, One one) {}

    static class Fixed {
        final int h;
        Fixed(int h) { this.h = h; }
        @Override public int hashCode() { return h; }
    }

    public static void main(String[] args) {
        System.out.println("empty " + new Empty().hashCode());
        for (int x : new int[] {0, 1, -1, 31, Integer.MAX_VALUE, Integer.MIN_VALUE}) System.out.println("one " + x + " " + new One(x).hashCode());
        System.out.println("three " + new Three(0, 0, 0).hashCode() + " " + new Three(1, 0, 0).hashCode() + " " + new Three(0, 1, 0).hashCode()
                + " " + new Three(0, 0, 1).hashCode() + " " + new Three(7, -3, 100000).hashCode() + " " + new Three(-1, -1, -1).hashCode());
        System.out.println("prims " + new Prims(true, (byte) 1, (short) 2, 'c', 1L << 40, 1.5f, 2.5).hashCode());
        System.out.println("prims " + new Prims(false, (byte) -1, (short) -2, '\uffff', -1L, -0.0f, -0.0).hashCode());
        System.out.println("prims " + new Prims(false, (byte) 0, (short) 0, '\0', 0, Float.NaN, Double.NaN).hashCode());
        System.out.println("prims " + new Prims(true, Byte.MIN_VALUE, Short.MAX_VALUE, 'z', Long.MAX_VALUE, Float.MAX_VALUE, Double.MIN_VALUE).hashCode());
        System.out.println("refs " + new Refs("hello", 5, new One(3)).hashCode());
        System.out.println("refs " + new Refs(null, null, null).hashCode());
        System.out.println("refs " + new Refs("", new Fixed(-99), null).hashCode());
        System.out.println("refs " + new Refs("x", new Fixed(Integer.MIN_VALUE), new One(Integer.MAX_VALUE)).hashCode());
        System.out.println("refs " + new Refs("long string to hash", 3.75, new One(0)).hashCode());
        int h = 0;
        for (int k = 0; k < 100; k++) h = h * 7 + new Three(k, k * k, -k).hashCode();
        System.out.println("mixed " + h);
        System.out.println("equal objects equal hashes " + (new Refs("a", 1, new One(1)).hashCode() == new Refs("a", 1, new One(1)).hashCode()));
    }
}
