package lang;

import java.util.ArrayList;
import java.util.List;

/**
 * ThreadLocal and InheritableThreadLocal on the main thread and on started threads: initialValue
 * overrides, withInitial suppliers called once per thread and again after remove, set/get/remove, null
 * values, and childValue of an inheritable one.
 */
public class ThreadLocalValues {
    static int supplied = 0;

    public static void main(String[] args) throws InterruptedException {
        ThreadLocal<Integer> counter = ThreadLocal.withInitial(() -> ++supplied * 100);
        System.out.println("first get " + counter.get() + " again " + counter.get() + " supplied " + supplied);
        counter.set(7);
        System.out.println("after set " + counter.get());
        counter.remove();
        System.out.println("after remove " + counter.get() + " supplied " + supplied);
        ThreadLocal<String> plain = new ThreadLocal<>();
        System.out.println("plain " + plain.get());
        plain.set("main-value");
        ThreadLocal<List<String>> overridden = new ThreadLocal<>() {
            @Override
            protected List<String> initialValue() {
                return new ArrayList<>(List.of("init"));
            }
        };
        overridden.get().add("main");
        InheritableThreadLocal<String> inherited = new InheritableThreadLocal<>() {
            @Override
            protected String childValue(String parentValue) {
                return parentValue + "+child";
            }
        };
        inherited.set("parent");
        List<String> seen = new ArrayList<>();
        Thread t = new Thread(() -> {
            seen.add("thread counter " + counter.get());
            seen.add("thread plain " + plain.get());
            seen.add("thread overridden " + overridden.get());
            seen.add("thread inherited " + inherited.get());
            counter.set(-1);
            plain.set("thread-value");
        });
        t.start();
        t.join();
        seen.forEach(System.out::println);
        System.out.println("main counter " + counter.get() + " plain " + plain.get() + " overridden " + overridden.get()
                + " inherited " + inherited.get() + " supplied " + supplied);
        plain.set(null);
        System.out.println("null set " + plain.get());
        plain.remove();
        System.out.println("removed " + plain.get());
    }
}
