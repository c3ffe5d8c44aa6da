package class_init;

/**
 * An instance created by a static initializer that later fails can escape (stored elsewhere before the
 * failure). Its instance fields and methods stay usable, but any use of its erroneous class's statics,
 * even from the class's own instance methods, throws NoClassDefFoundError, as on the JVM; instanceof
 * and array creation are not uses.
 */
public class EscapedInstance {
    static Object escaped;
    static Leaky.Sub escapedSub;

    static class Leaky {
        static int counter = 10;

        static {
            escaped = new Leaky(1);
            escapedSub = new Sub(2);
            if (counter > 0) throw new IllegalStateException("leaky failed");
        }

        final int id;

        Leaky(int id) {
            this.id = id;
            counter++;
        }

        int id() {
            return id;
        }

        int counter() {
            return counter;
        }

        int viaStatic() {
            return twice(id);
        }

        static int twice(int v) {
            return 2 * v;
        }

        static class Sub extends Leaky {
            static int subStatic = 3;

            Sub(int id) {
                super(id);
            }

            int superStatic() {
                return counter;
            }

            int ownStatic() {
                return subStatic;
            }
        }
    }

    static void attempt(String label, Leaky l, int which) {
        try {
            int v = which == 0 ? l.id() : which == 1 ? l.counter() : which == 2 ? l.viaStatic()
                    : which == 3 ? ((Leaky.Sub) l).superStatic() : ((Leaky.Sub) l).ownStatic();
            System.out.println(label + ": " + v);
        } catch (NoClassDefFoundError e) {
            System.out.println(label + ": " + e.getMessage() + " / " + e.getCause().getMessage());
        }
    }

    public static void main(String[] args) {
        try {
            System.out.println(Leaky.counter);
        } catch (ExceptionInInitializerError e) {
            System.out.println("first: " + e.getCause());
        }
        Leaky l = (Leaky) escaped;
        System.out.println("escaped " + (escaped instanceof Leaky) + " id field " + l.id);
        attempt("id()", l, 0);
        attempt("counter()", l, 1);
        attempt("viaStatic()", l, 2);
        attempt("sub id()", escapedSub, 0);
        attempt("sub superStatic()", escapedSub, 3);
        attempt("sub ownStatic()", escapedSub, 4);
        attempt("sub ownStatic() again", escapedSub, 4);
        Leaky[] array = new Leaky[] {l, escapedSub};
        System.out.println("array " + array.length + " " + array[1].id);
    }
}
