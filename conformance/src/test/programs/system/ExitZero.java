package system;

/** An explicit System.exit(0) is a normal exit, even with code after it and output pending on both streams. */
public class ExitZero {
    public static void main(String[] args) {
        for (int i = 0; i < 3; i++) {
            System.out.print(i);
            System.err.print(-i);
        }
        System.out.println();
        System.err.println();
        if (args.length == 0) {
            System.exit(0);
        }
        System.out.println("only with arguments");
    }
}
