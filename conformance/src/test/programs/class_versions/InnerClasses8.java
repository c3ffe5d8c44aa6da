package class_versions;

// kiln:release=8

/**
 * Inner, local and anonymous classes as javac writes them for Java 8: the enclosing instance in a synthetic
 * this$0 field set before the superclass constructor runs, captured locals in synthetic val$ fields passed
 * to the constructor, an inner class of an inner class (this$1), an inner subclass of another class's inner
 * class constructed with an explicit outer instance ({@code outer.super()}), and {@code outer.new Inner()}
 * checking its outer instance for null.
 */
public class InnerClasses8 {
    private final String name;

    InnerClasses8(String name) {
        this.name = name;
    }

    abstract static class Base {
        Base() {
            System.out.println("  Base() sees " + describe());
        }

        abstract String describe();
    }

    class Inner extends Base {
        final int depth;

        Inner(int depth) {
            this.depth = depth;
        }

        String describe() {
            return "Inner of " + name + " depth " + depth;
        }

        class Deeper {
            String path() {
                return name + "/" + depth + "/deeper";
            }
        }
    }

    static class Other {
        class Derived extends InnerClasses8.Inner {
            Derived(InnerClasses8 outer) {
                outer.super(7);
            }

            String describe() {
                return "Derived: " + super.describe();
            }
        }
    }

    interface Greeter {
        String greet(String who);
    }

    Greeter greeter(final String greeting, final int times) {
        final int base = times * 10;
        class Local implements Greeter {
            public String greet(String who) {
                String out = "";
                for (int i = 0; i < times; i++) out += greeting + " " + who + " from " + name + "; ";
                return out + base;
            }
        }
        return new Local();
    }

    Greeter anonymous(final char mark) {
        return new Greeter() {
            int uses;

            public String greet(String who) {
                uses++;
                return mark + who + mark + " #" + uses + " " + name;
            }
        };
    }

    public static void main(String[] args) {
        InnerClasses8 a = new InnerClasses8("a");
        InnerClasses8 b = new InnerClasses8("b");
        System.out.println("new Inner");
        Inner in = a.new Inner(1);
        System.out.println(in.describe());
        Inner.Deeper d = b.new Inner(2).new Deeper();
        System.out.println(d.path());
        System.out.println("new Derived");
        Other.Derived derived = new Other().new Derived(b);
        System.out.println(derived.describe());
        System.out.println(a.greeter("hi", 2).greet("x"));
        Greeter g = b.anonymous('*');
        System.out.println(g.greet("y"));
        System.out.println(g.greet("z"));
        InnerClasses8 missing = args.length > 100 ? a : null;
        try {
            System.out.println(missing.new Inner(3).describe());
        } catch (NullPointerException e) {
            System.out.println("null outer: NullPointerException before any constructor ran");
        }
    }
}
