package recursion;

/** Recursion a few thousand frames deep with several live locals per frame, plus Hanoi and permutations. */
public class DeepRecursion {
    static long sumTo(int n) {
        if (n == 0) return 0;
        long here = n;
        double weight = n * 0.5;
        long rest = sumTo(n - 1);
        return rest + here + (long) weight;
    }

    static int moves;
    static StringBuilder firstMoves = new StringBuilder();

    static void hanoi(int n, char from, char to, char via) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to);
        moves++;
        if (moves <= 7) firstMoves.append(from).append("->").append(to).append(' ');
        hanoi(n - 1, via, to, from);
    }

    static int permutations;

    static void permute(char[] a, int k, StringBuilder out) {
        if (k == a.length) {
            permutations++;
            if (permutations <= 6 || permutations == 120) out.append(new String(a)).append(' ');
            return;
        }
        for (int i = k; i < a.length; i++) {
            char t = a[k];
            a[k] = a[i];
            a[i] = t;
            permute(a, k + 1, out);
            a[i] = a[k];
            a[k] = t;
        }
    }

    static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }

    static String binary(int n) { return n < 2 ? Integer.toString(n) : binary(n / 2) + (n % 2); }

    public static void main(String[] args) {
        System.out.println("sumTo(3000) = " + sumTo(3000));
        hanoi(12, 'A', 'C', 'B');
        System.out.println("hanoi moves " + moves + " first " + firstMoves);
        StringBuilder out = new StringBuilder();
        permute("abcde".toCharArray(), 0, out);
        System.out.println(permutations + " permutations: " + out);
        System.out.println(gcd(1071, 462) + " " + gcd(17, 5) + " " + gcd(0, 9) + " " + gcd(1 << 20, 6 << 10));
        System.out.println(binary(0) + " " + binary(5) + " " + binary(1023) + " " + binary(Integer.MAX_VALUE));
    }
}
