package dev.kiln.runtime;

/**
 * A mutable natural number of any size: just the operations exact decimal/binary conversion needs
 * (multiply by small numbers and powers of ten, shifts, compare, subtract, bit extraction and a
 * shift-and-subtract long division with a bounded quotient). Little-endian 32-bit words.
 */
final class BigNat {
    private static final long MASK = 0xFFFFFFFFL;
    private static final int TEN_TO_NINE = 1_000_000_000;

    private int[] words;
    /** The number of words in use; the top one is non-zero unless the value is zero ({@code len == 0}). */
    private int len;

    private BigNat(int capacity) {
        words = new int[Math.max(capacity, 2)];
    }

    /** The value of {@code v}, read as unsigned. */
    static BigNat of(long v) {
        BigNat n = new BigNat(2);
        n.words[0] = (int) v;
        n.words[1] = (int) (v >>> 32);
        n.len = 2;
        n.trim();
        return n;
    }

    BigNat copy() {
        BigNat n = new BigNat(len);
        System.arraycopy(words, 0, n.words, 0, len);
        n.len = len;
        return n;
    }

    boolean isZero() {
        return len == 0;
    }

    /** {@code this = this * m + add}, for {@code m} and {@code add} in {@code [0, 2^32)}. */
    void mulAdd(long m, long add) {
        long carry = add;
        for (int i = 0; i < len; i++) {
            long p = (words[i] & MASK) * m + carry;
            words[i] = (int) p;
            carry = p >>> 32;
        }
        if (carry != 0) {
            ensure(len + 1);
            words[len++] = (int) carry;
        }
    }

    /** {@code this = this * 10^n}. */
    void mulPow10(int n) {
        int left = n;
        while (left >= 9) {
            mulAdd(TEN_TO_NINE, 0);
            left -= 9;
        }
        long p = 1;
        for (int i = 0; i < left; i++) {
            p *= 10;
        }
        mulAdd(p, 0);
    }

    /** {@code this = this * 2^bits}. */
    void shiftLeft(int bits) {
        if (len == 0 || bits == 0) {
            return;
        }
        int wordShift = bits >>> 5;
        int bitShift = bits & 31;
        ensure(len + wordShift + 1);
        int[] w = words;
        w[len + wordShift] = 0;
        for (int i = len - 1; i >= 0; i--) {
            int v = w[i];
            if (bitShift != 0) {
                w[i + wordShift + 1] |= v >>> (32 - bitShift);
            }
            w[i + wordShift] = v << bitShift;
        }
        for (int i = 0; i < wordShift; i++) {
            w[i] = 0;
        }
        len += wordShift + 1;
        trim();
    }

    /** {@code this = this / 2}, rounding down. */
    void shiftRight1() {
        for (int i = 0; i < len; i++) {
            int hi = i + 1 < len ? words[i + 1] << 31 : 0;
            words[i] = (words[i] >>> 1) | hi;
        }
        trim();
    }

    /** The number of bits needed to write the value (0 for zero). */
    int bitLength() {
        return len == 0 ? 0 : 32 * len - Integer.numberOfLeadingZeros(words[len - 1]);
    }

    int compareTo(BigNat o) {
        if (len != o.len) {
            return len < o.len ? -1 : 1;
        }
        for (int i = len - 1; i >= 0; i--) {
            if (words[i] != o.words[i]) {
                return Integer.compareUnsigned(words[i], o.words[i]);
            }
        }
        return 0;
    }

    /** {@code this = this - o}, which must not be negative. */
    void subtract(BigNat o) {
        long borrow = 0;
        for (int i = 0; i < len; i++) {
            long d = (words[i] & MASK) - (i < o.len ? o.words[i] & MASK : 0) - borrow;
            words[i] = (int) d;
            borrow = d < 0 ? 1 : 0;
        }
        trim();
    }

    /** The 64 bits of the value starting at bit {@code from}: {@code (this >> from) mod 2^64}. */
    long bitsAt(int from) {
        long result = 0;
        for (int b = 0; b < 64; b += 32) {
            result |= (word32At(from + b) & MASK) << b;
        }
        return result;
    }

    /** Whether the bits below {@code n} are all zero. */
    boolean lowBitsZero(int n) {
        int full = Math.min(n >>> 5, len);
        for (int i = 0; i < full; i++) {
            if (words[i] != 0) {
                return false;
            }
        }
        int rest = n & 31;
        return rest == 0 || full >= len || (words[full] & ((1 << rest) - 1)) == 0;
    }

    /**
     * {@code floor(num / den)}, which must be below {@code 2^qBits} ({@code qBits <= 64}); {@code num}
     * becomes the remainder. Binary long division: slow for large quotients, exact always.
     */
    static long divide(BigNat num, BigNat den, int qBits) {
        BigNat d = den.copy();
        d.shiftLeft(qBits - 1);
        long q = 0;
        for (int i = qBits - 1; i >= 0; i--) {
            if (num.compareTo(d) >= 0) {
                num.subtract(d);
                q |= 1L << i;
            }
            d.shiftRight1();
        }
        return q;
    }

    private int word32At(int bit) {
        int w = bit >>> 5;
        int s = bit & 31;
        int lo = w < len ? words[w] >>> s : 0;
        int hi = s != 0 && w + 1 < len ? words[w + 1] << (32 - s) : 0;
        return lo | hi;
    }

    private void ensure(int capacity) {
        if (capacity > words.length) {
            int[] grown = new int[Math.max(capacity, words.length * 2)];
            System.arraycopy(words, 0, grown, 0, len);
            words = grown;
        }
    }

    private void trim() {
        while (len > 0 && words[len - 1] == 0) {
            len--;
        }
    }
}
