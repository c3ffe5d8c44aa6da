package interfaces;

/** Static interface methods, interface constants, and private interface methods used by defaults. */
public class StaticAndConstants {
    interface MathOps {
        int ZERO = 0;
        int LIMIT = 1 << 10;
        String PREFIX = "ops";

        static int clamp(int v) {
            return v < ZERO ? ZERO : v > LIMIT ? LIMIT : v;
        }

        static MathOps doubling() {
            return new MathOps() {
                @Override public int apply(int v) { return v * 2; }
            };
        }

        int apply(int v);

        default int applyClamped(int v) {
            return clamp(apply(v));
        }

        default String trace(int v) {
            return label() + "(" + v + ")=" + applyClamped(v);
        }

        private String label() {
            return PREFIX + "#" + getClass_();
        }

        default String getClass_() { return "anon"; }
    }

    static class Square implements MathOps {
        @Override public int apply(int v) { return v * v; }
        @Override public String getClass_() { return "square"; }
    }

    public static void main(String[] args) {
        System.out.println(MathOps.clamp(-5) + " " + MathOps.clamp(500) + " " + MathOps.clamp(5000));
        System.out.println(MathOps.LIMIT + " " + MathOps.PREFIX + " " + Square.LIMIT);
        MathOps d = MathOps.doubling();
        MathOps s = new Square();
        for (int v = -3; v <= 40; v += 11) {
            System.out.println(d.trace(v) + " " + s.trace(v));
        }
    }
}
