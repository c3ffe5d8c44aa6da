package util;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * SecureRandom and UUID.randomUUID, whose values differ on every run: the program prints only what the
 * specification fixes (versions, variants, lengths, ranges, distinctness, exceptions and their messages).
 */
public class SecureRandomAndUUID {
    public static void main(String[] args) throws Exception {
        Set<UUID> seen = new HashSet<>();
        boolean wellFormed = true;
        for (int i = 0; i < 200; i++) {
            UUID u = UUID.randomUUID();
            String s = u.toString();
            wellFormed &= u.version() == 4 && u.variant() == 2 && s.length() == 36 && s.charAt(14) == '4'
                    && UUID.fromString(s).equals(u);
            seen.add(u);
        }
        System.out.println("random UUIDs well formed: " + wellFormed + ", distinct: " + seen.size());

        SecureRandom random = new SecureRandom();
        System.out.println("algorithm " + random.getAlgorithm() + " " + random);
        int inRange = 0;
        long ones = 0;
        for (int i = 0; i < 1000; i++) {
            int v = random.nextInt(10);
            if (v >= 0 && v < 10) inRange++;
            ones += Long.bitCount(random.nextLong());
        }
        System.out.println("nextInt(10) in range: " + inRange + ", about half the bits set: " + (ones > 28_000 && ones < 36_000));
        double d = random.nextDouble();
        System.out.println("nextDouble in [0, 1): " + (d >= 0 && d < 1));
        byte[] a = new byte[64];
        byte[] b = new byte[64];
        random.nextBytes(a);
        new SecureRandom(new byte[] {1, 2, 3}).nextBytes(b);
        System.out.println("two streams differ: " + !java.util.Arrays.equals(a, b));
        random.setSeed(42L);
        random.setSeed(new byte[] {4, 5});
        System.out.println("seeds only supplement: " + (random.ints(5, 0, 100).count()));
        System.out.println("seed bytes: " + SecureRandom.getSeed(16).length + " " + random.generateSeed(3).length);
        SecureRandom strong = SecureRandom.getInstanceStrong();
        System.out.println("strong: " + (strong.nextInt(5) < 5) + " " + strong.getAlgorithm() + " " + strong);
        for (String name : new String[] {"SHA1PRNG", "sha1prng", "NativePRNGNonBlocking", "DRBG"}) {
            SecureRandom r = SecureRandom.getInstance(name);
            System.out.println(name + ": " + r.getAlgorithm() + " " + r + " " + (r.nextInt(3) < 3));
        }
        try {
            SecureRandom.getInstance("NoSuchThing");
        } catch (NoSuchAlgorithmException e) {
            System.out.println("NoSuchAlgorithmException: " + e.getMessage());
        }
        try {
            random.generateSeed(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        try {
            SecureRandom.getInstance(null);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException: " + e.getMessage());
        }
    }
}
