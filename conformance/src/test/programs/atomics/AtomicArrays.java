package atomics;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * AtomicIntegerArray, AtomicLongArray and AtomicReferenceArray: the JDK's classes reach their elements through
 * array VarHandles, which Kiln lowers to array loads and stores; indexes outside the array throw the JVM's
 * ArrayIndexOutOfBoundsException from every access mode.
 */
public class AtomicArrays {
    static int i(int v) {
        return v;
    }

    interface Access {
        Object run();
    }

    static void attempt(String label, Access a) {
        try {
            System.out.println(label + " " + a.run());
        } catch (RuntimeException e) {
            System.out.println(label + " threw " + e);
        }
    }

    static void integers() {
        AtomicIntegerArray a = new AtomicIntegerArray(i(4));
        int[] source = {1, 2, 3};
        AtomicIntegerArray b = new AtomicIntegerArray(source);
        source[0] = 99;
        System.out.println("ints " + a + " " + b + " length " + b.length());
        a.set(0, 10);
        a.lazySet(1, 11);
        a.setPlain(2, 12);
        a.setOpaque(3, 13);
        a.setRelease(3, a.getAcquire(3) + a.getOpaque(2) + a.getPlain(1));
        System.out.println("ints sets " + a);
        System.out.println("ints rmw " + a.getAndSet(0, 5) + " " + a.compareAndSet(0, 5, 6) + " " + a.compareAndSet(0, 5, 7)
                + " " + a.weakCompareAndSetPlain(0, 6, 8) + " " + a.weakCompareAndSetVolatile(0, 8, 9)
                + " " + a.weakCompareAndSetAcquire(0, 9, 10) + " " + a.weakCompareAndSetRelease(0, 10, 11)
                + " " + a.compareAndExchange(0, 11, 12) + " " + a.compareAndExchangeAcquire(0, 11, 13)
                + " " + a.compareAndExchangeRelease(0, 12, 14) + " -> " + a);
        System.out.println("ints arith " + a.getAndIncrement(1) + " " + a.incrementAndGet(1) + " " + a.getAndDecrement(1) + " "
                + a.decrementAndGet(1) + " " + a.getAndAdd(2, 100) + " " + a.addAndGet(2, -1000));
        System.out.println("ints functions " + a.getAndUpdate(3, x -> x * 10) + " " + a.updateAndGet(3, x -> x + 1) + " "
                + a.getAndAccumulate(3, 2, (x, y) -> x / y) + " " + a.accumulateAndGet(3, 5, Math::min) + " -> " + a);
        a.set(1, Integer.MIN_VALUE);
        System.out.println("ints wrap " + a.decrementAndGet(1));
        attempt("ints get 4", () -> a.get(i(4)));
        attempt("ints get -1", () -> a.get(i(-1)));
        attempt("ints set 4", () -> { a.set(i(4), 1); return "set"; });
        attempt("ints cas 7", () -> a.compareAndSet(i(7), 0, 1));
        attempt("ints add -2", () -> a.addAndGet(i(-2), 1));
        attempt("ints exchange 4", () -> a.compareAndExchange(i(4), 0, 1));
        attempt("ints lazySet 4", () -> { a.lazySet(i(4), 1); return "lazy"; });
        attempt("ints getPlain 9", () -> a.getPlain(i(9)));
        attempt("empty", () -> new AtomicIntegerArray(0).get(0));
        attempt("negative length", () -> new AtomicIntegerArray(i(-1)));
    }

    static void longs() {
        AtomicLongArray a = new AtomicLongArray(new long[] {1L << 35, -1});
        System.out.println("longs " + a + " length " + a.length());
        System.out.println("longs rmw " + a.getAndSet(0, 3) + " " + a.compareAndSet(1, -1, 4) + " " + a.compareAndExchange(1, 4, 5)
                + " " + a.getAndAdd(0, Long.MAX_VALUE) + " " + a.incrementAndGet(0) + " " + a.getAndUpdate(1, x -> x << 40)
                + " " + a.accumulateAndGet(1, 7, Long::sum) + " -> " + a);
        a.lazySet(0, a.getOpaque(1));
        a.setRelease(1, a.getAcquire(0) ^ 0xff);
        a.setOpaque(0, a.getPlain(1) - 1);
        System.out.println("longs sets " + a);
        attempt("longs get 2", () -> a.get(i(2)));
        attempt("longs inc -1", () -> a.incrementAndGet(i(-1)));
        attempt("longs weak 2", () -> a.weakCompareAndSetPlain(i(2), 0, 1));
    }

    static void references() {
        AtomicReferenceArray<String> a = new AtomicReferenceArray<>(i(3));
        System.out.println("refs " + a + " length " + a.length());
        String s = "s";
        a.set(0, s);
        a.lazySet(1, "t");
        a.setPlain(2, "u");
        System.out.println("refs sets " + a + " " + a.getPlain(0) + a.getOpaque(1) + a.getAcquire(2));
        System.out.println("refs rmw " + a.getAndSet(0, "v") + " " + a.compareAndSet(1, "t", "w") + " " + a.compareAndSet(1, "t", "x")
                + " " + a.compareAndExchange(2, "u", null) + " " + a.compareAndExchange(2, "u", "y") + " " + a.weakCompareAndSetVolatile(2, null, "z")
                + " " + a.getAndUpdate(0, x -> x + x) + " " + a.accumulateAndGet(0, "!", String::concat) + " -> " + a);
        AtomicReferenceArray<Object> boxes = new AtomicReferenceArray<>(2);
        boxes.set(0, 1);
        boxes.set(1, "two");
        System.out.println("refs boxes " + boxes + " " + boxes.compareAndSet(0, 1, 'c') + " " + boxes);
        attempt("refs get 3", () -> a.get(i(3)));
        attempt("refs set -1", () -> { a.set(i(-1), "x"); return "set"; });
        attempt("refs getAndSet 5", () -> a.getAndSet(i(5), "x"));
    }

    public static void main(String[] args) {
        integers();
        longs();
        references();
    }
}
