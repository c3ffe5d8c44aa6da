package concurrency;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The concurrent collections used from one thread and from parallel streams: ConcurrentHashMap (compute,
 * merge, putIfAbsent, the bulk forEach/reduce/search with a parallelism threshold of 1, which run as
 * fork/join tasks, mappingCount, key set views, newKeySet), ConcurrentSkipListMap/Set (navigation, views),
 * ConcurrentLinkedQueue/Deque, CopyOnWriteArrayList/Set (snapshot iterators), and the blocking queues used
 * without blocking (offer/poll/put/take with elements present, timed poll of an empty queue, drainTo,
 * remainingCapacity, SynchronousQueue's offer without a taker).
 */
public class ConcurrentCollections {
    static final class Job implements Delayed {
        final String name;

        Job(String name) {
            this.name = name;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return 0;
        }

        @Override
        public int compareTo(Delayed o) {
            return name.compareTo(((Job) o).name);
        }
    }

    public static void main(String[] args) throws Exception {
        ConcurrentHashMap<String, Integer> map = new ConcurrentHashMap<>();
        IntStream.range(0, 1000).parallel().forEach(i -> map.merge("k" + i % 13, i, Integer::sum));
        System.out.println("merged " + new TreeMap<>(map));
        map.compute("k0", (k, v) -> v == null ? 1 : v * 2);
        map.computeIfAbsent("new", k -> k.length());
        map.computeIfPresent("k1", (k, v) -> null);
        System.out.println("putIfAbsent " + map.putIfAbsent("new", 99) + " " + map.putIfAbsent("fresh", 5) + " replace "
                + map.replace("k2", 0) + " remove " + map.remove("k3", 12345) + " size " + map.size() + " mapping "
                + map.mappingCount());
        System.out.println("getOrDefault " + map.getOrDefault("absent", -1) + " contains " + map.containsKey("k1")
                + " " + map.containsValue(5));
        System.out.println("reduceValues " + map.reduceValues(1, Integer::sum) + " reduce " + map.reduce(1, (k, v) -> k.length() + v,
                Integer::sum) + " reduceKeys " + map.reduceKeys(1, (a, b) -> a.compareTo(b) > 0 ? a : b));
        System.out.println("search " + map.search(1, (k, v) -> v == 5 ? k : null) + " searchValues "
                + map.searchValues(1, v -> v > 1_000_000 ? v : null));
        List<String> visited = java.util.Collections.synchronizedList(new ArrayList<>());
        map.forEach(1, (k, v) -> visited.add(k));
        System.out.println("forEach visited " + visited.stream().sorted().collect(Collectors.toList()));
        long big = map.reduceValuesToLong(1, v -> v, 0L, Long::sum);
        System.out.println("reduceValuesToLong " + big + " forEachValue count " + map.values().stream().count());
        ConcurrentHashMap.KeySetView<String, Boolean> set = ConcurrentHashMap.newKeySet();
        set.add("b");
        set.add("a");
        set.add("b");
        System.out.println("newKeySet " + set.stream().sorted().collect(Collectors.toList()));
        ConcurrentHashMap.KeySetView<String, Integer> keys = map.keySet(0);
        keys.add("viaView");
        System.out.println("keySet default " + map.get("viaView"));
        Iterator<String> it = map.keySet().iterator();
        it.next();
        it.remove();
        System.out.println("after iterator remove " + map.size());
        try {
            map.put(null, 1);
        } catch (NullPointerException e) {
            System.out.println("null key: NullPointerException");
        }

        ConcurrentSkipListMap<Integer, String> skip = new ConcurrentSkipListMap<>();
        IntStream.range(0, 50).parallel().forEach(i -> skip.put((i * 37) % 101, "v" + i));
        System.out.println("skip first " + skip.firstKey() + " last " + skip.lastKey() + " ceiling 50 " + skip.ceilingKey(50)
                + " floor 50 " + skip.floorKey(50) + " head size " + skip.headMap(30).size() + " descending "
                + skip.descendingKeySet().stream().limit(3).collect(Collectors.toList()));
        System.out.println("pollFirst " + skip.pollFirstEntry() + " size " + skip.size());
        ConcurrentSkipListSet<String> words = new ConcurrentSkipListSet<>(List.of("pear", "apple", "fig", "apple"));
        System.out.println("skip set " + words + " higher " + words.higher("b") + " sub " + words.subSet("b", "g"));

        ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();
        IntStream.rangeClosed(1, 5).forEach(queue::offer);
        System.out.println("queue poll " + queue.poll() + " peek " + queue.peek() + " " + queue + " size " + queue.size());
        ConcurrentLinkedDeque<Integer> deque = new ConcurrentLinkedDeque<>();
        deque.addFirst(1);
        deque.addLast(2);
        deque.push(0);
        System.out.println("deque " + deque + " pollLast " + deque.pollLast() + " pop " + deque.pop());

        CopyOnWriteArrayList<String> cow = new CopyOnWriteArrayList<>(List.of("a", "b"));
        Iterator<String> snapshot = cow.iterator();
        cow.add("c");
        cow.addIfAbsent("a");
        StringBuilder seen = new StringBuilder();
        snapshot.forEachRemaining(seen::append);
        System.out.println("cow " + cow + " snapshot saw " + seen);
        try {
            snapshot.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("snapshot remove: UnsupportedOperationException");
        }
        CopyOnWriteArraySet<Integer> cowSet = new CopyOnWriteArraySet<>(List.of(3, 1, 3, 2));
        System.out.println("cow set " + cowSet);

        BlockingQueue<Integer> linked = new LinkedBlockingQueue<>(3);
        linked.put(1);
        linked.add(2);
        System.out.println("offer " + linked.offer(3) + " full offer " + linked.offer(4) + " remaining " + linked.remainingCapacity()
                + " take " + linked.take() + " timed poll " + linked.poll(1, TimeUnit.MILLISECONDS));
        List<Integer> drained = new ArrayList<>();
        linked.drainTo(drained);
        System.out.println("drained " + drained + " empty poll " + linked.poll() + " timed empty poll "
                + linked.poll(5, TimeUnit.MILLISECONDS));
        try {
            linked.add(9);
            linked.add(9);
            linked.add(9);
            linked.add(9);
        } catch (IllegalStateException e) {
            System.out.println("add to full: IllegalStateException " + e.getMessage());
        }
        ArrayBlockingQueue<String> array = new ArrayBlockingQueue<>(2, true);
        array.offer("x");
        System.out.println("array " + array.offer("y") + array.offer("z") + " " + array + " timed offer "
                + array.offer("w", 2, TimeUnit.MILLISECONDS));
        PriorityBlockingQueue<Integer> priority = new PriorityBlockingQueue<>();
        List.of(5, 1, 4, 2).forEach(priority::add);
        System.out.println("priority " + priority.take() + priority.take() + priority.poll() + priority.poll() + " " + priority.poll());
        LinkedBlockingDeque<String> blockingDeque = new LinkedBlockingDeque<>();
        blockingDeque.putFirst("b");
        blockingDeque.putLast("c");
        blockingDeque.offerFirst("a");
        System.out.println("blocking deque " + blockingDeque.takeFirst() + blockingDeque.takeLast() + " " + blockingDeque);
        SynchronousQueue<String> sync = new SynchronousQueue<>();
        System.out.println("synchronous offer without taker " + sync.offer("lost") + " poll " + sync.poll() + " size " + sync.size());
        LinkedTransferQueue<Integer> transfer = new LinkedTransferQueue<>();
        System.out.println("tryTransfer without taker " + transfer.tryTransfer(1) + " offer " + transfer.offer(2) + " take "
                + transfer.take());
        DelayQueue<Job> delays = new DelayQueue<>();
        delays.add(new Job("late"));
        delays.add(new Job("early"));
        System.out.println("delay queue " + delays.take().name + " " + delays.poll().name + " " + delays.poll());
        Map<Integer, Integer> squares = IntStream.range(0, 100).parallel().boxed()
                .collect(Collectors.toConcurrentMap(i -> i % 10, i -> i * i, Integer::sum));
        System.out.println("toConcurrentMap " + new TreeMap<>(squares));
    }
}
