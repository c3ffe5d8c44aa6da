package control_flow;

/** Labeled break and continue out of nested for, while and do-while loops and out of a plain block. */
public class LabeledJumps {
    static int firstPair(int[][] m, int target) {
        int found = -1;
        outer:
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                if (m[i][j] == target) {
                    found = i * 100 + j;
                    break outer;
                }
            }
        }
        return found;
    }

    public static void main(String[] args) {
        int[][] m = {{3, 1, 4}, {1, 5, 9}, {2, 6, 5}};
        System.out.println(firstPair(m, 5) + " " + firstPair(m, 2) + " " + firstPair(m, 7));
        StringBuilder primes = new StringBuilder();
        candidates:
        for (int n = 2; n < 60; n++) {
            for (int d = 2; d * d <= n; d++) {
                if (n % d == 0) continue candidates;
            }
            primes.append(n).append(' ');
        }
        System.out.println(primes);
        int i = 0;
        int log = 0;
        loop:
        while (true) {
            i++;
            int j = 0;
            do {
                j++;
                if (j == 3) continue loop;
                if (i == 5) break loop;
                log = log * 3 + j;
            } while (j < 10);
        }
        System.out.println("i " + i + " log " + log);
        int skipped = 0;
        block:
        {
            for (int k = 0; k < 10; k++) {
                if (k == 4) break block;
                skipped += k;
            }
            skipped = -1000;
        }
        System.out.println("skipped " + skipped);
        StringBuilder trace = new StringBuilder();
        a:
        for (int x = 0; x < 4; x++) {
            b:
            for (int y = 0; y < 4; y++) {
                for (int z = 0; z < 4; z++) {
                    if (z == y) continue b;
                    if (x + y + z == 5) continue a;
                    if (x == 3 && y == 2) break a;
                    trace.append(x).append(y).append(z).append(',');
                }
            }
        }
        System.out.println(trace);
    }
}
