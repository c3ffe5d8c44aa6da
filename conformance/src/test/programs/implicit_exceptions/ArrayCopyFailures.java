package implicit_exceptions;

/**
 * System.arraycopy's own exception texts: null arrays, non-arrays, mismatched element kinds, bad
 * positions and lengths, and an element the destination rejects partway through (the elements before it
 * are copied).
 */
public class ArrayCopyFailures {
    static void copy(String label, Object src, int srcPos, Object dest, int destPos, int length) {
        try {
            System.arraycopy(src, srcPos, dest, destPos, length);
            System.out.println(label + ": copied");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int[] ints = {1, 2, 3, 4, 5};
        long[] longs = new long[5];
        String[] strings = {"a", "b", "c"};
        Object[] objects = {"x", "y", Integer.valueOf(3), "z"};
        copy("null source", null, 0, ints, 0, 1);
        copy("null destination", ints, 0, null, 0, 1);
        copy("source not an array", "text", 0, ints, 0, 1);
        copy("destination not an array", ints, 0, Integer.valueOf(1), 0, 1);
        copy("int into long", ints, 0, longs, 0, 1);
        copy("int into Object", ints, 0, objects, 0, 1);
        copy("String into int", strings, 0, ints, 0, 1);
        copy("negative source position", ints, -1, ints, 0, 1);
        copy("negative destination position", ints, 0, ints, -2, 1);
        copy("negative length", ints, 0, ints, 0, -3);
        copy("source range", ints, 3, ints, 0, 3);
        copy("destination range", ints, 0, ints, 4, 2);
        copy("huge range", ints, 1, ints, 0, Integer.MAX_VALUE);
        copy("strings range", strings, 2, strings, 0, 2);
        String[] target = new String[4];
        copy("element mismatch", objects, 0, target, 0, 4);
        System.out.println("copied before the mismatch: " + target[0] + " " + target[1] + " " + target[2] + " " + target[3]);
        copy("Object[] into Integer[]", objects, 2, new Integer[1], 0, 1);
        copy("overlap", ints, 0, ints, 1, 4);
        System.out.println(ints[0] + " " + ints[1] + " " + ints[2] + " " + ints[3] + " " + ints[4]);
        copy("empty at end", ints, 5, ints, 5, 0);
        System.out.println("done");
    }
}
