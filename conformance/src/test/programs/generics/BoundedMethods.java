package generics;

/**
 * Generic methods with bounded type parameters: a recursive bound with {@code ? super T} (a subclass
 * comparing as its superclass), intersection bounds (erased to the first bound, the others reached through
 * casts), explicit type arguments, a self-typed fluent builder ({@code B extends Builder<B>}), generic
 * constructors, and results unboxed into primitives.
 */
public class BoundedMethods {
    static class Version implements Comparable<Version> {
        final int major;
        final int minor;

        Version(int major, int minor) {
            this.major = major;
            this.minor = minor;
        }

        public int compareTo(Version o) {
            return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
        }

        @Override
        public String toString() {
            return major + "." + minor;
        }
    }

    static class Release extends Version {
        final String tag;

        Release(int major, int minor, String tag) {
            super(major, minor);
            this.tag = tag;
        }

        @Override
        public String toString() {
            return super.toString() + "-" + tag;
        }
    }

    interface Weighted {
        int weight();
    }

    static class Crate extends Number implements Comparable<Crate>, Weighted {
        final int kilos;

        Crate(int kilos) {
            this.kilos = kilos;
        }

        public int weight() {
            return kilos * 3;
        }

        public int compareTo(Crate o) {
            return Integer.compare(kilos, o.kilos);
        }

        public int intValue() { return kilos; }
        public long longValue() { return kilos; }
        public float floatValue() { return kilos; }
        public double doubleValue() { return kilos + 0.5; }

        @Override
        public String toString() {
            return "Crate(" + kilos + ")";
        }
    }

    static <T extends Comparable<? super T>> T max(T[] items) {
        T best = items[0];
        for (int i = 1; i < items.length; i++) {
            if (items[i].compareTo(best) > 0) best = items[i];
        }
        return best;
    }

    static <T extends Number & Comparable<T>> String describe(T a, T b) {
        T larger = a.compareTo(b) >= 0 ? a : b;
        return larger + " sum=" + (a.doubleValue() + b.doubleValue()) + " int=" + larger.intValue();
    }

    static <T extends Number & Comparable<T> & Weighted> int heavier(T a, T b) {
        return a.compareTo(b) > 0 ? a.weight() : b.weight() + a.intValue();
    }

    static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    static <N extends Number> long total(N[] ns) {
        long t = 0;
        for (N n : ns) t += n.longValue();
        return t;
    }

    abstract static class Builder<B extends Builder<B>> {
        final StringBuilder out = new StringBuilder();

        abstract B self();

        B add(String part) {
            out.append('[').append(part).append(']');
            return self();
        }
    }

    static class HtmlBuilder extends Builder<HtmlBuilder> {
        HtmlBuilder self() {
            return this;
        }

        HtmlBuilder tag(String name) {
            out.append('<').append(name).append('>');
            return this;
        }
    }

    static class Holder {
        final String text;

        <T extends CharSequence> Holder(T seq, int times) {
            text = seq.toString().repeat(times) + "/" + seq.length();
        }
    }

    static int n(int v) {
        return v;
    }

    public static void main(String[] args) {
        Integer[] ints = {n(3), n(-7), n(42), n(41)};
        int m = max(ints);
        System.out.println("max int " + m);
        String[] words = {"pear", "apple", "quince", "fig"};
        System.out.println("max string " + max(words));
        Release[] releases = {new Release(1, 2, "a"), new Release(2, 0, "b"), new Release(1, 9, "c")};
        Release newest = max(releases);
        System.out.println("max release " + newest + " tag " + newest.tag);
        Version[] mixed = {new Version(3, 1), new Release(3, 2, "rc"), new Version(2, 9)};
        System.out.println("max mixed " + max(mixed));
        System.out.println("describe ints " + describe(n(5), n(9)));
        System.out.println("describe longs " + describe(Long.valueOf(n(-3)), Long.valueOf(n(-4))));
        System.out.println("describe crates " + describe(new Crate(n(4)), new Crate(n(2))));
        System.out.println("heavier " + heavier(new Crate(n(4)), new Crate(n(2))) + " " + heavier(new Crate(n(1)), new Crate(n(2))));
        System.out.println("first " + BoundedMethods.<String>first(null, "fallback") + " " + BoundedMethods.<Object>first(7, "x"));
        Number num = first(Integer.valueOf(n(8)), Double.valueOf(2.5));
        System.out.println("first number " + num + " " + (num instanceof Integer));
        Long[] longs = {Long.MAX_VALUE, Long.valueOf(n(1))};
        System.out.println("total longs " + total(longs));
        System.out.println("total crates " + total(new Crate[] {new Crate(n(10)), new Crate(n(20))}));
        System.out.println("builder " + new HtmlBuilder().add("a").tag("b").add("c").tag("d").out);
        System.out.println("holder " + new Holder("ab", n(3)).text + " " + new <StringBuilder>Holder(new StringBuilder("xyz"), n(2)).text);
        double d = first(Double.valueOf(n(3)), null);
        char c = BoundedMethods.<Character>first(null, 'q');
        System.out.println("unboxed " + d + " " + c + " " + (c + 1));
    }
}
