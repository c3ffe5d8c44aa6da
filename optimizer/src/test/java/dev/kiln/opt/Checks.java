package dev.kiln.opt;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code ; check:} and {@code ; check-not:} lines of an optimizer test, matched against the printed
 * IR after the pass, with the meaning FileCheck gives them: each {@code check} text must occur in a line
 * after the line the previous {@code check} matched; a {@code check-not} text must not occur in any line
 * between the matches of the checks around it (from the start, or to the end, when there is none).
 * Texts match as plain substrings. Any other {@code ; check...} line is an error, so a typo cannot
 * silently disable a check.
 */
final class Checks {
    private record Directive(boolean negative, String text, int sourceLine) {}

    private final List<Directive> directives = new ArrayList<>();

    Checks(String source) {
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("; check:")) {
                directives.add(new Directive(false, line.substring("; check:".length()).strip(), i + 1));
            } else if (line.startsWith("; check-not:")) {
                directives.add(new Directive(true, line.substring("; check-not:".length()).strip(), i + 1));
            } else if (line.startsWith("; check")) {
                throw new IllegalArgumentException("line " + (i + 1) + ": unknown directive: " + line);
            }
        }
    }

    boolean isEmpty() {
        return directives.isEmpty();
    }

    /** The first failing directive described, or null if all hold. */
    String mismatch(String output) {
        String[] lines = output.split("\n", -1);
        int previous = -1;
        List<Directive> pendingNots = new ArrayList<>();
        for (Directive d : directives) {
            if (d.negative()) {
                pendingNots.add(d);
                continue;
            }
            int match = find(lines, d.text(), previous + 1);
            if (match < 0) return "line " + d.sourceLine() + ": 'check: " + d.text() + "' not found after output line " + (previous + 1);
            String violated = violated(pendingNots, lines, previous + 1, match);
            if (violated != null) return violated;
            pendingNots.clear();
            previous = match;
        }
        return violated(pendingNots, lines, previous + 1, lines.length);
    }

    private static int find(String[] lines, String text, int from) {
        for (int i = from; i < lines.length; i++) if (lines[i].contains(text)) return i;
        return -1;
    }

    private static String violated(List<Directive> nots, String[] lines, int from, int to) {
        for (Directive d : nots) {
            for (int i = from; i < to; i++) {
                if (lines[i].contains(d.text())) {
                    return "line " + d.sourceLine() + ": 'check-not: " + d.text() + "' matched output line " + (i + 1) + ": " + lines[i];
                }
            }
        }
        return null;
    }
}
