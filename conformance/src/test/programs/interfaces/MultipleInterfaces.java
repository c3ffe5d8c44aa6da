package interfaces;

/** A class implementing several interfaces, called through each interface type (invokeinterface). */
public class MultipleInterfaces {
    interface Named {
        String name();
    }

    interface Sized {
        int size();
    }

    interface Resettable {
        void reset();
    }

    static class Bag implements Named, Sized, Resettable {
        private int count;
        private final String label;

        Bag(String label, int count) {
            this.label = label;
            this.count = count;
        }

        @Override public String name() { return "bag:" + label; }
        @Override public int size() { return count; }
        @Override public void reset() { count = 0; }
        void add(int n) { count += n; }
    }

    static class Fixed implements Sized, Named {
        @Override public int size() { return 42; }
        @Override public String name() { return "fixed"; }
    }

    static int totalSize(Sized[] items) {
        int t = 0;
        for (Sized s : items) {
            t += s.size();
        }
        return t;
    }

    public static void main(String[] args) {
        Bag a = new Bag("a", 3);
        Bag b = new Bag("b", 10);
        Fixed f = new Fixed();
        Sized[] sized = {a, b, f, a};
        System.out.println("total " + totalSize(sized));
        Named[] named = {a, f, b};
        StringBuilder sb = new StringBuilder();
        for (Named n : named) {
            sb.append(n.name()).append(' ');
        }
        System.out.println(sb);
        Resettable r = b;
        r.reset();
        a.add(4);
        System.out.println("total " + totalSize(sized));
        Object o = f;
        System.out.println((o instanceof Named) + " " + (o instanceof Sized) + " " + (o instanceof Resettable));
        Named n = (Named) o;
        Sized s = (Sized) n;
        System.out.println(n.name() + " " + s.size());
    }
}
