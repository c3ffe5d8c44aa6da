package atomics;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * AtomicInteger, AtomicLong, AtomicBoolean and AtomicReference compiled from the JDK's class files: their
 * accesses go through Unsafe field offsets (AtomicInteger, AtomicLong) and VarHandles (AtomicBoolean,
 * AtomicReference), which Kiln lowers to plain field accesses. Every method, with wrap-around at the limits.
 */
public class AtomicScalars {
    static int i(int v) {
        return v;
    }

    static long l(long v) {
        return v;
    }

    static void integers() {
        AtomicInteger a = new AtomicInteger(i(5));
        System.out.println("int get " + a.get() + " plain " + a.getPlain() + " opaque " + a.getOpaque() + " acquire " + a.getAcquire());
        a.set(i(7));
        System.out.println("int set " + a);
        a.lazySet(i(8));
        a.setPlain(a.get() + 1);
        a.setOpaque(a.get() + 1);
        a.setRelease(a.get() + 1);
        System.out.println("int sets " + a.intValue());
        System.out.println("int getAndSet " + a.getAndSet(i(20)) + " -> " + a);
        System.out.println("int cas ok " + a.compareAndSet(20, 21) + " fail " + a.compareAndSet(20, 22) + " -> " + a);
        System.out.println("int weak " + a.weakCompareAndSet(21, 30) + " plain " + a.weakCompareAndSetPlain(30, 31)
                + " volatile " + a.weakCompareAndSetVolatile(31, 32) + " acquire " + a.weakCompareAndSetAcquire(32, 33)
                + " release " + a.weakCompareAndSetRelease(33, 34) + " miss " + a.weakCompareAndSetRelease(0, 1) + " -> " + a);
        System.out.println("int exchange " + a.compareAndExchange(34, 40) + " miss " + a.compareAndExchange(34, 50)
                + " acquire " + a.compareAndExchangeAcquire(40, 41) + " release " + a.compareAndExchangeRelease(41, 42) + " -> " + a);
        System.out.println("int inc " + a.getAndIncrement() + " " + a.incrementAndGet() + " dec " + a.getAndDecrement()
                + " " + a.decrementAndGet() + " add " + a.getAndAdd(i(10)) + " " + a.addAndGet(i(-100)));
        System.out.println("int update " + a.getAndUpdate(x -> x * 2) + " " + a.updateAndGet(x -> x - 1)
                + " accumulate " + a.getAndAccumulate(i(3), (x, y) -> x * y) + " " + a.accumulateAndGet(i(7), Math::max));
        a.set(Integer.MAX_VALUE);
        System.out.println("int wrap " + a.incrementAndGet() + " " + a.getAndDecrement() + " " + a.get());
        System.out.println("int values " + a.longValue() + " " + a.floatValue() + " " + a.doubleValue() + " "
                + a.shortValue() + " " + a.byteValue() + " " + new AtomicInteger());
    }

    static void longs() {
        AtomicLong a = new AtomicLong(l(1L << 40));
        System.out.println("long get " + a.get() + " plain " + a.getPlain() + " opaque " + a.getOpaque() + " acquire " + a.getAcquire());
        a.set(l(-3));
        a.lazySet(a.get() * 2);
        a.setPlain(a.get() - 1);
        a.setOpaque(a.get() - 1);
        a.setRelease(a.get() - 1);
        System.out.println("long sets " + a);
        System.out.println("long getAndSet " + a.getAndSet(l(100)) + " cas " + a.compareAndSet(100, 200) + " "
                + a.compareAndSet(100, 300) + " weak " + a.weakCompareAndSetPlain(200, 201) + " " + a.weakCompareAndSetVolatile(201, 202)
                + " exchange " + a.compareAndExchange(202, 203) + " " + a.compareAndExchangeAcquire(0, 1) + " " + a.compareAndExchangeRelease(203, 204));
        System.out.println("long inc " + a.getAndIncrement() + " " + a.incrementAndGet() + " dec " + a.getAndDecrement() + " "
                + a.decrementAndGet() + " add " + a.getAndAdd(l(1L << 33)) + " " + a.addAndGet(l(-7)));
        System.out.println("long update " + a.getAndUpdate(x -> x / 3) + " " + a.updateAndGet(x -> -x)
                + " accumulate " + a.getAndAccumulate(l(5), Long::sum) + " " + a.accumulateAndGet(l(2), (x, y) -> x << y));
        a.set(Long.MIN_VALUE);
        System.out.println("long wrap " + a.decrementAndGet() + " " + a.getAndIncrement() + " " + a.get());
        System.out.println("long values " + a.intValue() + " " + a.floatValue() + " " + a.doubleValue() + " " + new AtomicLong());
    }

