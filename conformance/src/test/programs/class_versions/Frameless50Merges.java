package class_versions;

// kiln:bytecode=Frameless50

/**
 * A class file of version 50 without stack map frames (the generator dev.kiln.conformance.bytecode.Frameless50
 * writes class_versions.Frameless50 and describes its methods): every type at a merge is inferred.
 */
public class Frameless50Merges {
    public static void main(String[] args) {
        for (int n = 1; n <= 27; n += 13) {
            System.out.println("collatzSteps(" + n + ") = " + Frameless50.collatzSteps(n));
        }
        for (int x = -1; x <= 1; x++) {
            System.out.println("sign(" + x + ") = " + Frameless50.sign(x));
            System.out.println("pick(" + x + ") = " + Frameless50.pick(x));
        }
        for (int n = 0; n <= 40; n += 10) {
            System.out.println("weightedSum(" + n + ") = " + Frameless50.weightedSum(n));
        }
    }
}
