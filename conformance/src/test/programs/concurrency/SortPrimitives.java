package concurrency;

import java.util.Arrays;

/**
 * Arrays.sort of every primitive type, at sizes that take each of DualPivotQuicksort's paths (insertion
 * sort, mixed insertion, merging of runs, quicksort, heap sort fallback on adversarial input, counting sort
 * for bytes, chars and shorts), on random, sorted, reversed, constant and sawtooth data, with range sorts
 * and their index checks, and the total order of floats and doubles: -0.0 before 0.0, NaN last, all NaN
 * bit patterns kept. Results are printed as checksums plus a few elements.
 */
public class SortPrimitives {
    static long seed = 42;

    static long next() {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return seed >>> 16;
    }

    static long hash(int[] a) {
        long h = 17;
        for (int v : a) {
            h = h * 31 + v;
        }
        return h;
    }

    static boolean sorted(int[] a) {
        for (int i = 1; i < a.length; i++) {
            if (a[i - 1] > a[i]) {
                return false;
            }
        }
        return true;
    }

    static int[] ints(int n, String shape) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            switch (shape) {
                case "random" -> a[i] = (int) next();
                case "small" -> a[i] = (int) (next() % 50);
                case "sorted" -> a[i] = i * 3;
                case "reversed" -> a[i] = n - i;
                case "constant" -> a[i] = 7;
                default -> a[i] = i % 97 - (i / 97) % 5;
            }
        }
        return a;
    }

    static void sortInts() {
        for (int n : new int[] {0, 1, 2, 17, 44, 65, 286, 1000, 4097, 20000, 70000}) {
            StringBuilder line = new StringBuilder("int n=" + n);
            for (String shape : new String[] {"random", "small", "sorted", "reversed", "constant", "sawtooth"}) {
                int[] a = ints(n, shape);
                Arrays.sort(a);
                line.append(' ').append(shape).append('=').append(sorted(a) ? Long.toHexString(hash(a)) : "UNSORTED");
            }
            System.out.println(line);
        }
        int[] range = ints(1000, "random");
        int[] copy = range.clone();
        Arrays.sort(range, 100, 900);
        boolean outsideKept = Arrays.equals(range, 0, 100, copy, 0, 100) && Arrays.equals(range, 900, 1000, copy, 900, 1000);
        System.out.println("int range sorted " + sorted(Arrays.copyOfRange(range, 100, 900)) + " outside kept " + outsideKept);
    }

    static void sortOthers() {
        long[] longs = new long[30000];
        for (int i = 0; i < longs.length; i++) {
            longs[i] = next() * (i % 3 == 0 ? -1 : 1);
        }
        Arrays.sort(longs);
        long lh = 0;
        for (long v : longs) {
            lh = lh * 31 + v;
        }
        System.out.println("long " + longs[0] + " " + longs[15000] + " " + longs[29999] + " " + Long.toHexString(lh));
        short[] shorts = new short[10000];
        char[] chars = new char[10000];
        byte[] bytes = new byte[10000];
        for (int i = 0; i < 10000; i++) {
            shorts[i] = (short) next();
            chars[i] = (char) next();
            bytes[i] = (byte) next();
        }
        short[] fewShorts = Arrays.copyOf(shorts, 30);
        char[] fewChars = Arrays.copyOf(chars, 30);
        byte[] fewBytes = Arrays.copyOf(bytes, 30);
        Arrays.sort(shorts);
        Arrays.sort(chars);
        Arrays.sort(bytes);
        Arrays.sort(fewShorts);
        Arrays.sort(fewChars);
        Arrays.sort(fewBytes);
        System.out.println("short " + shorts[0] + " " + shorts[5000] + " " + shorts[9999] + " " + Arrays.hashCode(shorts));
        System.out.println("char " + (int) chars[0] + " " + (int) chars[5000] + " " + (int) chars[9999] + " " + Arrays.hashCode(chars));
        System.out.println("byte " + bytes[0] + " " + bytes[5000] + " " + bytes[9999] + " " + Arrays.hashCode(bytes));
        System.out.println("few " + Arrays.toString(fewBytes));
        System.out.println("few " + Arrays.hashCode(fewShorts) + " " + Arrays.hashCode(fewChars));
    }

    static void sortFloating() {
        double[] specials = {3.5, -0.0, Double.NaN, 0.0, Double.NEGATIVE_INFINITY, -1.5, Double.POSITIVE_INFINITY, 0.0, -0.0,
            Double.longBitsToDouble(0x7ff8000000000123L), Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, 1e-300};
        Arrays.sort(specials);
        System.out.println("double specials " + Arrays.toString(specials));
        StringBuilder bits = new StringBuilder();
        for (double d : specials) {
            if (Double.isNaN(d)) {
                bits.append(Long.toHexString(Double.doubleToRawLongBits(d))).append(' ');
            }
        }
        System.out.println("NaN bits kept " + bits);
        float[] fs = {Float.NaN, 2f, -0f, 0f, -2f, Float.NEGATIVE_INFINITY, 0f, -0f, 1e-45f, Float.intBitsToFloat(0x7fc00042)};
        Arrays.sort(fs);
        System.out.println("float specials " + Arrays.toString(fs) + " " + Integer.toHexString(Float.floatToRawIntBits(fs[fs.length - 1]))
                + " " + Integer.toHexString(Float.floatToRawIntBits(fs[fs.length - 2])));
        double[] big = new double[50000];
        for (int i = 0; i < big.length; i++) {
            long r = next();
            big[i] = r % 13 == 0 ? -0.0 : r % 17 == 0 ? 0.0 : r % 101 == 0 ? Double.NaN : (r % 20001 - 10000) / 64.0;
        }
        Arrays.sort(big);
        int negZeros = 0;
        int zeros = 0;
        int nans = 0;
        boolean ordered = true;
        for (int i = 0; i < big.length; i++) {
            if (Double.isNaN(big[i])) {
                nans++;
            } else if (big[i] == 0) {
                if (Double.doubleToRawLongBits(big[i]) < 0) {
                    negZeros++;
                    ordered &= zeros == 0;
                } else {
                    zeros++;
                }
            }
            if (i > 0 && !Double.isNaN(big[i])) {
                ordered &= Double.compare(big[i - 1], big[i]) <= 0;
            }
        }
        System.out.println("big double ordered " + ordered + " -0.0s " + negZeros + " 0.0s " + zeros + " NaNs " + nans + " ends "
                + big[0] + " " + big[big.length - nans - 1] + " " + big[big.length - 1]);
        float[] bigF = new float[30000];
        for (int i = 0; i < bigF.length; i++) {
            long r = next();
            bigF[i] = r % 11 == 0 ? -0f : r % 89 == 0 ? Float.NaN : (r % 4001 - 2000) / 8f;
        }
        Arrays.sort(bigF, 10, 29990);
        boolean fOrdered = true;
        for (int i = 11; i < 29990; i++) {
            fOrdered &= Float.compare(bigF[i - 1], bigF[i]) <= 0;
        }
        System.out.println("float range ordered " + fOrdered + " " + bigF[10] + " " + bigF[29989]);
    }

    static void rangeChecks() {
        int[] a = new int[5];
        try {
            Arrays.sort(a, 3, 2);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        try {
            Arrays.sort(a, -1, 2);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("ArrayIndexOutOfBoundsException: " + e.getMessage());
        }
        try {
            Arrays.sort(new double[3], 0, 4);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("ArrayIndexOutOfBoundsException: " + e.getMessage());
        }
        try {
            Arrays.sort((int[]) null);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException");
        }
    }

    public static void main(String[] args) {
        sortInts();
        sortOthers();
        sortFloating();
        rangeChecks();
    }
}
