package language;

// kiln:release=25

/**
 * A maze written as a text block (incidental indentation stripped, escapes, {@code \s}, line continuations
 * and escaped quotes) is cut into a {@code char[][]} and walked: labelled break and continue out of nested
 * for, while and do-while loops and out of a switch, a labelled block, enhanced for over arrays of arrays
 * (the array expression evaluated once, a null row failing), unnamed variables (Java 22), and
 * {@code String.join} called with varargs and with an array (compiled by JDK 25's javac, class file 69).
 */
public class LoopsAndTextBlocks25 {
    static final String MAZE = """
            #########
            #S..#...#
            #.#.#.#.#
            #.#...#E#
            #########
            """;

    static int evaluations;

    static char[][] rows(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') count++;
        char[][] grid = new char[count][];
        int start = 0;
        for (int r = 0; r < count; r++) {
            int end = text.indexOf('\n', start);
            grid[r] = text.substring(start, end).toCharArray();
            start = end + 1;
        }
        return grid;
    }

    static char[][] counted(char[][] g) {
        evaluations++;
        return g;
    }

    public static void main(String[] args) {
        char[][] grid = rows(MAZE);
        System.out.println("maze " + grid.length + "x" + grid[0].length + " text length " + MAZE.length());
        int sr = -1, sc = -1;
        find:
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                if (grid[r][c] == 'S') {
                    sr = r;
                    sc = c;
                    break find;
                }
            }
        }
        System.out.println("start " + sr + "," + sc);
        int walls = 0, open = 0;
        for (char[] row : counted(grid)) {
            for (char ch : row) {
                if (ch == '#') walls++;
                else open++;
            }
        }
        System.out.println("walls " + walls + " open " + open + " evaluations " + evaluations);
        int[] queue = new int[grid.length * grid[0].length];
        int[][] dist = new int[grid.length][grid[0].length];
        for (int[] d : dist) for (int i = 0; i < d.length; i++) d[i] = -1;
        int head = 0, tail = 0;
        queue[tail++] = sr * 100 + sc;
        dist[sr][sc] = 0;
        int[][] moves = {{0, 1}, {1, 0}, {0, -1}, {-1, 0}};
        int found = -1;
        search:
        while (head < tail) {
            int cur = queue[head++];
            int r = cur / 100, c = cur % 100;
            for (int[] m : moves) {
                int nr = r + m[0], nc = c + m[1];
                switch (grid[nr][nc]) {
                    case '#':
                        continue;
                    case 'E':
                        found = dist[r][c] + 1;
                        break search;
                    default:
                        if (dist[nr][nc] >= 0) continue;
                }
                dist[nr][nc] = dist[r][c] + 1;
                queue[tail++] = nr * 100 + nc;
            }
        }
        System.out.println("shortest path " + found + " visited " + head + " queued " + tail);
        StringBuilder diag = new StringBuilder();
        int k = 0;
        outer:
        do {
            k++;
            int j = 0;
            while (true) {
                j++;
                if (j > k) continue outer;
                if ((j + k) % 4 == 0) break;
                if (k * j > 12) break outer;
                diag.append(k).append(j).append(' ');
            }
            diag.append("| ");
        } while (k < 6);
        System.out.println("do/while labels " + diag + "k " + k);
        block:
        {
            for (char[] row : grid) if (row.length != 9) break block;
            System.out.println("all rows have 9 columns");
        }
        int[][] jagged = {{1, 2}, null, {3}};
        int total = 0;
        try {
            for (int[] row : jagged) for (int v : row) total += v;
        } catch (NullPointerException _) {
            System.out.println("null row after total " + total);
        }
        int[] source = {1, 2, 3};
        int seen = 0;
        for (int v : source) {
            seen += v;
            source = new int[] {100, 200, 300, 400};
        }
        int[] mutable = {1, 2, 3};
        int iter = 0;
        for (int v : mutable) {
            iter += v;
            if (v < mutable.length) mutable[v] *= 10;
        }
        int rowsCounted = 0;
        for (char[] _ : grid) rowsCounted++;
        System.out.println("enhanced for " + seen + " " + source.length + " " + iter + " rows " + rowsCounted);

        String escapes = """
            tab\there, quote "" and \""" inside
            trailing\s
            joined \
            line
              indented \\ backslash
            """;
        int line = 0;
        int from = 0;
        for (int at = escapes.indexOf('\n'); at >= 0; at = escapes.indexOf('\n', from)) {
            String l = escapes.substring(from, at);
            System.out.println("line " + line++ + " [" + l.replace('\t', '>') + "] " + l.length());
            from = at + 1;
        }
        String noFinalNewline = """
            a
              b""";
        System.out.println("no final newline " + noFinalNewline.length() + " " + noFinalNewline.endsWith("b") + " " + (noFinalNewline.indexOf("  b") > 0));
        StringBuilder sb = new StringBuilder("sb");
        System.out.println(String.join("-", "a", "b", "c") + " " + String.join(",") + "|" + String.join("/", sb, "x", null, sb.reverse())
                + " " + String.join(", ", new String[] {"p", "q"}) + " " + String.join("", new String(grid[1])));
    }
}
