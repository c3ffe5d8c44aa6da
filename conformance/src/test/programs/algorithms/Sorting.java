package algorithms;

/** Hand-written insertion sort, quicksort, merge sort and heap sort agree on the same pseudo-random data. */
public class Sorting {
    static int seed = 20240229;

    static int next() {
        seed ^= seed << 13;
        seed ^= seed >>> 17;
        seed ^= seed << 5;
        return seed;
    }

    static void insertion(int[] a) {
        for (int i = 1; i < a.length; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    static void quick(int[] a, int lo, int hi) {
        while (lo < hi) {
            int p = a[lo + (hi - lo) / 2];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < p) i++;
                while (a[j] > p) j--;
                if (i <= j) {
                    int t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (j - lo < hi - i) {
                quick(a, lo, j);
                lo = i;
            } else {
                quick(a, i, hi);
                hi = j;
            }
        }
    }

    static void merge(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        merge(a, tmp, lo, mid);
        merge(a, tmp, mid, hi);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    static void heap(int[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
        for (int end = n - 1; end > 0; end--) {
            int t = a[0];
            a[0] = a[end];
            a[end] = t;
            sift(a, 0, end);
        }
    }

    static void sift(int[] a, int i, int n) {
        while (true) {
            int l = 2 * i + 1;
            if (l >= n) return;
            int c = l + 1 < n && a[l + 1] > a[l] ? l + 1 : l;
            if (a[i] >= a[c]) return;
            int t = a[i];
            a[i] = a[c];
            a[c] = t;
            i = c;
        }
    }

    static long fingerprint(int[] a) {
        long h = 1;
        for (int v : a) h = h * 1000003 + v;
        return h;
    }

    static boolean sorted(int[] a) {
        for (int i = 1; i < a.length; i++) if (a[i - 1] > a[i]) return false;
        return true;
    }

    public static void main(String[] args) {
        int n = 3000;
        int[] data = new int[n];
        for (int i = 0; i < n; i++) data[i] = next() % 1000;
        int[] a = new int[n];
        int[] b = new int[n];
        int[] c = new int[n];
        int[] d = new int[n];
        System.arraycopy(data, 0, a, 0, n);
        System.arraycopy(data, 0, b, 0, n);
        System.arraycopy(data, 0, c, 0, n);
        System.arraycopy(data, 0, d, 0, n);
        insertion(a);
        quick(b, 0, n - 1);
        merge(c, new int[n], 0, n);
        heap(d);
        System.out.println("sorted " + sorted(a) + " " + sorted(b) + " " + sorted(c) + " " + sorted(d));
        System.out.println("fingerprints " + fingerprint(a) + " " + (fingerprint(a) == fingerprint(b)) + " "
                + (fingerprint(a) == fingerprint(c)) + " " + (fingerprint(a) == fingerprint(d)));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i += 250) sb.append(a[i]).append(' ');
        System.out.println(sb);
        System.out.println("min " + a[0] + " max " + a[n - 1] + " median " + a[n / 2]);
        String[] words = {"delta", "alpha", "charlie", "echo", "bravo", "alpha", "foxtrot", "Zulu"};
        for (int i = 1; i < words.length; i++) {
            String v = words[i];
            int j = i - 1;
            while (j >= 0 && words[j].compareTo(v) > 0) {
                words[j + 1] = words[j];
                j--;
            }
            words[j + 1] = v;
        }
        System.out.println(String.join(" ", words));
    }
}
