package nio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.IntBuffer;
import java.util.Arrays;

/** Bulk transfers between heap buffers and arrays, buffer-to-buffer puts (byte order swaps), equals/compareTo/mismatch. */
public class BufferBulk {
    public static void main(String[] args) {
        ByteBuffer src = ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        ByteBuffer dst = ByteBuffer.allocate(16);
        dst.put(src);
        System.out.println("put(buffer) " + dst.position() + " src remaining " + src.remaining());
        dst.flip();
        byte[] out = new byte[4];
        dst.get(out).get(out, 1, 2);
        System.out.println("get arrays " + Arrays.toString(out) + " position " + dst.position());
        dst.put(0, new byte[] {42, 43}, 0, 2);
        System.out.println("absolute bulk put " + dst.get(0) + " " + dst.get(1));
        ByteBuffer overlap = ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6});
        ByteBuffer view = overlap.duplicate();
        view.position(1);
        overlap.put(view);
        System.out.println("overlapping put " + Arrays.toString(overlap.array()));

        IntBuffer a = IntBuffer.allocate(6);
        a.put(new int[] {3, 1, 4, 1, 5, 9});
        a.flip();
        int[] ints = new int[6];
        a.get(ints);
        System.out.println("int bulk " + Arrays.toString(ints));
        ByteBuffer le = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        le.asIntBuffer().put(new int[] {1, 256, -1});
        System.out.println("LE int view bulk " + Arrays.toString(le.array()));
        ByteBuffer be = ByteBuffer.allocate(12);
        be.asIntBuffer().put(le.asIntBuffer());
        System.out.println("swap by put " + Arrays.toString(be.array()));
        CharBuffer chars = ByteBuffer.allocate(8).asCharBuffer();
        chars.put("wxyz");
        chars.flip();
        char[] cs = new char[4];
        chars.get(cs);
        System.out.println("char view bulk " + new String(cs));

        ByteBuffer x = ByteBuffer.wrap(new byte[] {1, 2, 3, 4});
        ByteBuffer y = ByteBuffer.wrap(new byte[] {0, 1, 2, 3, 5});
        y.position(1);
        System.out.println("equals " + x.equals(y) + " compareTo " + Integer.signum(x.compareTo(y)) + " mismatch " + x.mismatch(y));
        y.limit(4);
        System.out.println("equal prefix equals " + x.equals(ByteBuffer.wrap(new byte[] {1, 2, 3, 4})) + " hash "
                + (x.hashCode() == ByteBuffer.wrap(new byte[] {1, 2, 3, 4}).hashCode()) + " mismatch " + x.mismatch(y));
        System.out.println("int compare " + Integer.signum(IntBuffer.wrap(new int[] {-1}).compareTo(IntBuffer.wrap(new int[] {1}))));
    }
}
