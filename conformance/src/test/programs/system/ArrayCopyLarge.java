package system;

/** System.arraycopy on large arrays and many small copies, checked by checksum. */
public class ArrayCopyLarge {
    public static void main(String[] args) {
        int n = 100000;
        int[] src = new int[n];
        for (int i = 0; i < n; i++) src[i] = i * 31 + (i >>> 3);
        int[] dst = new int[n];
        System.arraycopy(src, 0, dst, 0, n);
        long check = 0;
        for (int v : dst) check = check * 7 + v;
        System.out.println("full copy checksum " + check);
        System.arraycopy(dst, 0, dst, 1, n - 1);
        System.arraycopy(dst, 500, dst, 0, 1000);
        check = 0;
        for (int v : dst) check = check * 7 + v;
        System.out.println("shifted checksum " + check);
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) i;
        byte[] out = new byte[4096];
        for (int off = 0; off < 4096; off += 64) {
            System.arraycopy(bytes, 4096 - 64 - off, out, off, 64);
        }
        long bsum = 0;
        for (int i = 0; i < out.length; i++) bsum += (long) out[i] * (i + 1);
        System.out.println("block reverse sum " + bsum);
        String[] words = new String[1000];
        for (int i = 0; i < words.length; i++) words[i] = "w" + (i % 13);
        Object[] copy = new Object[1000];
        System.arraycopy(words, 0, copy, 0, 1000);
        int matches = 0;
        for (int i = 0; i < 1000; i++) if (copy[i] == words[i]) matches++;
        System.out.println("same references " + matches);
    }
}
