package util;

import java.util.Arrays;
import java.util.Random;

/**
 * java.util.Random with fixed seeds: nextInt (with bounds, powers of two and not, origin/bound), nextLong,
 * nextDouble, nextFloat, nextBoolean, nextGaussian (its cached second value), nextBytes, setSeed resetting the
 * sequence and the Gaussian cache, two generators with one seed agreeing, a subclass overriding next(int), and
 * the bound checks' exceptions. The sequences are the Java SE API's linear congruential generator.
 */
public class RandomSeeded {
    static final class Counting extends Random {
        int calls;
        Counting(long seed) { super(seed); }
        @Override protected int next(int bits) {
            calls++;
            return super.next(bits);
        }
    }

    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder("nextInt()");
        for (int i = 0; i < 6; i++) sb.append(' ').append(r.nextInt());
        System.out.println(sb);
        sb.setLength(0);
        sb.append("nextInt(bound)");
        for (int bound : new int[] {1, 2, 7, 10, 16, 100, 1 << 30, Integer.MAX_VALUE, 1000000007}) sb.append(' ').append(r.nextInt(bound));
        System.out.println(sb);
        sb.setLength(0);
        sb.append("nextLong");
        for (int i = 0; i < 4; i++) sb.append(' ').append(r.nextLong());
        System.out.println(sb);
        sb.setLength(0);
        sb.append("nextDouble");
        for (int i = 0; i < 4; i++) sb.append(' ').append(r.nextDouble());
        System.out.println(sb);
        sb.setLength(0);
        sb.append("nextFloat");
        for (int i = 0; i < 4; i++) sb.append(' ').append(r.nextFloat());
        System.out.println(sb);
        sb.setLength(0);
        sb.append("nextBoolean");
        for (int i = 0; i < 8; i++) sb.append(r.nextBoolean() ? " T" : " F");
        System.out.println(sb);
        sb.setLength(0);
        sb.append("nextGaussian");
        for (int i = 0; i < 5; i++) sb.append(' ').append(r.nextGaussian());
        System.out.println(sb);
        byte[] bytes = new byte[11];
        r.nextBytes(bytes);
        System.out.println("nextBytes " + Arrays.toString(bytes));
        r.setSeed(42);
        System.out.println("setSeed restarts " + r.nextInt() + " gaussian after reset " + r.nextGaussian());
        Random a = new Random(-123456789L);
        Random b = new Random(-123456789L);
        boolean same = true;
        for (int i = 0; i < 1000; i++) if (a.nextInt(1000) != b.nextInt(1000)) same = false;
        System.out.println("same seed same sequence " + same + " next " + a.nextLong() + " " + b.nextLong());
        Counting c = new Counting(7);
        c.nextInt(10);
        c.nextLong();
        c.nextDouble();
        c.nextInt(1 << 20);
        System.out.println("subclass next calls " + c.calls);
        Random ranged = new Random(99);
        System.out.println("ranges " + ranged.nextInt(5, 10) + " " + ranged.nextInt(-100, -50) + " " + ranged.nextLong(1L << 40) + " "
                + ranged.nextLong(-5, 5) + " " + ranged.nextDouble(2.0) + " " + ranged.nextDouble(-1.0, 1.0));
        try {
            r.nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println("nextInt(0) " + e.getMessage());
        }
        try {
            r.nextInt(5, 5);
        } catch (IllegalArgumentException e) {
            System.out.println("nextInt(5, 5) " + e.getMessage());
        }
        try {
            r.nextLong(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("nextLong(-1) " + e.getMessage());
        }
        long[] histogram = new long[6];
        Random dice = new Random(2024);
        for (int i = 0; i < 60000; i++) histogram[dice.nextInt(6)]++;
        System.out.println("dice histogram " + Arrays.toString(histogram));
    }
}
