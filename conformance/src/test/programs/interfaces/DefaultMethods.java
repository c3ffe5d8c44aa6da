package interfaces;

/** Default methods: inherited, overridden, calling abstract methods, and explicit X.super.m() selection. */
public class DefaultMethods {
    interface Greeter {
        String name();

        default String greet() { return "Hello, " + name() + "!"; }

        default String twice() { return greet() + " " + greet(); }
    }

    interface Polite {
        default String greet() { return "Good day"; }
    }

    static class Plain implements Greeter {
        @Override public String name() { return "plain"; }
    }

    static class Custom implements Greeter {
        @Override public String name() { return "custom"; }
        @Override public String greet() { return "Hey " + name(); }
    }

    static class Both implements Greeter, Polite {
        @Override public String name() { return "both"; }

        @Override
        public String greet() {
            return Greeter.super.greet() + " / " + Polite.super.greet();
        }
    }

    static class Base {
        public String greet() { return "class wins"; }
    }

    static class ClassWins extends Base implements Polite {
    }

    interface Counter {
        int get();

        default Counter plus(int n) {
            Counter self = this;
            return new Counter() {
                @Override public int get() { return self.get() + n; }
            };
        }
    }

    public static void main(String[] args) {
        Greeter[] gs = {new Plain(), new Custom(), new Both()};
        for (Greeter g : gs) {
            System.out.println(g.greet());
            System.out.println(g.twice());
        }
        Polite p = new ClassWins();
        System.out.println(p.greet());
        Counter zero = new Counter() {
            @Override public int get() { return 0; }
        };
        System.out.println(zero.plus(5).plus(7).plus(-2).get());
    }
}
