package arrays;

/** Rectangular arrays (multianewarray), ragged arrays built row by row, partial dimensions and 3-D arrays. */
public class MultiDimArrays {
    public static void main(String[] args) {
        int[][] grid = new int[3][4];
        System.out.println(grid.length + " " + grid[0].length + " " + grid[2][3]);
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                grid[r][c] = r * 10 + c;
            }
        }
        for (int[] row : grid) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(v).append(' ');
            System.out.println(sb);
        }
        int[][] ragged = new int[5][];
        System.out.println(ragged[0] == null);
        for (int r = 0; r < ragged.length; r++) {
            ragged[r] = new int[r + 1];
            ragged[r][0] = 1;
            ragged[r][r] = 1;
            for (int c = 1; c < r; c++) {
                ragged[r][c] = ragged[r - 1][c - 1] + ragged[r - 1][c];
            }
        }
        for (int[] row : ragged) {
            StringBuilder sb = new StringBuilder();
            sb.append(row.length).append(':');
            for (int v : row) sb.append(' ').append(v);
            System.out.println(sb);
        }
        long[][][] cube = new long[2][3][4];
        long counter = 0;
        for (long[][] plane : cube) {
            for (long[] line : plane) {
                for (int k = 0; k < line.length; k++) {
                    line[k] = counter++ * counter;
                }
            }
        }
        System.out.println(cube.length + " " + cube[1].length + " " + cube[1][2].length + " " + cube[1][2][3] + " " + cube[0][1][2]);
        String[][] names = {{"a", "b"}, {}, {"c", null, "e"}};
        StringBuilder sb = new StringBuilder();
        for (String[] row : names) {
            sb.append(row.length).append('[');
            for (String n : row) sb.append(n).append(',');
            sb.append(']');
        }
        System.out.println(sb);
        double[][] partial = new double[2][];
        partial[1] = new double[]{1.5, 2.5};
        System.out.println((partial[0] == null) + " " + partial[1][1]);
        char[][] board = new char[3][3];
        for (char[] row : board) {
            for (int k = 0; k < row.length; k++) row[k] = '.';
        }
        board[1][1] = 'X';
        board[0][2] = 'O';
        for (char[] row : board) System.out.println(new String(row));
        boolean[][][] flags = new boolean[2][2][2];
        flags[1][0][1] = true;
        int trues = 0;
        for (boolean[][] a : flags) for (boolean[] b : a) for (boolean v : b) if (v) trues++;
        System.out.println("trues " + trues);
        int[][] swapped = {grid[2], grid[0]};
        swapped[0][0] = -1;
        System.out.println(grid[2][0] + " " + (swapped[1] == grid[0]));
        Object[][] objs = new Object[2][2];
        objs[0][0] = "s";
        objs[0][1] = grid;
        objs[1] = new Integer[]{7, 8};
        System.out.println(objs[0][0] + " " + ((int[][]) objs[0][1])[1][2] + " " + objs[1][1]);
    }
}
