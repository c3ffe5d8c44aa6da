package collections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedList;
import java.util.List;

/**
 * The algorithms of java.util.Collections: sort (stable, with and without comparators), binarySearch (found and insertion points, with comparators),
 * reverse, rotate (positive, negative, larger than the size, on ArrayList and LinkedList), swap, fill, copy,
 * nCopies, frequency, disjoint, min/max, indexOfSubList/lastIndexOfSubList, addAll, reverseOrder, replaceAll,
 * enumeration/list, and the empty and singleton collections.
 */
public class CollectionsAlgorithms {
    record Item(String name, int rank) {}

    public static void main(String[] args) {
        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 20; i++) nums.add((i * 17 + 5) % 23);
        System.out.println("start " + nums);
        Collections.sort(nums);
        System.out.println("sorted " + nums);
        for (int key : new int[] {5, 6, 0, 22, 100, -3}) {
            System.out.print("binarySearch " + key + "=" + Collections.binarySearch(nums, key) + " ");
        }
        System.out.println();
        Collections.sort(nums, Collections.reverseOrder());
        System.out.println("reverse sorted " + nums + " search 6 with reverseOrder "
                + Collections.binarySearch(nums, 6, Collections.reverseOrder()) + " search 7 "
                + Collections.binarySearch(nums, 7, Collections.reverseOrder()));
        LinkedList<Integer> linked = new LinkedList<>(nums);
        Collections.sort(linked);
        System.out.println("binarySearch on LinkedList " + Collections.binarySearch(linked, 13) + " "
                + Collections.binarySearch(linked, 14));

        List<Item> items = new ArrayList<>();
        String[] names = {"kiwi", "apple", "fig", "date", "plum", "pear", "lime", "yuzu", "sloe", "quince"};
        for (int i = 0; i < names.length; i++) items.add(new Item(names[i], i % 3));
        Collections.sort(items, Comparator.comparingInt(Item::rank));
        System.out.println("stable by rank " + items);
        Collections.sort(items, Comparator.comparing(Item::name).reversed());
        System.out.println("by name reversed " + items);

