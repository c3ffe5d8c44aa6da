package class_versions;

// kiln:bytecode=Finally14

/**
 * try/finally as javac 1.4 compiled it (class file version 48, jsr/ret subroutines, no stack map frames):
 * the generator dev.kiln.conformance.bytecode.Finally14 writes class_versions.Finally14, whose methods'
 * Java source is in the generator's Javadoc. Every exit from a try block runs the finally block once.
 */
public class JsrFinally14 {
    public static void main(String[] args) {
        for (int x = -1; x <= 2; x += 3) {
            System.out.println("returnInTry(" + x + ")");
            System.out.println("  = " + Finally14.returnInTry(x));
        }
        for (int x = -2; x <= 4; x += 2) {
            System.out.println("throwThroughFinally(" + x + ")");
            try {
                System.out.println("  = " + Finally14.throwThroughFinally(x));
            } catch (IllegalStateException e) {
                System.out.println("  threw " + e.getMessage());
            }
        }
        for (int n = 0; n <= 8; n += 2) {
            System.out.println("loopWithFinally(" + n + ") = " + Finally14.loopWithFinally(n));
        }
        for (int x = -5; x <= 5; x += 10) {
            System.out.println("nestedFinally(" + x + ")");
            System.out.println("  = " + Finally14.nestedFinally(x));
        }
        for (int x = -1; x <= 20; x += 7) {
            System.out.println("returnInFinally(" + x + ") = " + Finally14.returnInFinally(x));
        }
    }
}
