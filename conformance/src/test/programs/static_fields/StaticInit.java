package static_fields;

/** Static initializers run once, in textual order with field initializers, before main and before first use. */
public class StaticInit {
    static int a = trace("a", 1);
    static int b;
    static final int[] TABLE;
    static String message = "set by initializer";

    static {
        trace("static block 1", 0);
        b = a * 10;
    }

    static int c = trace("c", b + 5);

    static {
        TABLE = new int[5];
        for (int i = 0; i < TABLE.length; i++) {
            TABLE[i] = i * i + c;
        }
        trace("static block 2", TABLE[4]);
    }

    static int trace(String what, int v) {
        System.out.println("init " + what + " = " + v);
        return v;
    }

    static class Lazy {
        static int value = trace("Lazy.value", 42);

        static {
            System.out.println("Lazy initialized");
        }

        static int get() { return value; }
    }

    public static void main(String[] args) {
        System.out.println("main starts");
        System.out.println(a + " " + b + " " + c + " " + message);
        for (int v : TABLE) {
            System.out.print(v + " ");
        }
        System.out.println();
        System.out.println("before Lazy");
        System.out.println(Lazy.get());
        System.out.println(Lazy.get());
        Lazy.value++;
        System.out.println(Lazy.value);
        a = 100;
        message = null;
        System.out.println(a + " " + message);
    }
}
