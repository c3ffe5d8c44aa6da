package recursion;

/** The Ackermann function for small arguments: deep, non-primitive recursion. */
public class Ackermann {
    static long calls;
    static int maxDepth;

    static int ack(int m, int n, int depth) {
        calls++;
        if (depth > maxDepth) maxDepth = depth;
        if (m == 0) return n + 1;
        if (n == 0) return ack(m - 1, 1, depth + 1);
        return ack(m - 1, ack(m, n - 1, depth + 1), depth + 1);
    }

    public static void main(String[] args) {
        for (int m = 0; m <= 3; m++) {
            StringBuilder line = new StringBuilder();
            for (int n = 0; n <= 4; n++) {
                calls = 0;
                maxDepth = 0;
                int v = ack(m, n, 0);
                line.append("A(").append(m).append(',').append(n).append(")=").append(v).append(" [").append(calls).append(" calls, depth ")
                        .append(maxDepth).append("] ");
            }
            System.out.println(line);
        }
        calls = 0;
        System.out.println("A(2,100) = " + ack(2, 100, 0) + " calls " + calls);
        calls = 0;
        System.out.println("A(3,5) = " + ack(3, 5, 0) + " calls " + calls);
    }
}
