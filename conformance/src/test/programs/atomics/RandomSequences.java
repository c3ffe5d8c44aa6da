package atomics;

import java.util.Random;

/**
 * java.util.Random from the JDK's class files: its seed is an AtomicLong updated by compare-and-set, and its
 * static initializer takes the seed field's Unsafe offset through {@code getDeclaredField}, which Kiln resolves
 * at compile time. The sequences are specified, so they match the JVM's to the bit.
 */
public class RandomSequences {
    public static void main(String[] args) {
        Random r = new Random(42);
        System.out.println("ints " + r.nextInt() + " " + r.nextInt() + " " + r.nextInt(10) + " " + r.nextInt(1 << 20) + " " + r.nextInt(1000000007));
        System.out.println("longs " + r.nextLong() + " " + r.nextLong());
        System.out.println("booleans " + r.nextBoolean() + " " + r.nextBoolean() + " " + r.nextBoolean());
        System.out.println("floats " + r.nextFloat() + " " + r.nextFloat());
        System.out.println("doubles " + r.nextDouble() + " " + r.nextDouble());
        System.out.println("gaussians " + r.nextGaussian() + " " + r.nextGaussian() + " " + r.nextGaussian());
        byte[] bytes = new byte[7];
        r.nextBytes(bytes);
        StringBuilder sb = new StringBuilder("bytes");
        for (byte b : bytes) sb.append(' ').append(b);
        System.out.println(sb);
        r.setSeed(-1);
        System.out.println("reseeded " + r.nextInt(100) + " " + r.nextLong() + " " + r.nextGaussian());
        Random a = new Random(7);
        Random b = new Random(7);
        boolean same = true;
        for (int i = 0; i < 1000; i++) same &= a.nextInt(i + 1) == b.nextInt(i + 1);
        System.out.println("same seed same sequence " + same);
        Random unseeded = new Random();
        Random another = new Random();
        int bound = unseeded.nextInt(5) + another.nextInt(5);
        System.out.println("unseeded in range " + (bound >= 0 && bound <= 8));
        try {
            r.nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println("bound 0: " + e.getMessage());
        }
    }
}