        List<Integer> r = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7));
        Collections.rotate(r, 2);
        System.out.println("rotate 2 " + r);
        Collections.rotate(r, -3);
        System.out.println("rotate -3 " + r);
        Collections.rotate(r, 15);
        System.out.println("rotate 15 " + r);
        LinkedList<Integer> rl = new LinkedList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        Collections.rotate(rl, 5);
        System.out.println("rotate LinkedList 5 " + rl);
        List<Integer> big = new ArrayList<>();
        for (int i = 0; i < 120; i++) big.add(i);
        Collections.rotate(big, 45);
        System.out.println("rotate 120 by 45 first " + big.subList(0, 5) + " last " + big.get(119));
        Collections.rotate(r.subList(1, 5), 1);
        System.out.println("rotate subList " + r);
        Collections.reverse(r);
        System.out.println("reverse " + r);
        Collections.reverse(rl);
        System.out.println("reverse LinkedList " + rl);
        Collections.swap(r, 0, 6);
        System.out.println("swap 0 6 " + r);
        try {
            Collections.swap(r, 0, 7);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("swap out of range " + e.getClass().getName() + ": " + e.getMessage());
        }

        List<String> dst = new ArrayList<>(List.of("1", "2", "3", "4", "5"));
        Collections.copy(dst, List.of("x", "y"));
        System.out.println("copy " + dst);
        try {
            Collections.copy(new ArrayList<>(List.of("a")), List.of("x", "y"));
        } catch (IndexOutOfBoundsException e) {
            System.out.println("copy too small: " + e.getMessage());
        }
        Collections.fill(dst, "z");
        System.out.println("fill " + dst);
        List<String> copies = Collections.nCopies(4, "ab");
        System.out.println("nCopies " + copies + " size " + copies.size() + " indexOf " + copies.indexOf("ab")
                + " lastIndexOf " + copies.lastIndexOf("ab") + " contains x " + copies.contains("x") + " hash "
                + copies.hashCode() + " equals " + copies.equals(List.of("ab", "ab", "ab", "ab")));
        System.out.println("nCopies 0 " + Collections.nCopies(0, "q") + " subList " + copies.subList(1, 3));
        try {
            Collections.nCopies(-1, "q");
        } catch (IllegalArgumentException e) {
            System.out.println("nCopies -1: " + e.getMessage());
        }
        try {
            copies.set(0, "no");
        } catch (UnsupportedOperationException e) {
            System.out.println("nCopies set " + e.getClass().getName());
        }

        List<String> words = List.of("a", "b", "a", "c", "a", "b");
        System.out.println("frequency a " + Collections.frequency(words, "a") + " b " + Collections.frequency(words, "b")
                + " z " + Collections.frequency(words, "z") + " null " + Collections.frequency(Arrays.asList("x", null, null), null));
        System.out.println("disjoint " + Collections.disjoint(words, List.of("x", "y")) + " "
                + Collections.disjoint(words, List.of("y", "c")) + " empty " + Collections.disjoint(List.of(), words));
        System.out.println("min " + Collections.min(nums) + " max " + Collections.max(nums) + " max by length "
                + Collections.max(List.of("aa", "b", "cccc", "dd"), Comparator.comparingInt(String::length)) + " min reverse "
                + Collections.min(nums, Collections.reverseOrder()));
        try {
            Collections.max(new ArrayList<Integer>());
        } catch (java.util.NoSuchElementException e) {
            System.out.println("max of empty " + e.getClass().getName());
        }
        List<Integer> hay = List.of(1, 2, 3, 1, 2, 3, 4, 1, 2);
        System.out.println("indexOfSubList " + Collections.indexOfSubList(hay, List.of(1, 2)) + " "
                + Collections.indexOfSubList(hay, List.of(3, 4)) + " " + Collections.indexOfSubList(hay, List.of(4, 3))
                + " last " + Collections.lastIndexOfSubList(hay, List.of(1, 2)) + " empty "
                + Collections.indexOfSubList(hay, List.of()));
        List<String> target = new ArrayList<>();
        System.out.println("addAll " + Collections.addAll(target, "p", "q", "r") + " " + target);
        System.out.println("replaceAll " + Collections.replaceAll(target, "q", "Q") + " " + target + " none "
                + Collections.replaceAll(target, "zz", "y"));
        Enumeration<String> en = Collections.enumeration(target);
        StringBuilder sb = new StringBuilder();
        while (en.hasMoreElements()) sb.append(en.nextElement());
        System.out.println("enumeration " + sb + " list " + Collections.list(Collections.enumeration(List.of(3, 2, 1))));

        Comparator<String> rev = Collections.reverseOrder();
        Comparator<String> revLen = Collections.reverseOrder(Comparator.comparingInt(String::length));
        List<String> fruits = new ArrayList<>(List.of("fig", "banana", "kiwi", "apple", "cherry"));
        fruits.sort(rev);
        System.out.println("reverseOrder " + fruits + " same object " + (Collections.<String>reverseOrder() == rev)
                + " reverse of reverse natural " + (Collections.reverseOrder(rev) == Comparator.<String>naturalOrder()));
        fruits.sort(revLen);
        System.out.println("reverseOrder(by length) " + fruits + " reversed back " + (Collections.reverseOrder(revLen) != null));

        System.out.println("emptyList " + Collections.emptyList() + " emptySet " + Collections.emptySet() + " emptyMap "
                + Collections.emptyMap() + " emptyIterator hasNext " + Collections.emptyIterator().hasNext()
                + " emptyList equals List.of " + Collections.emptyList().equals(List.of()) + " hash "
                + Collections.emptyList().hashCode() + " " + Collections.emptyMap().hashCode());
        try {
            Collections.<String>emptyList().add("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("emptyList add " + e.getClass().getName());
        }
        try {
            Collections.emptyList().get(0);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("emptyList get: " + e.getMessage());
        }
        System.out.println("singletonList " + Collections.singletonList("one") + " singleton " + Collections.singleton(1)
                + " singletonMap " + Collections.singletonMap("k", "v") + " contains " + Collections.singleton(1).contains(1)
                + " hash " + Collections.singletonMap("k", "v").hashCode());
        try {
            Collections.singletonList("one").set(0, "two");
        } catch (UnsupportedOperationException e) {
            System.out.println("singletonList set " + e.getClass().getName());
        }
        try {
            Collections.singletonList("one").get(1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("singletonList get(1): " + e.getMessage());
        }
        List<String> emptySorted = new ArrayList<>(Collections.emptySortedSet());
        System.out.println("emptySortedSet " + emptySorted + " emptyNavigableMap " + Collections.emptyNavigableMap()
                + " emptyListIterator hasPrevious " + Collections.emptyListIterator().hasPrevious());
    }
}
