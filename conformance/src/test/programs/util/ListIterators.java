package util;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;

/** ListIterator both ways over ArrayList and LinkedList: indexes, set/add/remove rules and their exceptions. */
public class ListIterators {
    public static void main(String[] args) {
        run(new ArrayList<>(List.of("a", "b", "c", "d")));
        run(new LinkedList<>(List.of("a", "b", "c", "d")));
        List<Integer> fixed = List.of(1, 2);
        try {
            fixed.listIterator().set(3);
        } catch (UnsupportedOperationException | IllegalStateException e) {
            System.out.println("immutable set: " + e.getClass().getSimpleName());
        }
    }

    private static void run(List<String> list) {
        System.out.println("== " + list.getClass().getSimpleName());
        ListIterator<String> it = list.listIterator(2);
        System.out.println("start nextIndex " + it.nextIndex() + " previousIndex " + it.previousIndex());
        System.out.println("previous " + it.previous() + " previous " + it.previous() + " hasPrevious " + it.hasPrevious());
        try {
            it.previous();
        } catch (NoSuchElementException e) {
            System.out.println("NoSuchElementException");
        }
        try {
            it.set("x");
            System.out.println("set after previous: " + list);
        } catch (IllegalStateException e) {
            System.out.println("IllegalStateException on set");
        }
        it.next();
        it.set("A");
        it.add("a2");
        try {
            it.set("bad");
        } catch (IllegalStateException e) {
            System.out.println("set after add: IllegalStateException");
        }
        it.next();
        it.remove();
        try {
            it.remove();
        } catch (IllegalStateException e) {
            System.out.println("remove twice: IllegalStateException");
        }
        System.out.println(list + " nextIndex " + it.nextIndex());
        while (it.hasNext()) {
            String s = it.next();
            if (s.equals("c")) it.add("c2");
        }
        System.out.println(list);
        while (it.hasPrevious()) {
            if (it.previous().startsWith("a")) it.remove();
        }
        System.out.println(list + " at " + it.nextIndex());
        ListIterator<String> stale = list.listIterator();
        list.add("z");
        try {
            stale.next();
        } catch (ConcurrentModificationException e) {
            System.out.println("ConcurrentModificationException");
        }
        try {
            list.listIterator(list.size() + 1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IndexOutOfBoundsException " + e.getMessage());
        }
    }
}
