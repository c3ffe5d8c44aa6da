package dev.kiln.bench.programs;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts the words of a generated text of 300,000 words in a {@code HashMap<String, Integer>}: hashing, equality and
 * boxing of strings made by {@code substring}. The words come from a fixed linear congruential generator.
 */
public final class WordCount {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "ve", "zu", "an", "el"};

    private WordCount() {
    }

    static String text(int words) {
        StringBuilder sb = new StringBuilder();
        long seed = 42;
        for (int w = 0; w < words; w++) {
            seed = (seed * 6364136223846793005L + 1442695040888963407L);
            int syllables = 1 + (int) ((seed >>> 60) & 3);
            long s = seed;
            for (int k = 0; k < syllables; k++) {
                sb.append(SYLLABLES[(int) ((s >>> (8 * k + 16)) & 0xff) % SYLLABLES.length]);
            }
            sb.append(' ');
        }
        return sb.toString();
    }

    static long count(String text) {
        Map<String, Integer> counts = new HashMap<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                counts.merge(text.substring(start, i), 1, Integer::sum);
                start = i + 1;
            }
        }
        long checksum = counts.size();
        for (Map.Entry<String, Integer> e : counts.entrySet()) checksum += (long) e.getKey().hashCode() * e.getValue();
        return checksum;
    }

    public static void main(String[] args) {
        String text = text(300_000);
        Bench.run("word-count", args, 10, EXPECTED, () -> count(text));
    }

    /** The checksum as HotSpot computes it (JDK 17 and 25 agree). */
    static final long EXPECTED = -90_393_173_343_324L;
}
