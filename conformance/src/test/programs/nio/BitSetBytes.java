package nio;

import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.BitSet;

/** BitSet's byte and buffer forms, which go through java.nio buffers: valueOf(byte[]), toByteArray, valueOf(ByteBuffer/LongBuffer). */
public class BitSetBytes {
    public static void main(String[] args) {
        byte[] bytes = {1, 0, (byte) 0x80, 0, 0, 0, 0, 0, 0x0f, 0};
        BitSet b = BitSet.valueOf(bytes);
        System.out.println(b + " length " + b.length() + " cardinality " + b.cardinality());
        System.out.println("toByteArray " + Arrays.toString(b.toByteArray()));
        b.set(100);
        System.out.println("after set 100 " + Arrays.toString(b.toByteArray()));
        System.out.println("empty " + Arrays.toString(new BitSet().toByteArray()) + " " + BitSet.valueOf(new byte[3]));
        ByteBuffer bb = ByteBuffer.wrap(new byte[] {9, 9, 3, 5});
        bb.position(2);
        System.out.println("from ByteBuffer " + BitSet.valueOf(bb) + " position kept " + bb.position());
        System.out.println("from LongBuffer " + BitSet.valueOf(LongBuffer.wrap(new long[] {1L << 63, 5})));
        BitSet round = BitSet.valueOf(BitSet.valueOf(new long[] {0x123456789abcdefL, -1L}).toByteArray());
        System.out.println("round trip " + Arrays.toString(round.toLongArray()));
    }
}
