package exceptions;

// kiln:exit=1

/** An uncaught exception from try-with-resources: "Suppressed:" sections, one with its own cause. */
public class UncaughtSuppressed {
    static class Channel implements AutoCloseable {
        private final String name;

        Channel(String name) {
            this.name = name;
        }

        void send(String message) {
            if (message.length() > 3) {
                throw new IllegalStateException(name + " cannot send " + message);
            }
            System.out.println(name + " sent " + message);
        }

        @Override
        public void close() {
            if (name.equals("b")) {
                throw new UnsupportedOperationException("close " + name, new Error("disk gone"));
            }
            throw new IllegalArgumentException("close " + name);
        }
    }

    public static void main(String[] args) {
        try (Channel a = new Channel("a"); Channel b = new Channel("b")) {
            a.send("hi");
            b.send("hello");
        }
    }
}
