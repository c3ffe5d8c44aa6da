package lang;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * EnumSet and EnumMap with a small and a large (more than 64 constants) enum: allOf/noneOf/of/range/
 * complementOf/copyOf, iteration in ordinal order, removeIf, EnumMap put/merge/compute and its entry order,
 * equality with other sets and maps, and grouping into an EnumMap through a stream collector.
 */
public class EnumCollections {
    enum Day {
        MON, TUE, WED, THU, FRI, SAT, SUN
    }

    enum Big {
        B00, B01, B02, B03, B04, B05, B06, B07, B08, B09, B10, B11, B12, B13, B14, B15, B16, B17, B18, B19,
        B20, B21, B22, B23, B24, B25, B26, B27, B28, B29, B30, B31, B32, B33, B34, B35, B36, B37, B38, B39,
        B40, B41, B42, B43, B44, B45, B46, B47, B48, B49, B50, B51, B52, B53, B54, B55, B56, B57, B58, B59,
        B60, B61, B62, B63, B64, B65, B66, B67, B68, B69
    }

    public static void main(String[] args) {
        EnumSet<Day> weekend = EnumSet.of(Day.SUN, Day.SAT);
        EnumSet<Day> weekdays = EnumSet.complementOf(weekend);
        System.out.println("weekend " + weekend + " weekdays " + weekdays + " range " + EnumSet.range(Day.TUE, Day.THU));
        System.out.println("all " + EnumSet.allOf(Day.class).size() + " none " + EnumSet.noneOf(Day.class) + " copyOf " + EnumSet.copyOf(java.util.List.of(Day.FRI, Day.MON)));
        weekdays.removeIf(d -> d.ordinal() % 2 == 0);
        System.out.println("odd weekdays " + weekdays + " contains TUE " + weekdays.contains(Day.TUE) + " equals HashSet "
                + weekdays.equals(new java.util.HashSet<>(weekdays)));
        EnumMap<Day, Integer> hours = new EnumMap<>(Day.class);
        hours.put(Day.FRI, 6);
        hours.put(Day.MON, 8);
        hours.merge(Day.MON, 1, Integer::sum);
        hours.computeIfAbsent(Day.WED, d -> d.name().length());
        hours.compute(Day.FRI, (d, v) -> v == null ? 0 : v * 2);
        System.out.println("hours " + hours + " keys " + hours.keySet() + " values " + hours.values() + " first " + hours.entrySet().iterator().next());
        hours.remove(Day.WED);
        System.out.println("after remove " + hours + " containsKey WED " + hours.containsKey(Day.WED) + " equals " + hours.equals(Map.of(Day.MON, 9, Day.FRI, 12)));
        EnumSet<Big> big = EnumSet.noneOf(Big.class);
        for (Big b : Big.values()) {
            if (b.ordinal() % 9 == 0 || b.ordinal() > 65) {
                big.add(b);
            }
        }
        System.out.println("big " + big + " size " + big.size());
        EnumSet<Big> bigRange = EnumSet.range(Big.B60, Big.B68);
        bigRange.retainAll(big);
        System.out.println("big retained " + bigRange + " complement size " + EnumSet.complementOf(big).size());
        Map<Boolean, EnumSet<Day>> split = EnumSet.allOf(Day.class).stream()
                .collect(Collectors.partitioningBy(d -> d.name().contains("U"), Collectors.toCollection(() -> EnumSet.noneOf(Day.class))));
        System.out.println("partitioned " + split);
        EnumMap<Day, String> grouped = EnumSet.allOf(Day.class).stream()
                .collect(Collectors.toMap(d -> d, d -> d.name().toLowerCase(), (x, y) -> x, () -> new EnumMap<>(Day.class)));
        System.out.println("grouped " + grouped);
        try {
            new EnumMap<Day, Integer>(Day.class).put(null, 1);
        } catch (NullPointerException e) {
            System.out.println("null key NPE");
        }
    }
}
