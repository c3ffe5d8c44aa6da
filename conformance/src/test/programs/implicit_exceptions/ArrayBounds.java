package implicit_exceptions;

/** ArrayIndexOutOfBoundsException for loads and stores of every kind, at both ends, and what the handler sees. */
public class ArrayBounds {
    static int at(int i) {
        return i;
    }

    static void report(String label, ArrayIndexOutOfBoundsException e) {
        System.out.println(label + ": " + e.getMessage());
    }

    public static void main(String[] args) {
        int[] ints = new int[3];
        long[] longs = new long[2];
        double[] doubles = new double[1];
        byte[] bytes = new byte[5];
        boolean[] booleans = new boolean[4];
        char[] chars = new char[6];
        short[] shorts = new short[7];
        float[] floats = new float[8];
        String[] strings = {"a", "b"};
        int[] empty = new int[0];
        try { System.out.println(ints[at(5)]); } catch (ArrayIndexOutOfBoundsException e) { report("int load", e); }
        try { ints[at(3)] = 1; } catch (ArrayIndexOutOfBoundsException e) { report("int store", e); }
        try { System.out.println(ints[at(-1)]); } catch (ArrayIndexOutOfBoundsException e) { report("negative", e); }
        try { System.out.println(ints[at(Integer.MIN_VALUE)]); } catch (ArrayIndexOutOfBoundsException e) { report("min", e); }
        try { System.out.println(longs[at(2)]); } catch (ArrayIndexOutOfBoundsException e) { report("long", e); }
        try { doubles[at(1)] = 2.0; } catch (ArrayIndexOutOfBoundsException e) { report("double", e); }
        try { System.out.println(bytes[at(5)]); } catch (ArrayIndexOutOfBoundsException e) { report("byte", e); }
        try { booleans[at(4)] = true; } catch (ArrayIndexOutOfBoundsException e) { report("boolean", e); }
        try { System.out.println(chars[at(-6)]); } catch (ArrayIndexOutOfBoundsException e) { report("char", e); }
        try { shorts[at(7)] = 3; } catch (ArrayIndexOutOfBoundsException e) { report("short", e); }
        try { System.out.println(floats[at(8)]); } catch (ArrayIndexOutOfBoundsException e) { report("float", e); }
        try { System.out.println(strings[at(2)]); } catch (ArrayIndexOutOfBoundsException e) { report("object load", e); }
        try { strings[at(-2)] = "c"; } catch (ArrayIndexOutOfBoundsException e) { report("object store", e); }
        try { System.out.println(empty[0]); } catch (ArrayIndexOutOfBoundsException e) { report("empty", e); }
        try { System.out.println((new int[2][3])[at(3)][0]); } catch (ArrayIndexOutOfBoundsException e) { report("nested", e); }
        int last = -1;
        try {
            for (int i = 0; ; i++) {
                ints[i] = i * 10;
                last = i;
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            report("loop", e);
        }
        System.out.println("last written: " + last + " values " + ints[0] + " " + ints[1] + " " + ints[2]);
        try {
            System.out.println(ints[at(4)]);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("as IndexOutOfBoundsException: " + e.getMessage());
        }
        try {
            System.out.println(ints[at(4)]);
        } catch (RuntimeException e) {
            System.out.println("as RuntimeException: " + e.getClass().getName() + ": " + e.getMessage());
        }
        System.out.println("done");
    }
}
