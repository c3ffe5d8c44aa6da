package collections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * java.util.Comparator's combinators: comparing (with and without a key comparator), comparingInt/Long/Double,
 * thenComparing in all its forms, reversed (and reversed twice), naturalOrder/reverseOrder, nullsFirst/
 * nullsLast (with a null comparator too), Map.Entry.comparingByKey/Value, and the NullPointerException and
 * ClassCastException the plain comparators give; sorting a list of records through each.
 */
public class ComparatorCombinators {
    record Person(String name, String city, int age, long id, double score) {}

    public static void main(String[] args) {
        List<Person> people = new ArrayList<>(List.of(
                new Person("Ann", "Oslo", 31, 7L, 88.5),
                new Person("bob", "Rome", 25, 3L, 92.0),
                new Person("Cid", "Oslo", 25, 9L, 75.25),
                new Person("dee", "Lima", 40, 1L, 92.0),
                new Person("Eve", "Rome", 31, 5L, -0.0),
                new Person("fay", "Lima", 25, 8L, 0.0),
                new Person("Gus", "Oslo", 40, 2L, Double.NaN)));
        sort("by name", people, Comparator.comparing(Person::name));
        sort("by name ignoring case", people, Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER));
        sort("by age", people, Comparator.comparingInt(Person::age));
        sort("by id", people, Comparator.comparingLong(Person::id));
        sort("by score", people, Comparator.comparingDouble(Person::score));
        sort("by city then age then name", people,
                Comparator.comparing(Person::city).thenComparingInt(Person::age).thenComparing(Person::name));
        sort("by age desc then city", people, Comparator.comparingInt(Person::age).reversed().thenComparing(Person::city));
        sort("by city desc (key comparator) then id desc", people,
                Comparator.comparing(Person::city, Comparator.reverseOrder()).thenComparing(Comparator.comparingLong(Person::id).reversed()));
        sort("by score then name length", people,
                Comparator.comparingDouble(Person::score).thenComparing(p -> p.name().length(), Comparator.reverseOrder()).thenComparingLong(Person::id));
        sort("reversed twice = by name", people, Comparator.comparing(Person::name).reversed().reversed());
        sort("thenComparingDouble", people, Comparator.comparing(Person::city).thenComparingDouble(Person::score));

        List<String> words = new ArrayList<>(Arrays.asList("pear", null, "Apple", "fig", null, "banana", "apple"));
        List<String> copy = new ArrayList<>(words);
        copy.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        System.out.println("nullsFirst natural " + copy);
        copy.sort(Comparator.nullsLast(Comparator.<String>reverseOrder()));
        System.out.println("nullsLast reverse " + copy);
        copy.sort(Comparator.nullsLast(Comparator.comparing(String::length).thenComparing(String.CASE_INSENSITIVE_ORDER)));
        System.out.println("nullsLast by length, case-insensitive " + copy);
        copy.sort(Comparator.nullsFirst(null));
        System.out.println("nullsFirst(null) keeps order, nulls first " + copy);
        copy.sort(Comparator.nullsFirst(Comparator.<String>naturalOrder()).reversed());
        System.out.println("nullsFirst reversed " + copy);
        try {
            words.sort(Comparator.naturalOrder());
        } catch (NullPointerException e) {
            System.out.println("naturalOrder with null " + e.getClass().getName());
        }
        try {
            List<Person> nullName = new ArrayList<>(List.of(new Person(null, "x", 1, 1, 1), new Person("a", "x", 1, 1, 1)));
            nullName.sort(Comparator.comparing(Person::name));
        } catch (NullPointerException e) {
            System.out.println("comparing with null key " + e.getClass().getName());
        }
        List<Person> nullName = new ArrayList<>(List.of(new Person(null, "x", 1, 1, 1), new Person("a", "y", 2, 2, 2),
                new Person("B", "z", 3, 3, 3)));
        nullName.sort(Comparator.comparing(Person::name, Comparator.nullsLast(Comparator.naturalOrder())));
        System.out.println("null keys last " + names(nullName));
        try {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Comparator<Object> raw = (Comparator) Comparator.naturalOrder();
            raw.compare("a", 1);
        } catch (ClassCastException e) {
            System.out.println("naturalOrder mixed " + e.getClass().getName());
        }
        System.out.println("naturalOrder reversed is reverseOrder " + (Comparator.<String>naturalOrder().reversed() == Comparator.<String>reverseOrder())
                + " reverseOrder reversed is naturalOrder " + (Comparator.<String>reverseOrder().reversed() == Comparator.<String>naturalOrder()));
        System.out.println("compare values " + Comparator.<Integer>naturalOrder().compare(3, 5) + " "
                + Comparator.<Integer>reverseOrder().compare(3, 5) + " " + Comparator.comparingDouble((Double d) -> d).compare(-0.0, 0.0)
                + " " + Comparator.comparingDouble((Double d) -> d).compare(Double.NaN, 1e300) + " "
                + Comparator.<String>nullsFirst(Comparator.naturalOrder()).compare(null, null));

        Map<String, Integer> scores = new TreeMap<>(Map.of("zed", 3, "amy", 9, "kim", 3, "lou", 7));
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(scores.entrySet());
        entries.sort(Map.Entry.comparingByValue());
        System.out.println("comparingByValue " + entries);
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        System.out.println("by value desc then key " + entries);
        entries.sort(Map.Entry.comparingByKey(Comparator.reverseOrder()));
        System.out.println("comparingByKey reverse " + entries);
        entries.sort(Map.Entry.comparingByValue(Comparator.comparing(v -> v % 4)));
        System.out.println("comparingByValue mod 4 " + entries);
    }

    static void sort(String label, List<Person> people, Comparator<Person> c) {
        List<Person> copy = new ArrayList<>(people);
        copy.sort(c);
        System.out.println(label + ": " + names(copy));
    }

    static String names(List<Person> people) {
        StringBuilder sb = new StringBuilder();
        for (Person p : people) sb.append(p.name()).append(' ');
        return sb.toString().trim();
    }
}
