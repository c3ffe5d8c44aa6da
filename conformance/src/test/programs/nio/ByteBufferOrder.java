package nio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/** Multi-byte values in heap byte buffers in both byte orders, relative and absolute, aligned and not. */
public class ByteBufferOrder {
    public static void main(String[] args) {
        System.out.println("native " + ByteOrder.nativeOrder() + " default " + ByteBuffer.allocate(1).order());
        for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
            ByteBuffer b = ByteBuffer.allocate(64).order(order);
            b.put((byte) 0x7f);
            b.putShort((short) 0x1234).putChar('\u20ac').putInt(0xCAFEBABE).putLong(0x0102030405060708L);
            b.putFloat(-1.25f).putDouble(Math.E);
            System.out.println(order + " position " + b.position() + " " + Arrays.toString(Arrays.copyOf(b.array(), b.position())));
            b.flip();
            System.out.println("  " + b.get() + " " + Integer.toHexString(b.getShort()) + " " + (int) b.getChar() + " "
                    + Integer.toHexString(b.getInt()) + " " + Long.toHexString(b.getLong()) + " " + b.getFloat() + " " + b.getDouble());
            System.out.println("  absolute int at 1 " + Integer.toHexString(b.getInt(1)) + " long at 3 " + Long.toHexString(b.getLong(3))
                    + " short at 9 " + b.getShort(9));
            b.putInt(5, 42).putDouble(13, -0.0).putShort(25, (short) -2);
            System.out.println("  after absolute puts " + b.getInt(5) + " " + b.getDouble(13) + " " + b.getShort(25));
        }
        ByteBuffer b = ByteBuffer.wrap(new byte[] {0, 0, 0, 1, (byte) 0x80, 0, 0, 0});
        System.out.println("big " + b.getInt(0) + " " + b.getInt(4) + " order switch " + b.order(ByteOrder.LITTLE_ENDIAN).getInt(0) + " " + b.getInt(4));
        System.out.println("NaN bits " + Integer.toHexString(ByteBuffer.allocate(4).putFloat(0, Float.intBitsToFloat(0x7fc00001)).getInt(0)));
    }
}
