package system;

// kiln:exit=3
/** System.exit(n) ends the program with status n; output printed before it must not be lost. */
public class ExitCode {
    public static void main(String[] args) {
        System.out.println("about to exit with 3");
        System.out.print("no newline before exit");
        System.err.print("stderr without newline");
        System.exit(3);
        System.out.println("never printed");
    }
}
