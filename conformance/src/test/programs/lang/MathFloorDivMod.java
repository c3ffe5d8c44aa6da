package lang;

/**
 * Math.floorDiv and floorMod for every sign combination in int, long and long-by-int forms, against /
 * and %, the MIN_VALUE/-1 case, and a table showing floorMod's use for wrapping indexes.
 */
public class MathFloorDivMod {
    static int i(int v) {
        return v;
    }

    public static void main(String[] args) {
        int[] xs = {7, -7, 6, -6, 0, Integer.MIN_VALUE, Integer.MAX_VALUE};
        int[] ys = {2, -2, 3, -3, 1, -1, Integer.MAX_VALUE};
        for (int x : xs) {
            StringBuilder sb = new StringBuilder("x=" + x);
            for (int y : ys) {
                sb.append(" | ").append(y).append(": ").append(Math.floorDiv(i(x), i(y))).append(',').append(Math.floorMod(i(x), i(y)))
                        .append(' ').append(x / y).append(',').append(x % y);
            }
            System.out.println(sb);
        }
        long[] lxs = {7L, -7L, Long.MIN_VALUE, Long.MAX_VALUE, -1L};
        long[] lys = {2L, -3L, -1L, 1L << 40};
        for (long x : lxs) {
            StringBuilder sb = new StringBuilder("lx=" + x);
            for (long y : lys) {
                sb.append(" | ").append(y).append(": ").append(Math.floorDiv(x, y)).append(',').append(Math.floorMod(x, y));
            }
            sb.append(" | by int -5: ").append(Math.floorDiv(x, i(-5))).append(',').append(Math.floorMod(x, i(-5)));
            System.out.println(sb);
        }
        StringBuilder wrap = new StringBuilder("wrap");
        for (int k = -7; k <= 7; k++) {
            wrap.append(' ').append(Math.floorMod(k, 5));
        }
        System.out.println(wrap);
        System.out.println("strict " + StrictMath.floorDiv(-9, 4) + " " + StrictMath.floorMod(-9, 4) + " " + StrictMath.floorMod(9L, -4L));
    }
}
