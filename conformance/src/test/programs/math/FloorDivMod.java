package math;

/** floorDiv and floorMod for int and long (rounding toward negative infinity) compared with / and %. */
public class FloorDivMod {
    public static void main(String[] args) {
        int[] as = {7, -7, 0, 6, -6, Integer.MIN_VALUE, Integer.MAX_VALUE};
        int[] bs = {2, -2, 3, -3, 1, -1, Integer.MAX_VALUE};
        for (int a : as) {
            StringBuilder line = new StringBuilder();
            line.append(a).append(':');
            for (int b : bs) {
                line.append(' ').append(Math.floorDiv(a, b)).append('/').append(Math.floorMod(a, b)).append('(').append(a / b).append('/')
                        .append(a % b).append(')');
            }
            System.out.println(line);
        }
        long[] las = {7, -7, Long.MIN_VALUE, Long.MAX_VALUE, -1000000000000L};
        long[] lbs = {2, -2, 1000000007L, -1, Long.MIN_VALUE};
        for (long a : las) {
            StringBuilder line = new StringBuilder();
            line.append(a).append(':');
            for (long b : lbs) {
                line.append(' ').append(Math.floorDiv(a, b)).append('/').append(Math.floorMod(a, b));
            }
            System.out.println(line);
        }
        System.out.println(Math.floorMod(-1L, 5) + " " + Math.floorDiv(-1L, 5) + " " + Math.floorMod(-13, 4) + " " + Math.floorDiv(-13, 4));
        int[] clock = new int[8];
        for (int k = 0; k < clock.length; k++) {
            clock[k] = Math.floorMod(k * 5 - 17, 12);
        }
        StringBuilder sb = new StringBuilder();
        for (int v : clock) sb.append(v).append(' ');
        System.out.println(sb);
    }
}
