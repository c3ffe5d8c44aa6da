package class_versions;

// kiln:bytecode=SubroutineShapes

/**
 * Subroutines no compiler's finally produces but the JVM accepts (class file version 49, no stack map
 * frames): the generator dev.kiln.conformance.bytecode.SubroutineShapes writes class_versions.SubroutineShapes
 * and describes each method.
 */
public class JsrShapes {
    public static void main(String[] args) {
        for (int x = 0; x <= 5; x++) {
            System.out.println("branches(" + x + ") = " + SubroutineShapes.branches(x));
        }
        for (int x = -3; x <= 3; x += 3) {
            System.out.println("stackAcrossCall(" + x + ")");
            System.out.println("  = " + SubroutineShapes.stackAcrossCall(x));
        }
        System.out.println("wideLocals(7) = " + SubroutineShapes.wideLocals(7));
        for (int x = -4; x <= 4; x += 4) {
            System.out.println("catchInSubroutine(" + x + ")");
            System.out.println("  = " + SubroutineShapes.catchInSubroutine(x));
        }
        for (int n = 1; n <= 6; n++) {
            System.out.println("leaveByJump(" + n + ") = " + SubroutineShapes.leaveByJump(n));
        }
    }
}
