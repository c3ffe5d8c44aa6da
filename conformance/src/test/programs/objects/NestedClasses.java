package objects;

/** Static nested, inner (with the outer instance), local and anonymous classes, including captured locals. */
public class NestedClasses {
    private int secret = 11;
    private static int staticSecret = 22;

    interface Greeter {
        String greet(String who);
    }

    static class StaticNested {
        int twice() { return staticSecret * 2; }
    }

    class Inner {
        int offset;

        Inner(int offset) { this.offset = offset; }

        int reveal() { return secret + offset; }

        void poke() { secret++; }

        class Deeper {
            int all() { return secret + offset + staticSecret; }
        }
    }

    Greeter makeGreeter(String prefix) {
        int len = prefix.length();
        return new Greeter() {
            int calls;

            @Override
            public String greet(String who) {
                calls++;
                return prefix + " " + who + " #" + calls + " len=" + len + " secret=" + secret;
            }
        };
    }

    static int localClassSum(int n) {
        class Acc {
            int total;

            void add(int v) { total += v * n; }
        }
        Acc acc = new Acc();
        for (int i = 1; i <= 4; i++) {
            acc.add(i);
        }
        return acc.total;
    }

    public static void main(String[] args) {
        System.out.println(new StaticNested().twice());
        NestedClasses outer = new NestedClasses();
        NestedClasses.Inner in1 = outer.new Inner(100);
        NestedClasses.Inner in2 = outer.new Inner(200);
        System.out.println(in1.reveal() + " " + in2.reveal());
        in1.poke();
        System.out.println(in1.reveal() + " " + in2.reveal() + " " + outer.secret);
        NestedClasses.Inner.Deeper deeper = in2.new Deeper();
        System.out.println(deeper.all());
        Greeter g = outer.makeGreeter("Hello");
        System.out.println(g.greet("Kiln"));
        System.out.println(g.greet("Wasm"));
        outer.secret = -1;
        System.out.println(g.greet("again"));
        Greeter shout = new Greeter() {
            @Override
            public String greet(String who) {
                return who.toUpperCase() + "!";
            }
        };
        System.out.println(shout.greet("quiet"));
        System.out.println(localClassSum(3) + " " + localClassSum(-1));
        Runnable r = new Runnable() {
            @Override
            public void run() {
                staticSecret += 1000;
            }
        };
        r.run();
        r.run();
        System.out.println(staticSecret);
    }
}
