package system;

// kiln:exit=42
/** System.exit from deep inside nested calls and loops stops everything, including the caller's loops. */
public class ExitFromDeepCall {
    static int depth;

    static void descend(int n) {
        depth++;
        if (n == 0) {
            System.out.println("bottom reached at depth " + depth);
            System.exit(42);
        }
        descend(n - 1);
        System.out.println("unwound " + n);
    }

    public static void main(String[] args) {
        for (int round = 0; round < 3; round++) {
            System.out.println("round " + round);
            if (round == 1) {
                descend(25);
            }
        }
        System.out.println("not reached");
    }
}
