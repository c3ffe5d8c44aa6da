package nio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ReadOnlyBufferException;
import java.nio.ShortBuffer;
import java.nio.DoubleBuffer;

/** Views over a heap byte buffer (int, long, char, short, double), slices, duplicates and read-only buffers. */
public class BufferViews {
    public static void main(String[] args) {
        ByteBuffer b = ByteBuffer.allocate(32);
        for (int i = 0; i < 32; i++) b.put((byte) (i + 1));
        b.position(4);
        IntBuffer ints = b.asIntBuffer();
        System.out.println("int view cap " + ints.capacity() + " order " + ints.order() + " " + Integer.toHexString(ints.get(0)));
        ints.put(1, 0x11223344);
        System.out.println("wrote through " + b.get(8) + " " + b.get(11));
        b.order(ByteOrder.LITTLE_ENDIAN);
        LongBuffer longs = b.asLongBuffer();
        System.out.println("long view LE " + longs.order() + " " + Long.toHexString(longs.get(0)) + " remaining " + longs.remaining());
        b.position(1);
        ShortBuffer shorts = b.asShortBuffer();
        System.out.println("unaligned short view " + shorts.get(0) + " " + shorts.capacity());
        CharBuffer chars = ByteBuffer.wrap("\u0000h\u0000i\u0000!".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).asCharBuffer();
        System.out.println("char view [" + chars + "] length " + chars.length() + " charAt " + chars.charAt(1));
        DoubleBuffer doubles = ByteBuffer.allocate(16).putDouble(0, 2.5).putDouble(8, -7).asDoubleBuffer();
        System.out.println("double view " + doubles.get(0) + " " + doubles.get(1));

        b.order(ByteOrder.BIG_ENDIAN).clear();
        b.position(8).limit(16);
        ByteBuffer slice = b.slice();
        System.out.println("slice pos " + slice.position() + " lim " + slice.limit() + " first " + slice.get(0) + " arrayOffset " + slice.arrayOffset());
        slice.put(0, (byte) -1);
        System.out.println("shared " + b.get(8));
        ByteBuffer sliceAt = b.slice(2, 3);
        System.out.println("slice(2,3) " + sliceAt.remaining() + " " + sliceAt.get(0));
        ByteBuffer dup = b.duplicate();
        dup.position(10);
        System.out.println("duplicate independent position " + b.position() + " " + dup.position() + " " + dup.get());
        ByteBuffer ro = b.asReadOnlyBuffer();
        System.out.println("read-only " + ro.isReadOnly() + " hasArray " + ro.hasArray() + " get " + ro.get(8));
        try {
            ro.put((byte) 1);
        } catch (ReadOnlyBufferException e) {
            System.out.println("ReadOnlyBufferException " + e.getMessage());
        }
        try {
            ro.array();
        } catch (ReadOnlyBufferException e) {
            System.out.println("array of read-only: ReadOnlyBufferException");
        }
        IntBuffer ib = IntBuffer.wrap(new int[] {5, 6, 7, 8});
        IntBuffer ibs = ib.position(1).slice();
        System.out.println("int slice " + ibs.get(0) + " " + ibs.remaining() + " equals " + ibs.equals(IntBuffer.wrap(new int[] {6, 7, 8})));
    }
}
