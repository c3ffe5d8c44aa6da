package dev.kiln.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, limited to the first hunk: enough to see what broke without pages of output.
 * Lines are compared with their line ending, so a missing final newline shows as a difference ({@code \ No
 * newline at end of file}). Control characters other than tab are shown as {@code \\uXXXX}.
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;
    /** Beyond this many cells the edit script is not minimised: the middle is shown as removed then added. */
    private static final long MAX_LCS_CELLS = 4_000_000;

    record Line(String text, boolean newline) {
    }

    private enum Kind { SAME, REMOVED, ADDED }

    private record Op(Kind kind, Line line, int oldNo, int newNo) {
    }

    private UnifiedDiff() {}

    /** The 1-based number of the first line that differs, or 0 if the texts are equal. */
    static int firstDifferentLine(String expected, String actual) {
        List<Line> a = lines(expected);
        List<Line> b = lines(actual);
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) i++;
        return i == a.size() && i == b.size() ? 0 : i + 1;
    }

    static String diff(String expected, String actual, String expectedLabel, String actualLabel, int maxLines) {
        List<Op> ops = editScript(lines(expected), lines(actual));
        int first = -1;
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i).kind != Kind.SAME) {
                first = i;
                break;
            }
        }
        if (first < 0) return "";
        int start = Math.max(0, first - CONTEXT);
        int end = start;
        int sameRun = 0;
        int shown = 0;
        while (end < ops.size() && shown < maxLines) {
            sameRun = ops.get(end).kind == Kind.SAME ? sameRun + 1 : 0;
            end++;
            shown++;
            if (sameRun == CONTEXT && end > first + CONTEXT) break;
        }
        boolean more = false;
        for (int i = end; i < ops.size(); i++) {
            if (ops.get(i).kind != Kind.SAME) {
                more = true;
                break;
            }
        }
        int oldStart = 0;
        int newStart = 0;
        int oldCount = 0;
        int newCount = 0;
        for (int i = start; i < end; i++) {
            Op op = ops.get(i);
            if (op.kind != Kind.ADDED) {
                if (oldCount++ == 0) oldStart = op.oldNo;
            }
            if (op.kind != Kind.REMOVED) {
                if (newCount++ == 0) newStart = op.newNo;
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("--- ").append(expectedLabel).append('\n');
        sb.append("+++ ").append(actualLabel).append('\n');
        sb.append("@@ -").append(range(oldStart, oldCount, ops.get(start).oldNo)).append(" +")
                .append(range(newStart, newCount, ops.get(start).newNo)).append(" @@\n");
        for (int i = start; i < end; i++) {
            Op op = ops.get(i);
            sb.append(op.kind == Kind.SAME ? ' ' : op.kind == Kind.REMOVED ? '-' : '+').append(visible(op.line.text)).append('\n');
            if (!op.line.newline) sb.append("\\ No newline at end of file\n");
        }
        if (end < ops.size() && more) sb.append("... (more differences follow)\n");
        return sb.toString();
    }

    private static String range(int start, int count, int fallbackStart) {
        if (count == 0) return (fallbackStart - 1) + ",0";
        return count == 1 ? Integer.toString(start) : start + "," + count;
    }

    static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int nl = text.indexOf('\n', from);
            if (nl < 0) {
                out.add(new Line(text.substring(from), false));
                break;
            }
            out.add(new Line(text.substring(from, nl), true));
            from = nl + 1;
        }
        return out;
    }

    private static List<Op> editScript(List<Line> a, List<Line> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) prefix++;
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) suffix++;
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < prefix; i++) ops.add(new Op(Kind.SAME, a.get(i), i + 1, i + 1));
        List<Line> ma = a.subList(prefix, a.size() - suffix);
        List<Line> mb = b.subList(prefix, b.size() - suffix);
        if ((long) ma.size() * mb.size() <= MAX_LCS_CELLS) {
            middleByLcs(ma, mb, prefix, ops);
        } else {
            for (int i = 0; i < ma.size(); i++) ops.add(new Op(Kind.REMOVED, ma.get(i), prefix + i + 1, prefix + 1));
            for (int j = 0; j < mb.size(); j++) ops.add(new Op(Kind.ADDED, mb.get(j), prefix + ma.size() + 1, prefix + j + 1));
        }
        for (int k = 0; k < suffix; k++) {
            int i = a.size() - suffix + k;
            int j = b.size() - suffix + k;
            ops.add(new Op(Kind.SAME, a.get(i), i + 1, j + 1));
        }
        return ops;
    }

    private static void middleByLcs(List<Line> a, List<Line> b, int offset, List<Op> ops) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                ops.add(new Op(Kind.SAME, a.get(i), offset + i + 1, offset + j + 1));
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j])) {
                ops.add(new Op(Kind.ADDED, b.get(j), offset + i + 1, offset + j + 1));
                j++;
            } else {
                ops.add(new Op(Kind.REMOVED, a.get(i), offset + i + 1, offset + j + 1));
                i++;
            }
        }
    }

    private static String visible(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
