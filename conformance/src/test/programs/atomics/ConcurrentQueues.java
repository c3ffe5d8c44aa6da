package atomics;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicMarkableReference;
import java.util.concurrent.atomic.AtomicStampedReference;

/**
 * JDK classes built on VarHandles that Kiln lowers: ConcurrentLinkedQueue and ConcurrentLinkedDeque (their nodes
 * are linked by compare-and-set), CopyOnWriteArrayList, and the stamped and markable references (a VarHandle on an
 * immutable pair).
 */
public class ConcurrentQueues {
    static void queue() {
        ConcurrentLinkedQueue<Integer> q = new ConcurrentLinkedQueue<>();
        System.out.println("queue empty " + q.isEmpty() + " " + q.peek() + " " + q.poll() + " " + q);
        for (int i = 0; i < 6; i++) q.offer(i * i);
        q.add(100);
        System.out.println("queue " + q + " size " + q.size() + " peek " + q.peek() + " contains 9 " + q.contains(9));
        System.out.println("queue poll " + q.poll() + " " + q.poll() + " remove 16 " + q.remove(16) + " " + q.remove(17) + " -> " + q);
        Iterator<Integer> it = q.iterator();
        while (it.hasNext()) if (it.next() % 2 == 1) it.remove();
        System.out.println("queue without odd " + q + " toArray " + q.toArray().length);
        q.removeIf(x -> x > 50);
        q.addAll(List.of(7, 8, 9));
        System.out.println("queue " + q + " " + q.size());
        while (!q.isEmpty()) q.poll();
        System.out.println("queue drained " + q + " " + q.size());
        try {
            q.add(null);
        } catch (NullPointerException e) {
            System.out.println("queue null " + e.getMessage());
        }
    }

    static void deque() {
        ConcurrentLinkedDeque<String> d = new ConcurrentLinkedDeque<>();
        d.addFirst("b");
        d.addLast("c");
        d.push("a");
        d.offerLast("d");
        d.offerFirst("z");
        System.out.println("deque " + d + " size " + d.size() + " first " + d.peekFirst() + " last " + d.peekLast());
        System.out.println("deque pops " + d.pop() + " " + d.pollLast() + " " + d.pollFirst() + " -> " + d);
        d.add("b");
        System.out.println("deque removeFirstOccurrence " + d.removeFirstOccurrence("b") + " removeLastOccurrence "
                + d.removeLastOccurrence("b") + " -> " + d);
        List<String> backwards = new ArrayList<>();
        for (Iterator<String> it = d.descendingIterator(); it.hasNext(); ) backwards.add(it.next());
        System.out.println("deque descending " + backwards + " empty " + d.isEmpty());
        d.clear();
        System.out.println("deque cleared " + d + " " + d.pollFirst() + " " + d.peekLast());
    }

    static void copyOnWrite() {
        CopyOnWriteArrayList<String> l = new CopyOnWriteArrayList<>(List.of("x", "y"));
        Iterator<String> snapshot = l.iterator();
        l.add("z");
        l.add(0, "w");
        l.set(2, "Y");
        System.out.println("cow " + l + " size " + l.size() + " index " + l.indexOf("Y") + " addIfAbsent " + l.addIfAbsent("x") + " "
                + l.addIfAbsent("v"));
        StringBuilder sb = new StringBuilder();
        while (snapshot.hasNext()) sb.append(snapshot.next());
        System.out.println("cow snapshot " + sb + " remove " + l.remove("w") + " " + l.remove(0) + " -> " + l);
        l.removeIf(s -> s.equals("z"));
        System.out.println("cow " + l + " " + l.contains("v") + " " + l.subList(0, 1));
        @SuppressWarnings("unchecked")
        CopyOnWriteArrayList<String> copy = (CopyOnWriteArrayList<String>) l.clone();
        copy.add("cloned");
        l.add(0, "original");
        System.out.println("cow clone " + copy + " " + l + " " + copy.equals(l));
    }

    static void pairs() {
        AtomicStampedReference<String> s = new AtomicStampedReference<>("a", 1);
        int[] stamp = new int[1];
        System.out.println("stamped " + s.compareAndSet("a", "b", 1, 2) + " " + s.compareAndSet("a", "c", 2, 3) + " "
                + s.get(stamp) + stamp[0] + " " + s.attemptStamp("b", 7) + " " + s.getStamp() + " " + s.weakCompareAndSet("b", "d", 7, 8)
                + " " + s.getReference());
        s.set("e", 9);
        System.out.println("stamped set " + s.getReference() + s.getStamp());
        AtomicMarkableReference<String> m = new AtomicMarkableReference<>("a", false);
        boolean[] mark = new boolean[1];
        System.out.println("markable " + m.attemptMark("a", true) + " " + m.isMarked() + " " + m.compareAndSet("a", "b", true, false)
                + " " + m.get(mark) + mark[0] + " " + m.compareAndSet("a", "c", false, true) + " " + m.getReference());
    }

    public static void main(String[] args) {
        queue();
        deque();
        copyOnWrite();
        pairs();
    }
}
