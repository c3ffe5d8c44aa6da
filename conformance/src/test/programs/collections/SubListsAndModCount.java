package collections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;

/** subList views (writes through, nested views, structural changes) and fail-fast iterators, on ArrayList and LinkedList. */
public class SubListsAndModCount {
    static void run(List<Integer> list) {
        for (int i = 0; i < 10; i++) list.add(i);
        List<Integer> sub = list.subList(2, 7);
        sub.set(0, 20);
        sub.remove(Integer.valueOf(4));
        sub.add(99);
        List<Integer> inner = sub.subList(1, 3);
        inner.clear();
        Collections.reverse(sub);
        System.out.println(list.getClass().getSimpleName() + " " + list + " sub " + sub + " " + sub.size() + " " + sub.indexOf(20));
        ListIterator<Integer> li = list.listIterator(3);
        StringBuilder walk = new StringBuilder();
        while (li.hasPrevious()) walk.append(li.previousIndex()).append(':').append(li.previous()).append(' ');
        li.add(-1);
        li.next();
        li.set(-2);
        while (li.hasNext()) if (li.next() % 2 == 0) li.remove();
        System.out.println("walk " + walk + "-> " + list);
        list.add(5);
        try {
            sub.size();
            System.out.println("stale sub list worked");
        } catch (ConcurrentModificationException e) {
            System.out.println("stale sub list: ConcurrentModificationException");
        }
        try {
            for (Integer x : list) if (x == 5) list.remove(x);
            System.out.println("no CME");
        } catch (ConcurrentModificationException e) {
            System.out.println("for-each remove: ConcurrentModificationException");
        }
        Iterator<Integer> it = list.iterator();
        it.next();
        it.remove();
        try {
            it.remove();
        } catch (IllegalStateException e) {
            System.out.println("second remove: IllegalStateException");
        }
        try {
            list.subList(3, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException " + e.getMessage());
        }
        try {
            list.subList(0, 100);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IndexOutOfBoundsException " + e.getMessage());
        }
        list.removeIf(x -> x < 0);
        list.replaceAll(x -> x * 3);
        System.out.println("end " + list);
    }

    public static void main(String[] args) {
        run(new ArrayList<>());
        run(new LinkedList<>());
        List<String> fixed = Arrays.asList("x", "y", "z");
        fixed.set(1, "Y");
        try {
            fixed.add("w");
        } catch (UnsupportedOperationException e) {
            System.out.println("asList add: UnsupportedOperationException " + e.getMessage());
        }
        System.out.println(fixed + " " + fixed.subList(1, 3));
    }
}
