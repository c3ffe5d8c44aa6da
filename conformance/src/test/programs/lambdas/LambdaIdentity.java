package lambdas;

/**
 * Which evaluations of a lambda or method reference give the same object: on the JVM a call site that captures
 * nothing returns one object every time, a capturing one a new object each time, and two call sites never
 * share an object.
 */
public class LambdaIdentity {
    interface Op { int apply(int x); }

    static int twice(int x) { return 2 * x; }

    static Op nonCapturing() { return x -> x + 1; }

    static Op methodRef() { return LambdaIdentity::twice; }

    static Op capturing(int k) { return x -> x + k; }

    static Op otherSite() { return x -> x + 1; }

    public static void main(String[] args) {
        System.out.println("non-capturing same " + (nonCapturing() == nonCapturing()));
        System.out.println("method ref same " + (methodRef() == methodRef()));
        System.out.println("capturing same " + (capturing(1) == capturing(1)));
        System.out.println("two sites same " + (nonCapturing() == otherSite()));
        Op[] made = new Op[4];
        for (int k = 0; k < made.length; k++) made[k] = x -> x * 3;
        System.out.println("loop same " + (made[0] == made[3]) + " " + (made[1] == made[2]));
        Op[] captured = new Op[3];
        for (int k = 0; k < captured.length; k++) {
            int c = k;
            captured[k] = x -> x * c;
        }
        System.out.println("loop capturing same " + (captured[0] == captured[1]));
        System.out.println("values " + nonCapturing().apply(1) + " " + methodRef().apply(21) + " " + made[2].apply(5) + " " + captured[2].apply(7));
    }
}
