package collections;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * java.util.TreeSet: navigation, subSet/headSet/tailSet views (both forms) and the descending set, writes
 * through views and range errors, pollFirst/pollLast on sets and views, comparators that merge elements
 * (a comparator's equality decides membership), set algebra (addAll/retainAll/removeAll/containsAll),
 * equals/hashCode against other sets, and ClassCastException/NullPointerException for bad elements.
 */
public class TreeSetViews {
    record Person(String name, int age) {}

    public static void main(String[] args) {
        TreeSet<Integer> s = new TreeSet<>();
        for (int i = 0; i < 20; i++) s.add((i * 7) % 23);
        System.out.println(s + " size " + s.size());
        System.out.println("first " + s.first() + " last " + s.last() + " floor(12) " + s.floor(12) + " ceiling(12) "
                + s.ceiling(12) + " lower(0) " + s.lower(0) + " higher(22) " + s.higher(22) + " higher(21) " + s.higher(21));
        NavigableSet<Integer> sub = s.subSet(5, true, 15, true);
        SortedSet<Integer> head = s.headSet(6);
        NavigableSet<Integer> tail = s.tailSet(15, false);
        System.out.println("subSet[5,15] " + sub + " headSet(6) " + head + " tailSet(15,false) " + tail);
        System.out.println("descendingSet " + s.descendingSet());
        System.out.println("sub descending " + sub.descendingSet() + " sub.descendingSet().headSet(10) "
                + sub.descendingSet().headSet(10));
        Iterator<Integer> di = s.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (di.hasNext()) {
            int v = di.next();
            if (v % 3 == 0) di.remove();
            else sb.append(v).append(' ');
        }
        System.out.println("descending iterator kept " + sb + "-> " + s);
        System.out.println("view after removals " + sub + " size " + sub.size());
        sub.add(12);
        System.out.println("add through view " + s.contains(12));
        try {
            sub.add(16);
        } catch (IllegalArgumentException e) {
            System.out.println("add out of range: " + e.getMessage());
        }
        try {
            head.add(6);
        } catch (IllegalArgumentException e) {
            System.out.println("headSet add at bound: " + e.getMessage());
        }
        try {
            s.subSet(10, 5);
        } catch (IllegalArgumentException e) {
            System.out.println("subSet reversed: " + e.getMessage());
        }
        System.out.println("sub pollFirst " + sub.pollFirst() + " pollLast " + sub.pollLast() + " -> " + s);
        System.out.println("pollFirst " + s.pollFirst() + " pollLast " + s.pollLast() + " -> " + s);
        TreeSet<Integer> empty = new TreeSet<>();
        System.out.println("empty pollFirst " + empty.pollFirst() + " floor " + empty.floor(3) + " headSet "
                + empty.headSet(3));
        try {
            empty.first();
        } catch (NoSuchElementException e) {
            System.out.println("first on empty " + e.getClass().getName());
        }
        try {
            sub.subSet(0, 100);
        } catch (IllegalArgumentException e) {
            System.out.println("sub of sub out of range: " + e.getMessage());
        }

        TreeSet<String> byLength = new TreeSet<>(Comparator.comparingInt(String::length));
        for (String w : List.of("pear", "fig", "apple", "plum", "kiwi", "banana", "date")) {
            System.out.print(byLength.add(w) ? "+" + w : "=" + w);
            System.out.print(' ');
        }
        System.out.println("-> " + byLength + " contains 'ab' " + byLength.contains("ab") + " contains 'abc' "
                + byLength.contains("abc"));
        TreeSet<String> ci = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        ci.addAll(List.of("b", "A", "a", "C", "B", "d"));
        System.out.println("case-insensitive " + ci + " ceiling(\"B\") " + ci.ceiling("B"));
        TreeSet<Person> people = new TreeSet<>(Comparator.comparing(Person::age).thenComparing(Person::name,
                Comparator.reverseOrder()));
        people.add(new Person("ann", 30));
        people.add(new Person("bob", 25));
        people.add(new Person("cid", 30));
        people.add(new Person("dan", 25));
        people.add(new Person("ann", 30));
        System.out.println("people " + people);
        System.out.println("people headSet(cid 30) " + people.headSet(new Person("cid", 30)));

        TreeSet<Integer> a = new TreeSet<>(List.of(1, 2, 3, 4, 5, 6, 7, 8));
        TreeSet<Integer> b = new TreeSet<>(Comparator.reverseOrder());
        b.addAll(List.of(2, 4, 6, 8, 10));
        System.out.println("b " + b + " first " + b.first() + " headSet(6) " + b.headSet(6) + " floor(5) " + b.floor(5));
        TreeSet<Integer> union = new TreeSet<>(a);
        union.addAll(b);
        TreeSet<Integer> inter = new TreeSet<>(a);
        inter.retainAll(b);
        TreeSet<Integer> diff = new TreeSet<>(a);
        diff.removeAll(b);
        System.out.println("union " + union + " inter " + inter + " diff " + diff + " containsAll "
                + a.containsAll(inter) + " " + inter.containsAll(a));
        TreeSet<Integer> evens = new TreeSet<>(List.of(8, 6, 4, 2));
        System.out.println("equals across comparators " + inter.equals(evens) + " " + evens.equals(inter)
                + " hash " + inter.hashCode() + " " + evens.hashCode());
        TreeSet<Integer> copyOfSorted = new TreeSet<>(b);
        System.out.println("copy of sorted keeps comparator " + copyOfSorted + " " + (copyOfSorted.comparator() != null));

        TreeSet<Object> objs = new TreeSet<>();
        objs.add("x");
        try {
            objs.add(3);
        } catch (ClassCastException e) {
            System.out.println("mixed " + e.getClass().getName());
        }
        try {
            objs.add(null);
        } catch (NullPointerException e) {
            System.out.println("null " + e.getClass().getName());
        }
        try {
            objs.contains(4.5);
        } catch (ClassCastException e) {
            System.out.println("contains other type " + e.getClass().getName());
        }
        System.out.println("after failures " + objs);
        TreeSet<Integer> many = new TreeSet<>();
        for (int i = 0; i < 2000; i++) many.add((i * 1237) % 4001);
        long sum = 0;
        for (int v : many.subSet(1000, 2000)) sum += v;
        System.out.println("many " + many.size() + " " + many.first() + " " + many.last() + " sub sum " + sum
                + " headSet(100) size " + many.headSet(100).size() + " tail size " + many.tailSet(3900).size());
        many.headSet(3000).clear();
        System.out.println("cleared head view " + many.size() + " first " + many.first());
    }
}
