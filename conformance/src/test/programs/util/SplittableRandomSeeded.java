package util;

import java.util.SplittableRandom;

/**
 * java.util.SplittableRandom with fixed seeds: nextInt/nextLong/nextDouble/nextBoolean with and without
 * bounds, split (the child's sequence is fixed by the parent's state), two generators with one seed agreeing,
 * nextBytes, and the bound checks' exceptions.
 */
public class SplittableRandomSeeded {
    public static void main(String[] args) {
        SplittableRandom r = new SplittableRandom(42);
        StringBuilder sb = new StringBuilder("nextInt");
        for (int i = 0; i < 5; i++) sb.append(' ').append(r.nextInt());
        sb.append(" | bounded");
        for (int bound : new int[] {1, 3, 64, 1000, Integer.MAX_VALUE}) sb.append(' ').append(r.nextInt(bound));
        sb.append(" | ranged ").append(r.nextInt(-10, 10)).append(' ').append(r.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE));
        System.out.println(sb);
        sb.setLength(0);
        sb.append("nextLong");
        for (int i = 0; i < 3; i++) sb.append(' ').append(r.nextLong());
        sb.append(" | bounded ").append(r.nextLong(1L << 50)).append(' ').append(r.nextLong(-3L, 3L));
        System.out.println(sb);
        sb.setLength(0);
        sb.append("nextDouble");
        for (int i = 0; i < 3; i++) sb.append(' ').append(r.nextDouble());
        sb.append(" | bounded ").append(r.nextDouble(10.0)).append(' ').append(r.nextDouble(-1, 1));
        sb.append(" | booleans");
        for (int i = 0; i < 6; i++) sb.append(r.nextBoolean() ? " T" : " F");
        System.out.println(sb);
        SplittableRandom child = r.split();
        System.out.println("split child " + child.nextInt() + " " + child.nextLong() + " parent " + r.nextInt());
        SplittableRandom a = new SplittableRandom(-1);
        SplittableRandom b = new SplittableRandom(-1);
        boolean same = true;
        for (int i = 0; i < 500; i++) if (a.nextLong() != b.nextLong()) same = false;
        System.out.println("same seed same sequence " + same);
        byte[] bytes = new byte[9];
        new SplittableRandom(5).nextBytes(bytes);
        System.out.println("nextBytes " + java.util.Arrays.toString(bytes));
        try {
            r.nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println("nextInt(0) " + e.getMessage());
        }
        try {
            r.nextLong(7, 7);
        } catch (IllegalArgumentException e) {
            System.out.println("nextLong(7, 7) " + e.getMessage());
        }
    }
}
