package dev.kiln.frontend.lift;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified line diff for golden mismatches: a longest common subsequence of lines, printed as hunks
 * with two lines of context, so a failure shows what changed rather than two listings.
 */
final class LineDiff {
    private static final int CONTEXT = 2;

    private LineDiff() {}

    static String unified(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        List<Boolean> changed = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            boolean same = i < a.length && j < b.length && a[i].equals(b[j]);
            if (same) {
                lines.add(" " + a[i++]);
                j++;
            } else if (j == b.length || i < a.length && common[i + 1][j] >= common[i][j + 1]) {
                lines.add("-" + a[i++]);
            } else {
                lines.add("+" + b[j++]);
            }
            changed.add(!same);
        }
        StringBuilder out = new StringBuilder("--- expected\n+++ actual\n");
        int lastShown = -1;
        for (int k = 0; k < lines.size(); k++) {
            if (!near(changed, k)) continue;
            if (k > lastShown + 1) out.append("@@ line ").append(k + 1).append(" @@\n");
            out.append(lines.get(k)).append('\n');
            lastShown = k;
        }
        return out.toString();
    }

    private static boolean near(List<Boolean> changed, int k) {
        for (int d = Math.max(0, k - CONTEXT); d <= Math.min(changed.size() - 1, k + CONTEXT); d++) {
            if (changed.get(d)) return true;
        }
        return false;
    }
}
