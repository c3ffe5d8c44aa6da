package lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The messages of exceptions thrown by common library methods: Integer.parseInt of bad text,
 * List.of/Map.of with null elements and duplicate keys, immutable collections' modification,
 * Objects.requireNonNull, ArrayList index checks, Iterator exhaustion, Optional.get on empty,
 * String index checks, Enum.valueOf, Character.toChars, ConcurrentModificationException and
 * Arrays.copyOfRange, each printed as class name and message.
 */
public class LibraryExceptionMessages {
    interface Op {
        Object run();
    }

    static void attempt(String label, Op op) {
        try {
            System.out.println(label + " = " + op.run());
        } catch (RuntimeException e) {
            System.out.println(label + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    enum Color {
        RED
    }

    public static void main(String[] args) {
        attempt("parseInt x", () -> Integer.parseInt("x"));
        attempt("parseLong empty", () -> Long.parseLong(""));
        attempt("valueOf radix", () -> Integer.valueOf("zz", 20));
        attempt("List.of null", () -> List.of("a", null));
        attempt("List.of(E) null", () -> List.of((Object) null));
        attempt("Map.of dup", () -> Map.of("k", 1, "k", 2));
        attempt("Set.of dup", () -> java.util.Set.of(1, 1));
        attempt("Map.of null value", () -> Map.of("k", null));
        attempt("immutable add", () -> List.of(1).add(2));
        attempt("immutable remove", () -> List.of(1).remove(0));
        attempt("unmodifiable set", () -> java.util.Collections.unmodifiableList(new ArrayList<>()).add(1));
        attempt("List.copyOf null", () -> List.copyOf(Arrays.asList(1, null)));
        attempt("ArrayList get", () -> new ArrayList<>(List.of(1, 2)).get(2));
        attempt("ArrayList set -1", () -> new ArrayList<>(List.of(1, 2)).set(-1, 5));
        attempt("ArrayList add 5", () -> {
            new ArrayList<Integer>().add(5, 1);
            return null;
        });
        attempt("ArrayList remove", () -> new ArrayList<>().remove(0));
        attempt("subList", () -> new ArrayList<>(List.of(1, 2, 3)).subList(2, 1));
        attempt("List.of get", () -> List.of(1, 2, 3).get(3));
        attempt("Arrays.asList set", () -> Arrays.asList(1, 2).set(2, 0));
        attempt("asList add", () -> Arrays.asList(1, 2).add(3));
        attempt("iterator end", () -> {
            Iterator<Integer> it = List.of(1).iterator();
            it.next();
            return it.next();
        });
        attempt("CME", () -> {
            List<Integer> l = new ArrayList<>(List.of(1, 2, 3));
            for (Integer i : l) {
                if (i == 1) {
                    l.remove(i);
                }
            }
            return l;
        });
        attempt("Optional.get", () -> Optional.empty().get());
        attempt("Optional.of null", () -> Optional.of(null));
        attempt("Optional.orElseThrow", () -> Optional.empty().orElseThrow());
        attempt("substring", () -> "hello".substring(3, 9));
        attempt("charAt", () -> "hello".charAt(-1));
        attempt("Enum.valueOf", () -> Color.valueOf("BLUE"));
        attempt("HashMap merge null", () -> new HashMap<String, Integer>().merge("a", null, Integer::sum));
        attempt("Arrays.copyOfRange", () -> Arrays.copyOfRange(new int[3], 2, 1));
        attempt("Arrays.copyOf negative", () -> Arrays.copyOf(new int[3], -1));
        attempt("array negative size", () -> new int[Integer.parseInt("-4")]);
        attempt("Arrays.fill range", () -> {
            Arrays.fill(new int[3], 1, 5, 0);
            return null;
        });
        attempt("Collections.max empty", () -> java.util.Collections.max(new ArrayList<Integer>()));
        attempt("ArrayDeque pop", () -> new java.util.ArrayDeque<Integer>().pop());
        attempt("ArrayDeque add null", () -> new java.util.ArrayDeque<Integer>().add(null));
        attempt("TreeMap null key", () -> new java.util.TreeMap<String, Integer>().put(null, 1));
        attempt("iterator remove twice", () -> {
            Iterator<Integer> it = new ArrayList<>(List.of(1, 2)).iterator();
            it.next();
            it.remove();
            it.remove();
            return null;
        });
        attempt("String.valueOf char[] null", () -> String.valueOf((char[]) null));
        attempt("ClassCast", () -> {
            Object o = "s";
            return (Integer) o;
        });
    }
}