    static void booleans() {
        AtomicBoolean b = new AtomicBoolean();
        System.out.println("boolean " + b + " " + b.get() + " " + b.getPlain() + " " + b.getOpaque() + " " + b.getAcquire());
        System.out.println("boolean cas " + b.compareAndSet(false, true) + " " + b.compareAndSet(false, true) + " -> " + b);
        System.out.println("boolean getAndSet " + b.getAndSet(false) + " " + b.getAndSet(false) + " -> " + b);
        b.set(true);
        b.lazySet(!b.get());
        b.setPlain(!b.get());
        b.setOpaque(!b.get());
        b.setRelease(!b.get());
        System.out.println("boolean sets " + b);
        System.out.println("boolean weak " + b.weakCompareAndSet(false, true) + " " + b.weakCompareAndSetPlain(true, false)
                + " " + b.weakCompareAndSetVolatile(true, false) + " " + b.weakCompareAndSetAcquire(false, true)
                + " " + b.weakCompareAndSetRelease(true, true) + " -> " + b);
        System.out.println("boolean exchange " + b.compareAndExchange(true, false) + " " + b.compareAndExchangeAcquire(true, false)
                + " " + b.compareAndExchangeRelease(false, true) + " -> " + new AtomicBoolean(true));
    }

    static void references() {
        String hello = "hel" + "lo".toString();
        AtomicReference<String> r = new AtomicReference<>();
        System.out.println("ref " + r + " " + r.get() + " " + r.getPlain() + " " + r.getOpaque() + " " + r.getAcquire());
        r.set(hello);
        String copy = new String(hello.toCharArray());
        System.out.println("ref cas equal but not same " + r.compareAndSet(copy, "x") + " same " + r.compareAndSet(hello, "x") + " -> " + r);
        System.out.println("ref getAndSet " + r.getAndSet("y") + " exchange " + r.compareAndExchange("y", "z") + " miss "
                + r.compareAndExchange("y", "w") + " acquire " + r.compareAndExchangeAcquire("z", "a") + " release "
                + r.compareAndExchangeRelease("a", null) + " -> " + r);
        r.lazySet("b");
        r.setPlain(r.get() + "c");
        r.setOpaque(r.get() + "d");
        r.setRelease(r.get() + "e");
        System.out.println("ref sets " + r + " weak new string " + r.weakCompareAndSet("bcde", "e"));
        System.out.println("ref weak " + r.weakCompareAndSet(r.get(), "f") + " " + r.weakCompareAndSetPlain("f", "g")
                + " " + r.weakCompareAndSetVolatile("g", "h") + " " + r.weakCompareAndSetAcquire("h", "i")
                + " " + r.weakCompareAndSetRelease("i", "j") + " " + r.weakCompareAndSetRelease("i", "k"));
        System.out.println("ref update " + r.getAndUpdate(s -> s + "!") + " " + r.updateAndGet(String::toUpperCase)
                + " accumulate " + r.getAndAccumulate("?", String::concat) + " " + r.accumulateAndGet("<", (x, y) -> y + x));
        AtomicReference<Object> o = new AtomicReference<>(i(3));
        System.out.println("ref boxed cas " + o.compareAndSet(Integer.valueOf(3), "three") + " -> " + o.get());
    }

    public static void main(String[] args) {
        integers();
        longs();
        booleans();
        references();
    }
}
