package util;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

/**
 * java.util.Objects: equals/deepEquals/hashCode/hash, toString with and without a default, compare,
 * requireNonNull in its three forms (message, supplier, and the NullPointerException each gives),
 * requireNonNullElse/ElseGet, isNull/nonNull as predicates, and the index checks checkIndex,
 * checkFromToIndex, checkFromIndexSize (int and long forms) with their messages.
 */
public class ObjectsUtil {
    record Point(int x, int y) {}

    interface Action {
        Object run();
    }

    static void attempt(String label, Action a) {
        try {
            System.out.println(label + " -> " + a.run());
        } catch (RuntimeException e) {
            System.out.println(label + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String s1 = "abc";
        String s2 = new String("abc");
        System.out.println("equals " + Objects.equals(s1, s2) + " " + Objects.equals(null, null) + " " + Objects.equals(s1, null)
                + " " + Objects.equals(null, s1) + " " + Objects.equals(1, 1L));
        int[] a = {1, 2};
        int[] b = {1, 2};
        Object[] deepA = {a, "x", new String[] {"y"}};
        Object[] deepB = {b, "x", new String[] {"y"}};
        System.out.println("deepEquals " + Objects.deepEquals(a, b) + " " + Objects.equals(a, b) + " " + Objects.deepEquals(deepA, deepB)
                + " " + Objects.deepEquals(null, null) + " " + Objects.deepEquals(a, null) + " " + Objects.deepEquals(a, new long[] {1, 2}));
        System.out.println("hashCode " + Objects.hashCode(null) + " " + Objects.hashCode("abc") + " " + Objects.hashCode(new Point(3, 4))
                + " hash " + Objects.hash() + " " + Objects.hash((Object) null) + " " + Objects.hash(1, "a", null, 2.5) + " "
                + Objects.hash(new Object[] {1, "a", null, 2.5}) + " vs Arrays.hashCode " + Arrays.hashCode(new Object[] {1, "a", null, 2.5}));
        System.out.println("toString " + Objects.toString(null) + " " + Objects.toString(null, "dflt") + " " + Objects.toString(42, "dflt")
                + " " + Objects.toString(new Point(1, 2)));
        Comparator<String> byLength = Comparator.comparingInt(String::length);
        System.out.println("compare same object " + Objects.compare(null, null, byLength) + " " + Objects.compare("aa", "b", byLength)
                + " " + Objects.compare("a", "bb", byLength));
        attempt("compare null with comparator", () -> Objects.compare(null, "x", byLength));
        System.out.println("isNull " + Objects.isNull(null) + " " + Objects.isNull("") + " nonNull " + Objects.nonNull(null) + " "
                + Objects.nonNull(""));
        System.out.println("requireNonNull ok " + Objects.requireNonNull("v") + " " + Objects.requireNonNull("v", "msg"));
        attempt("requireNonNull", () -> Objects.requireNonNull(null));
        attempt("requireNonNull msg", () -> Objects.requireNonNull(null, "value must not be null"));
        attempt("requireNonNull null msg", () -> Objects.requireNonNull(null, (String) null));
        attempt("requireNonNull supplier", () -> Objects.requireNonNull(null, () -> "supplied " + 7));
        attempt("requireNonNull null supplier", () -> Objects.requireNonNull(null, (java.util.function.Supplier<String>) null));
        attempt("requireNonNullElse first", () -> Objects.requireNonNullElse("first", "second"));
        attempt("requireNonNullElse second", () -> Objects.requireNonNullElse(null, "second"));
        attempt("requireNonNullElse both null", () -> Objects.requireNonNullElse(null, null));
        attempt("requireNonNullElseGet", () -> Objects.requireNonNullElseGet(null, () -> "got"));
        attempt("requireNonNullElseGet null result", () -> Objects.requireNonNullElseGet(null, () -> null));
        attempt("requireNonNullElseGet null supplier", () -> Objects.requireNonNullElseGet(null, null));
        long nulls = countNulls(new Object[] {1, null, "a", null});
        System.out.println("nulls counted with Objects::isNull " + nulls);

        attempt("checkIndex 3 of 5", () -> Objects.checkIndex(3, 5));
        attempt("checkIndex 5 of 5", () -> Objects.checkIndex(5, 5));
        attempt("checkIndex -1 of 5", () -> Objects.checkIndex(-1, 5));
        attempt("checkIndex 0 of -1", () -> Objects.checkIndex(0, -1));
        attempt("checkFromToIndex 1 4 5", () -> Objects.checkFromToIndex(1, 4, 5));
        attempt("checkFromToIndex 4 1 5", () -> Objects.checkFromToIndex(4, 1, 5));
        attempt("checkFromToIndex 2 6 5", () -> Objects.checkFromToIndex(2, 6, 5));
        attempt("checkFromIndexSize 2 3 5", () -> Objects.checkFromIndexSize(2, 3, 5));
        attempt("checkFromIndexSize 2 4 5", () -> Objects.checkFromIndexSize(2, 4, 5));
        attempt("checkFromIndexSize MAX 1 5", () -> Objects.checkFromIndexSize(Integer.MAX_VALUE, 1, 5));
        attempt("checkIndex long", () -> Objects.checkIndex(1L << 33, 1L << 32));
        attempt("checkFromToIndex long", () -> Objects.checkFromToIndex(-2L, 3L, 10L));
        attempt("checkFromIndexSize long", () -> Objects.checkFromIndexSize(5L, -1L, 10L));
    }

    static long countNulls(Object[] values) {
        java.util.function.Predicate<Object> isNull = Objects::isNull;
        long n = 0;
        for (Object v : values) if (isNull.test(v)) n++;
        return n;
    }
}
