package dev.kiln.bench.programs;

/** Binary trees of the Benchmarks Game, depth 16: allocation of many short-lived objects and recursion. */
public final class BinaryTrees {
    private BinaryTrees() {
    }

    static final class Node {
        final Node left, right;

        Node(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        int check() {
            return left == null ? 1 : 1 + left.check() + right.check();
        }
    }

    static Node tree(int depth) {
        return depth == 0 ? new Node(null, null) : new Node(tree(depth - 1), tree(depth - 1));
    }

    static long run(int maxDepth) {
        long checksum = tree(maxDepth + 1).check();
        Node longLived = tree(maxDepth);
        for (int depth = 4; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + 4);
            for (int i = 0; i < iterations; i++) checksum += tree(depth).check();
        }
        return checksum + longLived.check();
    }

    public static void main(String[] args) {
        Bench.run("binary-trees", args, 10, EXPECTED, () -> run(16));
    }

    /** The checksum as HotSpot computes it (JDK 17 and 25 agree). */
    static final long EXPECTED = 14_985_902L;
}
