package control_flow;

/** for, while and enhanced-for nested three deep, with early exits and loop-carried values. */
public class NestedLoops {
    public static void main(String[] args) {
        for (int i = 1; i <= 9; i++) {
            StringBuilder row = new StringBuilder();
            for (int j = 1; j <= i; j++) {
                row.append(i * j);
                if (j < i) row.append(' ');
            }
            System.out.println(row);
        }
        int triples = 0;
        for (int a = 1; a < 30; a++) {
            for (int b = a; b < 30; b++) {
                int c = 1;
                while (c < 45) {
                    if (a * a + b * b == c * c) {
                        triples++;
                        System.out.println("triple " + a + " " + b + " " + c);
                    }
                    c++;
                }
            }
        }
        System.out.println("triples " + triples);
        int[][] grid = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
        int diag = 0;
        int anti = 0;
        for (int[] row : grid) {
            for (int v : row) {
                System.out.print(v);
            }
            System.out.println();
        }
        for (int i = 0, j = grid.length - 1; i < grid.length; i++, j--) {
            diag += grid[i][i];
            anti += grid[i][j];
        }
        System.out.println("diag " + diag + " anti " + anti);
        long iterations = 0;
        for (int i = 0; i < 50; i++) {
            for (int j = 0; j < 50; j++) {
                for (int k = 0; k < 50; k++) {
                    if (((i ^ j ^ k) & 7) == 0) iterations += i + j + k;
                }
            }
        }
        System.out.println("iterations " + iterations);
        int n = 27;
        int steps = 0;
        while (n != 1) {
            n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
            steps++;
        }
        System.out.println("collatz steps " + steps);
        int x = 0;
        for (;;) {
            x += 7;
            if (x > 100) break;
        }
        System.out.println("x " + x);
        int empty = 0;
        for (int i = 0; i < 0; i++) {
            empty++;
        }
        while (empty > 0) {
            empty--;
        }
        System.out.println("empty " + empty);
        int down = 0;
        for (int i = 10; i > 0; i -= 3) {
            down = down * 10 + i;
        }
        System.out.println("down " + down);
    }
}
