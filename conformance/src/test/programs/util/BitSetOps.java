package util;

import java.util.Arrays;
import java.util.BitSet;

/**
 * java.util.BitSet: set/clear/flip/get singly and by range (across word boundaries), nextSetBit/
 * nextClearBit/previousSetBit/previousClearBit walks, cardinality/length/size/isEmpty, and/or/xor/andNot/
 * intersects, toString, equals/hashCode (trailing zero words do not count), valueOf/toLongArray round trips
 * (the byte[] forms go through java.nio buffers, which read memory with Unsafe), get(from, to) slices, clone, and the IndexOutOfBoundsException messages of bad indices.
 */
public class BitSetOps {
    interface Action {
        Object run();
    }

    static void attempt(String label, Action a) {
        try {
            System.out.println(label + " -> " + a.run());
        } catch (RuntimeException e) {
            System.out.println(label + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        BitSet b = new BitSet();
        System.out.println("empty " + b + " length " + b.length() + " size " + b.size() + " isEmpty " + b.isEmpty()
                + " cardinality " + b.cardinality() + " hash " + b.hashCode());
        for (int i : new int[] {0, 3, 63, 64, 65, 127, 128, 200, 1000}) b.set(i);
        System.out.println(b + " length " + b.length() + " size " + b.size() + " cardinality " + b.cardinality());
        System.out.println("get 63 " + b.get(63) + " get 62 " + b.get(62) + " get 5000 " + b.get(5000));
        b.clear(64);
        b.flip(62);
        b.flip(63);
        b.set(10, false);
        b.set(11, true);
        System.out.println("after clear/flip/set " + b);
        b.set(60, 70);
        System.out.println("set range 60..70 " + b + " cardinality " + b.cardinality());
        b.clear(62, 66);
        b.flip(120, 130);
        System.out.println("clear 62..66, flip 120..130 " + b);
        b.set(300, 310, true);
        b.set(305, 308, false);
        System.out.println("set(from,to,bool) " + b);
        StringBuilder walk = new StringBuilder();
        for (int i = b.nextSetBit(0); i >= 0; i = b.nextSetBit(i + 1)) walk.append(i).append(' ');
        System.out.println("nextSetBit walk " + walk);
        walk.setLength(0);
        for (int i = b.previousSetBit(b.length()); i >= 0; i = b.previousSetBit(i - 1)) walk.append(i).append(' ');
        System.out.println("previousSetBit walk " + walk);
        System.out.println("nextClearBit 0 " + b.nextClearBit(0) + " 60 " + b.nextClearBit(60) + " 1000 " + b.nextClearBit(1000)
                + " previousClearBit 69 " + b.previousClearBit(69) + " 0 " + b.previousClearBit(0) + " -1 " + b.previousClearBit(-1)
                + " previousSetBit -1 " + b.previousSetBit(-1) + " nextSetBit 1001 " + b.nextSetBit(1001));
        BitSet slice = b.get(60, 130);
        System.out.println("get(60,130) " + slice + " length " + slice.length());

        BitSet x = BitSet.valueOf(new long[] {0b1011_0110L, -1L, 1L << 63});
        BitSet y = BitSet.valueOf(new long[] {0x800000000FF0L});
        System.out.println("x " + x.cardinality() + " bits length " + x.length() + " y " + y);
        BitSet and = (BitSet) x.clone();
        and.and(y);
        BitSet or = (BitSet) x.clone();
        or.or(y);
        BitSet xor = (BitSet) x.clone();
        xor.xor(y);
        BitSet andNot = (BitSet) x.clone();
        andNot.andNot(y);
        System.out.println("and " + and + " or card " + or.cardinality() + " xor card " + xor.cardinality() + " andNot card "
                + andNot.cardinality() + " intersects " + x.intersects(y) + " " + new BitSet().intersects(x));
        System.out.println("toLongArray " + Arrays.toString(and.toLongArray()) + " x " + Arrays.toString(x.toLongArray())
                + " y " + Arrays.toString(y.toLongArray()) + " empty " + Arrays.toString(new BitSet().toLongArray()));
        BitSet big = new BitSet(1);
        big.set(1000);
        big.clear(1000);
        BitSet small = new BitSet();
        System.out.println("equals ignores capacity " + big.equals(small) + " hash " + big.hashCode() + " " + small.hashCode()
                + " size " + big.size() + " " + small.size() + " length " + big.length());
        small.set(3);
        BitSet copy = BitSet.valueOf(small.toLongArray());
        System.out.println("round trip equals " + copy.equals(small) + " hash " + copy.hashCode() + " equals other type "
                + small.equals("{3}"));
        attempt("set(-1)", () -> {
            b.set(-1);
            return b;
        });
        attempt("get(-5)", () -> b.get(-5));
        attempt("set(5, 2)", () -> {
            b.set(5, 2);
            return b;
        });
        attempt("clear(-1, 3)", () -> {
            b.clear(-1, 3);
            return b;
        });
        attempt("nextSetBit(-2)", () -> b.nextSetBit(-2));
        attempt("previousSetBit(-2)", () -> b.previousSetBit(-2));
        attempt("new BitSet(-1)", () -> new BitSet(-1));
        attempt("get(3, 1)", () -> b.get(3, 1));
        BitSet sieve = new BitSet(200);
        sieve.set(2, 200);
        for (int p = 2; p * p < 200; p = sieve.nextSetBit(p + 1)) {
            for (int m = p * p; m < 200; m += p) sieve.clear(m);
        }
        System.out.println("primes < 200: " + sieve.cardinality() + " " + sieve);
        b.clear();
        System.out.println("cleared " + b + " " + b.isEmpty() + " length " + b.length());
    }
}
