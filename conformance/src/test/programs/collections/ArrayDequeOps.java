package collections;

import java.util.ArrayDeque;
import java.util.ConcurrentModificationException;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * java.util.ArrayDeque: both ends (add/offer/push/poll/pop/peek and the First/Last forms), wrap-around of
 * the circular array while it grows, the exception-versus-null pairs on an empty deque, null elements
 * rejected, removeFirstOccurrence/LastOccurrence, removeIf in the middle of a wrapped array, iterator and
 * descendingIterator with removal, the fail-fast iterator, toArray, clone and use as stack and queue.
 */
public class ArrayDequeOps {
    public static void main(String[] args) {
        ArrayDeque<Integer> d = new ArrayDeque<>(4);
        for (int i = 0; i < 5; i++) {
            d.addFirst(-i);
            d.addLast(i * 10);
        }
        System.out.println(d + " size " + d.size());
        System.out.println("peekFirst " + d.peekFirst() + " peekLast " + d.peekLast() + " getFirst " + d.getFirst()
                + " getLast " + d.getLast() + " element " + d.element() + " peek " + d.peek());
        System.out.println("pollFirst " + d.pollFirst() + " pollLast " + d.pollLast() + " pop " + d.pop()
                + " removeLast " + d.removeLast() + " remove " + d.remove() + " -> " + d);
        d.push(100);
        d.offer(200);
        d.offerFirst(300);
        d.offerLast(400);
        System.out.println("push/offer " + d);
        // Wrap the head around the end of the array many times while growing.
        ArrayDeque<Integer> ring = new ArrayDeque<>();
        long checksum = 0;
        for (int i = 0; i < 1000; i++) {
            ring.addLast(i);
            if (i % 3 == 0) checksum += ring.pollFirst();
            if (i % 7 == 0) ring.addFirst(-i);
        }
        System.out.println("ring size " + ring.size() + " checksum " + checksum + " first " + ring.peekFirst()
                + " last " + ring.peekLast());
        int removed = 0;
        while (ring.size() > 10) {
            ring.removeLast();
            removed++;
        }
        System.out.println("ring trimmed " + removed + " -> " + ring);

        ArrayDeque<String> empty = new ArrayDeque<>();
        System.out.println("empty poll " + empty.poll() + " pollFirst " + empty.pollFirst() + " pollLast "
                + empty.pollLast() + " peek " + empty.peek() + " peekLast " + empty.peekLast());
        String[] names = {"remove", "removeFirst", "removeLast", "pop", "element", "getFirst", "getLast"};
        for (String n : names) {
            try {
                switch (n) {
                    case "remove" -> empty.remove();
                    case "removeFirst" -> empty.removeFirst();
                    case "removeLast" -> empty.removeLast();
                    case "pop" -> empty.pop();
                    case "element" -> empty.element();
                    case "getFirst" -> empty.getFirst();
                    default -> empty.getLast();
                }
                System.out.println(n + " returned");
            } catch (NoSuchElementException e) {
                System.out.println(n + " on empty: " + e.getClass().getName() + " " + e.getMessage());
            }
        }
        try {
            empty.addFirst(null);
        } catch (NullPointerException e) {
            System.out.println("addFirst(null) " + e.getClass().getName());
        }
        try {
            empty.offerLast(null);
        } catch (NullPointerException e) {
            System.out.println("offerLast(null) " + e.getClass().getName());
        }
        System.out.println("contains(null) " + empty.contains(null) + " remove(null) " + empty.remove(null));

        ArrayDeque<String> occ = new ArrayDeque<>(List.of("a", "b", "c", "b", "a", "b"));
        System.out.println("removeFirstOccurrence b " + occ.removeFirstOccurrence("b") + " " + occ
                + " removeLastOccurrence b " + occ.removeLastOccurrence("b") + " " + occ + " missing "
                + occ.removeFirstOccurrence("z"));
        ArrayDeque<Integer> wrapped = new ArrayDeque<>(8);
        for (int i = 0; i < 6; i++) wrapped.addLast(i);
        for (int i = 0; i < 4; i++) wrapped.pollFirst();
        for (int i = 6; i < 12; i++) wrapped.addLast(i);
        System.out.println("wrapped " + wrapped);
        wrapped.removeIf(x -> x % 2 == 1);
        System.out.println("removeIf odd " + wrapped);
        wrapped.remove(8);
        System.out.println("remove(8) " + wrapped);
        Iterator<Integer> it = wrapped.iterator();
        while (it.hasNext()) if (it.next() == 6) it.remove();
        Iterator<Integer> di = wrapped.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (di.hasNext()) {
            int v = di.next();
            sb.append(v).append(' ');
            if (v == 10) di.remove();
        }
        System.out.println("descending " + sb + "-> " + wrapped);
        try {
            for (Integer x : wrapped) if (x == 4) wrapped.addLast(99);
            System.out.println("no CME");
        } catch (ConcurrentModificationException e) {
            System.out.println("modify while iterating " + e.getClass().getName());
        }
        Object[] arr = wrapped.toArray();
        Integer[] typed = wrapped.toArray(new Integer[0]);
        System.out.println("toArray " + arr.length + " " + typed.length + " last " + typed[typed.length - 1]);
        ArrayDeque<Integer> clone = wrapped.clone();
        clone.clear();
        System.out.println("clone cleared " + clone.isEmpty() + " original " + wrapped.size());

        Deque<Character> stack = new ArrayDeque<>();
        String expr = "{[()()]}([)]";
        StringBuilder balance = new StringBuilder();
        for (char c : expr.toCharArray()) {
            if ("([{".indexOf(c) >= 0) stack.push(c);
            else {
                Character open = stack.poll();
                boolean ok = open != null && "([{".indexOf(open) == ")]}".indexOf(c);
                balance.append(ok ? '+' : '-');
            }
        }
        System.out.println("balance " + balance + " left " + stack);
        ArrayDeque<int[]> bfs = new ArrayDeque<>();
        boolean[][] seen = new boolean[6][6];
        bfs.add(new int[] {0, 0, 0});
        seen[0][0] = true;
        int reached = 0;
        int maxDist = 0;
        while (!bfs.isEmpty()) {
            int[] cur = bfs.poll();
            reached++;
            maxDist = Math.max(maxDist, cur[2]);
            int[][] moves = {{1, 2}, {2, 1}, {-1, 2}, {-2, 1}, {1, -2}, {2, -1}, {-1, -2}, {-2, -1}};
            for (int[] mv : moves) {
                int x = cur[0] + mv[0], y = cur[1] + mv[1];
                if (x >= 0 && y >= 0 && x < 6 && y < 6 && !seen[x][y]) {
                    seen[x][y] = true;
                    bfs.add(new int[] {x, y, cur[2] + 1});
                }
            }
        }
        System.out.println("knight bfs reached " + reached + " max distance " + maxDist);
    }
}
