package lang;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The specified hash codes of library values, which must be the same everywhere: String, the boxes
 * (including Double/Float bits, Long folding, Boolean's 1231/1237), List (31-based over elements, the same
 * for every List implementation), Set (sum of element hashes), Map and Map.Entry (key ^ value),
 * Arrays.hashCode/deepHashCode, Objects.hash, Optional, enums' ordinal-free names, Character and records.
 */
public class LibraryHashCodes {
    record Pt(int x, String y) {
    }

    public static void main(String[] args) {
        System.out.println("strings " + "".hashCode() + " " + "kiln".hashCode() + " " + "The quick brown fox".hashCode() + " " + "\u00e9\u4e2d\ud83d\ude00".hashCode());
        System.out.println("boxes " + Integer.valueOf(-5).hashCode() + " " + Long.valueOf(1L << 35).hashCode() + " " + Long.valueOf(-1).hashCode() + " "
                + Double.valueOf(1.0).hashCode() + " " + Double.valueOf(-0.0).hashCode() + " " + Float.valueOf(2.5f).hashCode() + " "
                + Boolean.TRUE.hashCode() + " " + Boolean.FALSE.hashCode() + " " + Character.valueOf('A').hashCode() + " " + Short.valueOf((short) -1).hashCode()
                + " " + Byte.valueOf((byte) 7).hashCode());
        List<Integer> elements = List.of(1, 2, 3);
        System.out.println("lists " + elements.hashCode() + " " + new ArrayList<>(elements).hashCode() + " " + new LinkedList<>(elements).hashCode() + " "
                + Arrays.asList(1, 2, 3).hashCode() + " " + List.of().hashCode() + " " + Arrays.asList(1, null).hashCode());
        System.out.println("sets " + Set.of("a", "b").hashCode() + " " + new TreeSet<>(List.of("a", "b")).hashCode() + " " + Set.of().hashCode());
        Map<String, Integer> m = new HashMap<>();
        m.put("one", 1);
        m.put("two", 2);
        System.out.println("maps " + m.hashCode() + " " + Map.of("one", 1, "two", 2).hashCode() + " entry " + Map.entry("k", 5).hashCode() + " "
                + new AbstractMap.SimpleEntry<>("k", 5).hashCode() + " " + new AbstractMap.SimpleImmutableEntry<String, Integer>(null, null).hashCode());
        System.out.println("arrays " + Arrays.hashCode(new int[] {1, 2, 3}) + " " + Arrays.hashCode(new long[] {1L << 40}) + " " + Arrays.hashCode(new double[] {0.5})
                + " " + Arrays.hashCode(new boolean[] {true, false}) + " " + Arrays.hashCode(new char[] {'x'}) + " " + Arrays.hashCode((int[]) null)
                + " " + Arrays.deepHashCode(new Object[] {new int[] {1}, "s", null}) + " " + Arrays.hashCode(new String[] {"a", "b"}));
        System.out.println("objects " + Objects.hash(1, 2, 3) + " " + Objects.hash("a", null) + " " + Objects.hashCode(null) + " optional "
                + Optional.of("kiln").hashCode() + " " + Optional.empty().hashCode());
        System.out.println("record " + new Pt(3, "y").hashCode() + " " + new Pt(0, null).hashCode());
        System.out.println("nested list " + List.of(List.of(1), List.of(2, 3)).hashCode() + " map of lists " + Map.of("k", List.of(1)).hashCode());
        System.out.println("stable " + ("kiln".hashCode() == new String("kiln".toCharArray()).hashCode()) + " sb differs from string "
                + (new StringBuilder("kiln").toString().hashCode() == "kiln".hashCode()));
    }
}
