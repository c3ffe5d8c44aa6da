package algorithms;

/** Integer, long and double matrix products, a transpose, powers by squaring, and Gaussian elimination. */
public class MatrixMultiply {
    static int[][] mul(int[][] a, int[][] b) {
        int n = a.length;
        int m = b[0].length;
        int k = b.length;
        int[][] c = new int[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int s = 0;
                for (int x = 0; x < k; x++) s += a[i][x] * b[x][j];
                c[i][j] = s;
            }
        }
        return c;
    }

    static long[][] mulMod(long[][] a, long[][] b, long mod) {
        int n = a.length;
        long[][] c = new long[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                long s = 0;
                for (int x = 0; x < n; x++) s = (s + a[i][x] * b[x][j]) % mod;
                c[i][j] = s;
            }
        return c;
    }

    static long fibMod(long n, long mod) {
        long[][] result = {{1, 0}, {0, 1}};
        long[][] base = {{1, 1}, {1, 0}};
        while (n > 0) {
            if ((n & 1) == 1) result = mulMod(result, base, mod);
            base = mulMod(base, base, mod);
            n >>= 1;
        }
        return result[0][1];
    }

    static String show(int[][] m) {
        StringBuilder sb = new StringBuilder();
        for (int[] row : m) {
            for (int v : row) sb.append(v).append(' ');
            sb.append("| ");
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        int[][] a = {{1, 2, 3}, {4, 5, 6}};
        int[][] b = {{7, 8}, {9, 10}, {11, 12}};
        System.out.println(show(mul(a, b)));
        System.out.println(show(mul(b, a)));
        int n = 40;
        int[][] big = new int[n][n];
        int[][] id = new int[n][n];
        for (int i = 0; i < n; i++) {
            id[i][i] = 1;
            for (int j = 0; j < n; j++) big[i][j] = (i * 37 + j * 11) % 17 - 8;
        }
        int[][] same = mul(big, id);
        boolean identity = true;
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) if (same[i][j] != big[i][j]) identity = false;
        System.out.println("identity " + identity);
        int[][] sq = big;
        for (int p = 0; p < 4; p++) sq = mul(sq, big);
        long trace = 0;
        for (int i = 0; i < n; i++) trace += sq[i][i];
        System.out.println("trace of big^5 " + trace + " corner " + sq[0][0] + " " + sq[n - 1][n - 1]);
        System.out.println("fib(10^15) mod 1e9+7 = " + fibMod(1000000000000000L, 1000000007L));
        System.out.println("fib(90) mod 2^61-1 = " + fibMod(90, (1L << 61) - 1));
        double[][] sys = {{2, 1, -1, 8}, {-3, -1, 2, -11}, {-2, 1, 2, -3}};
        int rows = 3;
        for (int col = 0; col < rows; col++) {
            int pivot = col;
            for (int r = col + 1; r < rows; r++) if (Math.abs(sys[r][col]) > Math.abs(sys[pivot][col])) pivot = r;
            double[] t = sys[col];
            sys[col] = sys[pivot];
            sys[pivot] = t;
            for (int r = 0; r < rows; r++) {
                if (r == col) continue;
                double f = sys[r][col] / sys[col][col];
                for (int c = col; c <= rows; c++) sys[r][c] -= f * sys[col][c];
            }
        }
        for (int r = 0; r < rows; r++) {
            double x = sys[r][rows] / sys[r][r];
            System.out.println("x" + r + " = " + Math.round(x * 1e9) / 1e9);
        }
    }
}
