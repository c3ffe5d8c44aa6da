package class_versions;

// kiln:release=25

/**
 * Inner, local and anonymous classes compiled by a JDK 25 javac (class file version 69): an inner class that
 * never uses its enclosing instance has no this$0 field (javac omits it since JDK 18) yet still requires a
 * non-null outer instance; captured locals and private members of the nest are used directly; a local
 * class in a static method has no enclosing instance at all.
 */
public class InnerClasses25 {
    private int hits;

    class Independent {
        private final int id;

        Independent(int id) {
            this.id = id;
        }

        int id() {
            return id * 3;
        }
    }

    class Dependent {
        int hit() {
            return ++hits;
        }
    }

    interface Step {
        int apply(int v);
    }

    Step offsetBy(int offset) {
        return new Step() {
            private int calls;

            public int apply(int v) {
                calls++;
                hits += 10;
                return v + offset + calls;
            }
        };
    }

    static Step scaleBy(int factor) {
        class Scale implements Step {
            public int apply(int v) {
                return v * factor;
            }
        }
        return new Scale();
    }

    public static void main(String[] args) {
        InnerClasses25 outer = new InnerClasses25();
        System.out.println("independent " + outer.new Independent(4).id());
        Dependent d = outer.new Dependent();
        System.out.println("dependent " + d.hit() + " " + d.hit());
        Step step = outer.offsetBy(100);
        System.out.println("anonymous " + step.apply(1) + " " + step.apply(2) + " hits " + outer.hits);
        System.out.println("local " + scaleBy(7).apply(6));
        InnerClasses25 missing = args.length > 0 ? outer : null;
        try {
            System.out.println(missing.new Independent(1).id());
        } catch (NullPointerException e) {
            System.out.println("null outer: NullPointerException");
        }
    }
}
