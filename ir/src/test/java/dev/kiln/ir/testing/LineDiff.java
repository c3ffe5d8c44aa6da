package dev.kiln.ir.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified-style line diff for golden-test failures, so a reviewer sees what changed instead of two
 * walls of text. Plain longest-common-subsequence; golden files are small.
 */
public final class LineDiff {
    private static final int CONTEXT = 2;

    private record Edit(char op, String line, int oldLine, int newLine) {}

    private LineDiff() {}

    public static String unified(String expected, String actual) {
        List<Edit> edits = edits(expected.split("\n", -1), actual.split("\n", -1));
        StringBuilder out = new StringBuilder("--- expected\n+++ actual\n");
        int n = edits.size();
        int shown = 0;
        int i = 0;
        while (i < n) {
            if (edits.get(i).op() == ' ') {
                i++;
                continue;
            }
            int last = i;
            for (int k = i + 1; k < n && k - last <= 2 * CONTEXT; k++) {
                if (edits.get(k).op() != ' ') last = k;
            }
            int start = Math.max(shown, i - CONTEXT);
            int end = Math.min(n, last + CONTEXT + 1);
            Edit first = edits.get(start);
            out.append("@@ -").append(first.oldLine()).append(" +").append(first.newLine()).append(" @@\n");
            for (int k = start; k < end; k++) out.append(edits.get(k).op()).append(edits.get(k).line()).append('\n');
            shown = end;
            i = end;
        }
        return out.toString();
    }

    private static List<Edit> edits(String[] a, String[] b) {
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Edit> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                out.add(new Edit(' ', a[i], ++i, ++j));
            } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(new Edit('-', a[i], ++i, j + 1));
            } else {
                out.add(new Edit('+', b[j], i + 1, ++j));
            }
        }
        return out;
    }
}
