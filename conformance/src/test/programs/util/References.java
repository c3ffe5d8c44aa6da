package util;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;

/**
 * java.lang.ref with strongly held referents (a collector may clear a reference only once its referent is
 * no longer strongly reachable, so nothing here may change by itself): get, refersTo, clear and enqueue by
 * the program, isEnqueued, ReferenceQueue.poll order and remove with a timeout on a queue that already holds
 * a reference, and a reference without a queue. (PhantomReference has natives of its own, not substituted.)
 */
public class References {
    @SuppressWarnings("deprecation")
    public static void main(String[] args) throws InterruptedException {
        String a = new String("alpha");
        String b = new String("beta");
        ReferenceQueue<String> queue = new ReferenceQueue<>();
        WeakReference<String> weak = new WeakReference<>(a, queue);
        SoftReference<String> soft = new SoftReference<>(b, queue);
        WeakReference<String> noQueue = new WeakReference<>(a);
        System.out.println("get " + weak.get() + " " + soft.get() + " " + noQueue.get() + " same object " + (weak.get() == a));
        System.out.println("refersTo " + weak.refersTo(a) + " " + weak.refersTo(new String("alpha")) + " " + weak.refersTo(null)
                + " soft " + soft.refersTo(b));
        System.out.println("poll before enqueue " + queue.poll() + " isEnqueued " + weak.isEnqueued());
        System.out.println("enqueue " + weak.enqueue() + " again " + weak.enqueue() + " isEnqueued " + weak.isEnqueued() + " get after enqueue "
                + weak.get() + " refersTo null " + weak.refersTo(null));
        System.out.println("enqueue soft " + soft.enqueue() + " noQueue enqueue " + noQueue.enqueue());
        Reference<? extends String> first = queue.poll();
        Reference<? extends String> second = queue.remove(10);
        System.out.println("polled weak first " + (first == weak) + " then soft " + (second == soft) + " then " + queue.poll()
                + " isEnqueued after poll " + weak.isEnqueued() + " enqueue again " + weak.enqueue());
        noQueue.clear();
        System.out.println("clear " + noQueue.get() + " refersTo null " + noQueue.refersTo(null) + " referent still here " + a);
        WeakReference<Object> empty = new WeakReference<>(null);
        System.out.println("null referent " + empty.get() + " refersTo null " + empty.refersTo(null) + " enqueue " + empty.enqueue());
        Reference.reachabilityFence(a);
        Reference.reachabilityFence(b);
    }
}
