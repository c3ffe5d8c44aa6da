package dev.kiln.bench.programs;

/**
 * A constraint solver: sudoku by constraint propagation (candidates as bit sets, naked singles) and search on the cell
 * with the fewest candidates, over ten hard puzzles. The checksum folds every solved grid.
 */
public final class Sudoku {
    static final String[] PUZZLES = {
        "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
        "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
        "6.....8.3.4.7.................5.4.7.3..2.....1.6.......2.....5.....8.6......1....",
        "48.3............71.2.......7.5....6....2..8.............1.76...3.....4......5....",
        "....14....3....2...7..........9...3.6.1.............8.2.....1.4....5.6.....7.8...",
        "......52..8.4......3...9...5.1...6..2..7........3.....6...1..........7.4.......3.",
        "6.2.5.........3.4..........43...8....1....2........7..5..27...........81...6.....",
        ".524.........7.1..............8.2...3.....6...9.5.....1.6.3...........897........",
        "6.2.5.........4.3..........43...8....1....2........7..5..27...........81...6.....",
        ".923.........8.1...........1.7.4...........658.........6.5.2...4.....7.....9.....",
    };
    private static final int ALL = 0x1ff;
    static final int[][] PEERS = new int[81][20];

    static {
        for (int cell = 0; cell < 81; cell++) {
            int r = cell / 9, c = cell % 9, n = 0;
            for (int other = 0; other < 81; other++) {
                int r2 = other / 9, c2 = other % 9;
                if (other != cell && (r2 == r || c2 == c || (r2 / 3 == r / 3 && c2 / 3 == c / 3))) PEERS[cell][n++] = other;
            }
        }
    }

    private Sudoku() {
    }

    /** Assigns digit bit {@code bit} to {@code cell}: false on a contradiction. */
    static boolean assign(int[] grid, int cell, int bit) {
        int others = grid[cell] & ~bit;
        for (int b = others; b != 0; b &= b - 1) {
            if (!eliminate(grid, cell, b & -b)) return false;
        }
        return true;
    }

    static boolean eliminate(int[] grid, int cell, int bit) {
        if ((grid[cell] & bit) == 0) return true;
        grid[cell] &= ~bit;
        int left = grid[cell];
        if (left == 0) return false;
        if ((left & (left - 1)) == 0) {
            for (int peer : PEERS[cell]) {
                if (!eliminate(grid, peer, left)) return false;
            }
        }
        return true;
    }

    static int[] search(int[] grid) {
        int best = -1;
        int fewest = 10;
        for (int cell = 0; cell < 81; cell++) {
            int n = Integer.bitCount(grid[cell]);
            if (n > 1 && n < fewest) {
                fewest = n;
                best = cell;
            }
        }
        if (best < 0) return grid;
        for (int b = grid[best]; b != 0; b &= b - 1) {
            int[] copy = grid.clone();
            if (assign(copy, best, b & -b)) {
                int[] solved = search(copy);
                if (solved != null) return solved;
            }
        }
        return null;
    }

    static long solveAll() {
        long checksum = 0;
        for (String puzzle : PUZZLES) {
            int[] grid = new int[81];
            java.util.Arrays.fill(grid, ALL);
            for (int cell = 0; cell < 81; cell++) {
                char ch = puzzle.charAt(cell);
                if (ch != '.' && !assign(grid, cell, 1 << (ch - '1'))) throw new IllegalStateException("contradiction");
            }
            int[] solved = search(grid);
            if (solved == null) throw new IllegalStateException("no solution");
            for (int cell = 0; cell < 81; cell++) checksum = checksum * 10 + Integer.numberOfTrailingZeros(solved[cell]) + 1;
        }
        return checksum;
    }

    public static void main(String[] args) {
        Bench.run("sudoku", args, 10, EXPECTED, Sudoku::solveAll);
    }

    /** The checksum as HotSpot computes it (JDK 17 and 25 agree). */
    static final long EXPECTED = -5_354_210_191_799_751_022L;
}
