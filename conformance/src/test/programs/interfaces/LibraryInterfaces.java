package interfaces;

/** User classes implementing Comparable (with its generic bridge method), Runnable and CharSequence. */
public class LibraryInterfaces {
    static final class Version implements Comparable<Version> {
        final int major;
        final int minor;

        Version(int major, int minor) {
            this.major = major;
            this.minor = minor;
        }

        @Override
        public int compareTo(Version o) {
            if (major != o.major) return Integer.compare(major, o.major);
            return Integer.compare(minor, o.minor);
        }

        @Override
        public String toString() { return major + "." + minor; }
    }

    static final class Repeat implements CharSequence {
        final char c;
        final int n;

        Repeat(char c, int n) {
            this.c = c;
            this.n = n;
        }

        @Override public int length() { return n; }
        @Override public char charAt(int index) { return index % 2 == 0 ? c : Character.toUpperCase(c); }
        @Override public CharSequence subSequence(int start, int end) { return new Repeat(c, end - start); }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(charAt(i));
            }
            return sb.toString();
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static void sort(Comparable[] items) {
        for (int i = 1; i < items.length; i++) {
            Comparable key = items[i];
            int j = i - 1;
            while (j >= 0 && items[j].compareTo(key) > 0) {
                items[j + 1] = items[j];
                j--;
            }
            items[j + 1] = key;
        }
    }

    static int ticks;

    public static void main(String[] args) {
        Version[] vs = {new Version(1, 10), new Version(1, 2), new Version(0, 9), new Version(2, 0), new Version(1, 2)};
        sort(vs);
        StringBuilder sb = new StringBuilder();
        for (Version v : vs) {
            sb.append(v).append(' ');
        }
        System.out.println(sb);
        Comparable<Version> c = vs[0];
        System.out.println(c.compareTo(vs[4]) + " " + vs[1].compareTo(vs[2]) + " " + vs[4].compareTo(vs[0]));
        String[] words = {"pear", "apple", "fig", "banana", "Apple"};
        sort(words);
        System.out.println(String.join(",", words));
        Runnable[] tasks = new Runnable[3];
        for (int i = 0; i < tasks.length; i++) {
            int step = i + 1;
            tasks[i] = new Runnable() {
                @Override public void run() { ticks += step * 10; }
            };
        }
        for (Runnable t : tasks) {
            t.run();
        }
        System.out.println("ticks " + ticks);
        CharSequence cs = new Repeat('k', 5);
        System.out.println(cs.length() + " " + cs.charAt(1) + " " + cs + " " + cs.subSequence(1, 3));
        StringBuilder viaAppend = new StringBuilder("[").append(cs).append("]");
        System.out.println(viaAppend);
        System.out.println("kKkKk".equals(cs.toString()) + " " + "xkKkx".contains(new Repeat('k', 3)));
        System.out.println(String.join("-", cs, "plain", new Repeat('z', 2)));
    }
}
