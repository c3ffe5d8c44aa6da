package method_refs;

/** {@code super::m} and {@code Interface.super::m}: the overridden method runs, not the override. */
public class SuperRefs {
    interface Sup<T> { T get(); }
    interface Fn<T, R> { R apply(T t); }

    interface Walker {
        default String walk() { return "walker walks"; }
    }

    static class Base {
        String who() { return "base"; }
        String greet(String s) { return "base greets " + s; }
    }

    static class Middle extends Base {
        @Override String who() { return "middle"; }
    }

    static class Leaf extends Middle implements Walker {
        @Override String who() { return "leaf"; }
        @Override String greet(String s) { return "leaf greets " + s; }
        @Override public String walk() { return "leaf walks"; }

        Sup<String> superWho() { return super::who; }
        Sup<String> thisWho() { return this::who; }
        Fn<String, String> superGreet() { return super::greet; }
        Sup<String> walkerWalk() { return Walker.super::walk; }
        Sup<String> lambdaSuper() { return () -> super.who() + "+" + who(); }
    }

    public static void main(String[] args) {
        Leaf leaf = new Leaf();
        System.out.println(leaf.superWho().get());
        System.out.println(leaf.thisWho().get());
        System.out.println(leaf.superGreet().apply("you"));
        System.out.println(leaf.walkerWalk().get() + " / " + leaf.walk());
        System.out.println(leaf.lambdaSuper().get());
        Middle m = leaf;
        System.out.println("virtual " + m.who() + " " + m.greet("me"));
    }
}
