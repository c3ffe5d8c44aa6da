package lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Comparable and Comparator together: a Comparable class sorted naturally, Comparator.comparing with key
 * extractors and key comparators, thenComparing chains (including primitive forms), reversed on a chain,
 * nullsFirst/nullsLast, naturalOrder/reverseOrder, Collections.reverseOrder(cmp), stability of sort
 * with equal keys, and min/max via comparators.
 */
public class ComparatorChains {
    static final class Version implements Comparable<Version> {
        final int major;
        final int minor;
        final String tag;

        Version(int major, int minor, String tag) {
            this.major = major;
            this.minor = minor;
            this.tag = tag;
        }

        public int compareTo(Version o) {
            int c = Integer.compare(major, o.major);
            return c != 0 ? c : Integer.compare(minor, o.minor);
        }

        String tag() {
            return tag;
        }

        int minor() {
            return minor;
        }

        @Override
        public String toString() {
            return major + "." + minor + (tag == null ? "" : "-" + tag);
        }
    }

    public static void main(String[] args) {
        List<Version> vs = new ArrayList<>(List.of(new Version(2, 1, "b"), new Version(1, 9, null), new Version(2, 0, "a"),
                new Version(1, 9, "rc"), new Version(10, 0, null), new Version(2, 1, "a")));
        List<Version> natural = new ArrayList<>(vs);
        Collections.sort(natural);
        System.out.println("natural (stable) " + natural);
        List<Version> byTag = new ArrayList<>(vs);
        byTag.sort(Comparator.comparing(Version::tag, Comparator.nullsFirst(Comparator.naturalOrder())));
        System.out.println("tag nullsFirst " + byTag);
        byTag.sort(Comparator.comparing(Version::tag, Comparator.nullsLast(Comparator.reverseOrder())));
        System.out.println("tag nullsLast reversed " + byTag);
        List<Version> chain = new ArrayList<>(vs);
        chain.sort(Comparator.<Version>naturalOrder().reversed().thenComparing(Version::tag, Comparator.nullsFirst(String::compareTo)));
        System.out.println("reversed then tag " + chain);
        chain.sort(Comparator.comparingInt(Version::minor).thenComparingInt(v -> -v.major).thenComparing(Version::toString));
        System.out.println("minor then -major " + chain);
        chain.sort(Comparator.comparingInt(Version::minor).thenComparing(Comparator.naturalOrder()).reversed());
        System.out.println("whole chain reversed " + chain);
        System.out.println("min " + Collections.min(vs) + " max " + Collections.max(vs) + " max by tag length "
                + Collections.max(vs, Comparator.comparingInt(v -> v.tag == null ? -1 : v.tag.length())));
        String[] words = {"pear", "Fig", "apple", "kiwi", "Banana", "date", "fig"};
        Arrays.sort(words, Comparator.comparingInt(String::length).thenComparing(String.CASE_INSENSITIVE_ORDER).thenComparing(Comparator.reverseOrder()));
        System.out.println("words " + Arrays.toString(words));
        Arrays.sort(words, Collections.reverseOrder(String.CASE_INSENSITIVE_ORDER));
        System.out.println("reverseOrder(cmp) " + Arrays.toString(words));
        Arrays.sort(words, Collections.reverseOrder());
        System.out.println("reverseOrder() " + Arrays.toString(words));
        Comparator<String> byLast = Comparator.comparing(s -> s.charAt(s.length() - 1));
        System.out.println("compare " + byLast.compare("ab", "ba") + " " + byLast.reversed().compare("ab", "ba") + " same "
                + Comparator.<Integer>naturalOrder().compare(3, 3) + " double " + Comparator.comparingDouble((Double d) -> d).compare(-0.0, 0.0)
                + " long " + Comparator.comparingLong((Long l) -> l).compare(5L, 2L));
        try {
            Comparator.<String>naturalOrder().compare(null, "a");
        } catch (NullPointerException e) {
            System.out.println("naturalOrder null NPE");
        }
        List<Integer> nums = new ArrayList<>(Arrays.asList(3, null, 1, null, 2));
        nums.sort(Comparator.nullsLast(Integer::compare));
        System.out.println("nullsLast " + nums);
    }
}
