package dev.kiln.samples.tour;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A tour through a large part of java.util, java.util.stream and java.time: the program of issue #4's compile
 * time goal (docs/CLASS-LIBRARY.md, "Size").
 */
public final class LibraryTour {
    enum Weekend { SATURDAY, SUNDAY }

    private LibraryTour() {
    }

    public static void main(String[] args) {
        LocalDate start = LocalDate.of(2024, 2, 27);
        List<LocalDate> days = IntStream.range(0, 6).mapToObj(start::plusDays).collect(Collectors.toList());
        Map<Boolean, List<LocalDate>> leap = days.stream().collect(Collectors.partitioningBy(d -> d.getMonthValue() == 2));
        System.out.println(leap);
        ZonedDateTime paris = ZonedDateTime.of(2024, 3, 31, 1, 30, 0, 0, ZoneId.of("Europe/Paris"));
        DateTimeFormatter f = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu HH:mm z", java.util.Locale.US);
        System.out.println(f.format(paris) + " -> " + f.format(paris.plus(Duration.ofHours(1))));
        EnumMap<Weekend, Integer> hours = new EnumMap<>(Weekend.class);
        hours.merge(Weekend.SUNDAY, 3, Integer::sum);
        PriorityQueue<String> queue = new PriorityQueue<>(List.of("pear", "apple", "fig"));
        ArrayDeque<String> deque = new ArrayDeque<>();
        while (!queue.isEmpty()) deque.push(queue.poll());
        TreeSet<String> words = Pattern.compile("\\W+").splitAsStream("the cat and the hat sat")
                .collect(Collectors.toCollection(TreeSet::new));
        Map<Integer, Long> lengths = words.stream().collect(Collectors.groupingBy(String::length, LinkedHashMap::new, Collectors.counting()));
        System.out.println(String.format("%s %s %s %s %.3f", hours, deque, words.descendingSet(), lengths,
                days.stream().mapToInt(LocalDate::getDayOfMonth).average().orElse(0)));
    }
}
