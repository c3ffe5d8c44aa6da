package collections;

import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;

/**
 * java.util.LinkedList as List and Deque: positional add/get/set/remove (index messages), null elements,
 * indexOf/lastIndexOf, the Deque methods at both ends, ListIterator walking both ways with add/set/remove
 * and its index queries, removeFirstOccurrence/LastOccurrence, subList, equals/hashCode against other
 * lists, and the fail-fast iterator.
 */
public class LinkedListOps {
    @SuppressWarnings("unchecked")
    public static void main(String[] args) {
        LinkedList<String> l = new LinkedList<>();
        for (int i = 0; i < 6; i++) l.add("e" + i);
        l.add(0, "head");
        l.add(4, "mid");
        l.add(l.size(), "tail");
        l.add(null);
        System.out.println(l + " size " + l.size());
        System.out.println("get 4 " + l.get(4) + " set 4 " + l.set(4, "MID") + " remove 0 " + l.remove(0)
                + " remove(null) " + l.remove(null) + " remove(absent) " + l.remove("zz") + " -> " + l);
        System.out.println("indexOf e3 " + l.indexOf("e3") + " lastIndexOf e3 " + l.lastIndexOf("e3")
                + " indexOf null " + l.indexOf(null));
        int[] bad = {-1, 9, 100};
        for (int b : bad) {
            try {
                l.get(b);
            } catch (IndexOutOfBoundsException e) {
                System.out.println("get(" + b + "): " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        try {
            l.add(10, "x");
        } catch (IndexOutOfBoundsException e) {
            System.out.println("add(10): " + e.getMessage());
        }
        try {
            l.set(-2, "x");
        } catch (IndexOutOfBoundsException e) {
            System.out.println("set(-2): " + e.getMessage());
        }

        l.addFirst("F");
        l.addLast("L");
        l.push("P");
        l.offer("O");
        l.offerFirst("OF");
        System.out.println("deque ops " + l);
        System.out.println("peekFirst " + l.peekFirst() + " peekLast " + l.peekLast() + " pop " + l.pop()
                + " poll " + l.poll() + " pollLast " + l.pollLast() + " removeFirst " + l.removeFirst()
                + " removeLast " + l.removeLast() + " element " + l.element() + " -> " + l);
        LinkedList<String> dup = new LinkedList<>(List.of("x", "y", "x", "z", "x"));
        System.out.println("removeFirstOccurrence " + dup.removeFirstOccurrence("x") + " " + dup
                + " removeLastOccurrence " + dup.removeLastOccurrence("x") + " " + dup);
        LinkedList<String> empty = new LinkedList<>();
        System.out.println("empty peek " + empty.peek() + " poll " + empty.poll() + " pollLast " + empty.pollLast());
        try {
            empty.getFirst();
        } catch (NoSuchElementException e) {
            System.out.println("getFirst on empty " + e.getClass().getName() + " " + e.getMessage());
        }
        try {
            empty.removeLast();
        } catch (NoSuchElementException e) {
            System.out.println("removeLast on empty " + e.getClass().getName());
        }
        try {
            empty.pop();
        } catch (NoSuchElementException e) {
            System.out.println("pop on empty " + e.getClass().getName());
        }

        LinkedList<Integer> nums = new LinkedList<>();
        for (int i = 1; i <= 10; i++) nums.add(i);
        ListIterator<Integer> li = nums.listIterator();
        while (li.hasNext()) {
            int idx = li.nextIndex();
            int v = li.next();
            if (v % 3 == 0) li.remove();
            else if (v % 4 == 0) li.set(v * 100);
            else if (v == 5) li.add(55);
            if (idx == 0) System.out.println("first prevIndex " + li.previousIndex());
        }
        System.out.println("after forward pass " + nums);
        StringBuilder back = new StringBuilder();
        while (li.hasPrevious()) {
            back.append(li.previousIndex()).append(':').append(li.previous()).append(' ');
        }
        System.out.println("backward " + back);
        li.add(0);
        System.out.println("add at start " + nums + " nextIndex " + li.nextIndex());
        ListIterator<Integer> mid = nums.listIterator(4);
        System.out.println("listIterator(4) next " + mid.next() + " previous " + mid.previous() + " previous "
                + mid.previous());
        try {
            mid.set(1);
            mid.add(2);
            mid.set(3);
        } catch (IllegalStateException e) {
            System.out.println("set after add " + e.getClass().getName() + " -> " + nums);
        }
        try {
            nums.listIterator(99);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("listIterator(99): " + e.getMessage());
        }
        List<Integer> sub = nums.subList(2, 6);
        sub.set(0, -1);
        sub.remove(1);
        sub.add(777);
        System.out.println("subList " + sub + " -> " + nums);
        System.out.println("equals ArrayList " + nums.equals(new java.util.ArrayList<>(nums)) + " hash "
                + nums.hashCode() + " " + new java.util.ArrayList<>(nums).hashCode() + " List.of equals "
                + List.of(1, 2).equals(new LinkedList<>(List.of(1, 2))));
        Iterator<Integer> desc = nums.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (desc.hasNext()) {
            int v = desc.next();
            if (v < 0) desc.remove();
            sb.append(v).append(',');
        }
        System.out.println("descending " + sb + " -> " + nums);
        try {
            for (Integer x : nums) if (x == 777) nums.add(1);
        } catch (ConcurrentModificationException e) {
            System.out.println("CME " + e.getClass().getName());
        }
        nums.removeIf(x -> x > 100);
        nums.replaceAll(x -> x * 2);
        nums.sort(null);
        System.out.println("removeIf/replaceAll/sort " + nums + " contains 4 " + nums.contains(4));
        LinkedList<Integer> clone = (LinkedList<Integer>) nums.clone();
        clone.addAll(1, List.of(-5, -6));
        System.out.println("clone addAll at 1 " + clone + " original " + nums.size() + " toArray "
                + clone.toArray(new Integer[0]).length);
    }
}
