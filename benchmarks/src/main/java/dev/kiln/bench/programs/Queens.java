package dev.kiln.bench.programs;

/** Recursive backtracking: the number of ways to place n queens on an n-by-n board, for n = 11 (2,680). */
public final class Queens {
    private Queens() {
    }

    static int solve(int n, int row, boolean[] columns, boolean[] diagonals, boolean[] antiDiagonals) {
        if (row == n) return 1;
        int count = 0;
        for (int c = 0; c < n; c++) {
            if (columns[c] || diagonals[row + c] || antiDiagonals[row - c + n - 1]) continue;
            columns[c] = diagonals[row + c] = antiDiagonals[row - c + n - 1] = true;
            count += solve(n, row + 1, columns, diagonals, antiDiagonals);
            columns[c] = diagonals[row + c] = antiDiagonals[row - c + n - 1] = false;
        }
        return count;
    }

    static long queens(int n) {
        return solve(n, 0, new boolean[n], new boolean[2 * n - 1], new boolean[2 * n - 1]);
    }

    public static void main(String[] args) {
        Bench.run("queens", args, 10, 2_680, () -> queens(11));
    }
}
