package dev.kiln.wasm;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Golden-file assertions. Files live in the module's {@code src/test/resources} (read from the source
 * tree, not the class path, so a blessed file is what the next run compares against). With
 * {@code -Dkiln.bless=true} the actual text is written instead; otherwise a mismatch fails with a unified
 * diff and the command that would accept the new output.
 */
public final class Golden {
    private static final int CONTEXT = 3;

    private Golden() {
    }

    /** Compares {@code actual} with {@code src/test/resources/<resource>}. */
    public static void assertMatches(String resource, String actual, String testSelector) {
        Path file = Paths.get(System.getProperty("basedir", "."), "src", "test", "resources", resource);
        if (Boolean.getBoolean("kiln.bless")) {
            write(file, actual);
            return;
        }
        String root = System.getProperty("kiln.repo.root");
        String bless = (root == null ? "" : "cd " + root + " && ") + "mvn -o -pl backend-wasm-gc test -Dtest=" + testSelector + " -Dkiln.bless=true";
        if (!Files.exists(file)) fail("golden file " + file + " does not exist; create it with\n  " + bless);
        String expected = read(file);
        if (expected.equals(actual)) return;
        fail("output differs from " + resource + ":\n" + unifiedDiff(resource, expected, actual)
            + "\nIf the new output is right, accept it with\n  " + bless);
    }

    /** A unified diff of two texts by lines, from their longest common subsequence. */
    static String unifiedDiff(String name, String expected, String actual) {
        List<String> a = List.of(expected.split("\n", -1));
        List<String> b = List.of(actual.split("\n", -1));
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        List<int[]> positions = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            positions.add(new int[] {i, j});
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                lines.add(" " + a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                lines.add("-" + a.get(i++));
            } else {
                lines.add("+" + b.get(j++));
            }
        }
        List<Integer> changed = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) if (lines.get(k).charAt(0) != ' ') changed.add(k);
        StringBuilder out = new StringBuilder("--- " + name + " (expected)\n+++ " + name + " (actual)\n");
        for (int c = 0; c < changed.size(); c++) {
            int first = changed.get(c);
            int last = first;
            while (c + 1 < changed.size() && changed.get(c + 1) - last <= 2 * CONTEXT) last = changed.get(++c);
            int start = Math.max(0, first - CONTEXT);
            int end = Math.min(lines.size(), last + CONTEXT + 1);
            int oldCount = 0;
            int newCount = 0;
            for (int l = start; l < end; l++) {
                if (lines.get(l).charAt(0) != '+') oldCount++;
                if (lines.get(l).charAt(0) != '-') newCount++;
            }
            out.append("@@ -").append(positions.get(start)[0] + 1).append(',').append(oldCount)
                .append(" +").append(positions.get(start)[1] + 1).append(',').append(newCount).append(" @@\n");
            for (int l = start; l < end; l++) out.append(lines.get(l)).append('\n');
        }
        return out.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
