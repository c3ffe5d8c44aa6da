package collections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * java.util.PriorityQueue: poll order with natural ordering, comparators (reverse, by field then by name,
 * nullsLast is still rejected), the heap's array order in toString (a deterministic function of the
 * insertion sequence), remove(Object) from the middle of the heap, iterator removal, construction from
 * a collection and from another PriorityQueue (keeps its comparator), ties, null and non-comparable elements.
 */
public class PriorityQueueOps {
    record Task(String name, int priority) {}

    public static void main(String[] args) {
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        int[] vals = {42, 7, 19, 3, 88, 7, 56, 1, 23, 64, 11, 5};
        for (int v : vals) pq.add(v);
        System.out.println("heap array " + pq + " size " + pq.size() + " peek " + pq.peek());
        System.out.println("remove(19) " + pq.remove((Integer) 19) + " remove(100) " + pq.remove((Integer) 100)
                + " -> " + pq);
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) sb.append(pq.poll()).append(' ');
        System.out.println("polled " + sb);
        System.out.println("empty poll " + pq.poll() + " peek " + pq.peek());
        try {
            pq.remove();
        } catch (NoSuchElementException e) {
            System.out.println("remove on empty " + e.getClass().getName());
        }
        try {
            pq.element();
        } catch (NoSuchElementException e) {
            System.out.println("element on empty " + e.getClass().getName());
        }

        PriorityQueue<Integer> max = new PriorityQueue<>(Comparator.reverseOrder());
        for (int i = 0; i < 40; i++) max.offer((i * 37) % 101);
        System.out.println("max heap " + max);
        sb.setLength(0);
        for (int i = 0; i < 10; i++) sb.append(max.poll()).append(' ');
        System.out.println("top 10 " + sb + "remaining " + max.size());

        PriorityQueue<Task> tasks = new PriorityQueue<>(
                Comparator.comparingInt(Task::priority).reversed().thenComparing(Task::name));
        tasks.add(new Task("write", 2));
        tasks.add(new Task("test", 5));
        tasks.add(new Task("deploy", 1));
        tasks.add(new Task("review", 5));
        tasks.add(new Task("plan", 3));
        tasks.add(new Task("alpha", 5));
        System.out.println("tasks heap " + tasks);
        sb.setLength(0);
        while (!tasks.isEmpty()) sb.append(tasks.poll().name()).append(' ');
        System.out.println("task order " + sb);

        PriorityQueue<String> words = new PriorityQueue<>(List.of("pear", "apple", "fig", "banana", "cherry", "date"));
        System.out.println("from collection " + words + " comparator " + words.comparator());
        PriorityQueue<String> byLen = new PriorityQueue<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        byLen.addAll(words);
        PriorityQueue<String> copy = new PriorityQueue<>(byLen);
        sb.setLength(0);
        while (!copy.isEmpty()) sb.append(copy.poll()).append(' ');
        System.out.println("copy keeps comparator: " + sb);
        Iterator<String> it = byLen.iterator();
        while (it.hasNext()) if (it.next().contains("a")) it.remove();
        System.out.println("iterator removal " + byLen + " size " + byLen.size());
        byLen.removeIf(s -> s.startsWith("f"));
        System.out.println("removeIf " + byLen);

        PriorityQueue<Integer> big = new PriorityQueue<>(3);
        for (int i = 0; i < 500; i++) big.add((i * 7919) % 1000);
        for (int i = 0; i < 500; i += 5) big.remove((Integer) ((i * 7919) % 1000));
        long check = 0;
        int prev = -1;
        boolean sorted = true;
        for (int i = 0; !big.isEmpty(); i++) {
            int v = big.poll();
            if (v < prev) sorted = false;
            prev = v;
            check = check * 31 + v;
        }
        System.out.println("big drained sorted " + sorted + " check " + check);

        PriorityQueue<Integer> ties = new PriorityQueue<>(Comparator.comparingInt(x -> x / 10));
        for (int v : new int[] {15, 12, 19, 11, 25, 3, 17, 8}) ties.add(v);
        List<Integer> tieOrder = new ArrayList<>();
        while (!ties.isEmpty()) tieOrder.add(ties.poll());
        System.out.println("ties (heap order decides) " + tieOrder);
        try {
            new PriorityQueue<Integer>().add(null);
        } catch (NullPointerException e) {
            System.out.println("add null " + e.getClass().getName());
        }
        PriorityQueue<Object> objs = new PriorityQueue<>();
        try {
            objs.add(new Object());
        } catch (ClassCastException e) {
            System.out.println("non-comparable " + e.getClass().getName() + " size " + objs.size());
        }
        try {
            new PriorityQueue<Integer>(0);
        } catch (IllegalArgumentException e) {
            System.out.println("capacity 0 " + e.getClass().getName() + " " + e.getMessage());
        }
        PriorityQueue<Integer> arr = new PriorityQueue<>(List.of(5, 3, 9, 1));
        Integer[] a = arr.toArray(new Integer[0]);
        System.out.println("toArray length " + a.length + " contains 9 " + arr.contains(9) + " first " + a[0]);
    }
}
