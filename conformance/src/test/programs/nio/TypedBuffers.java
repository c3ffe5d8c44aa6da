package nio;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;
import java.util.Arrays;

/** The other heap buffers: allocate, wrap, relative and absolute access, toString, duplicate, NaN equality. */
public class TypedBuffers {
    public static void main(String[] args) {
        IntBuffer ib = IntBuffer.allocate(5);
        for (int i = 0; i < 5; i++) ib.put(i * 10);
        ib.flip();
        System.out.println(ib + " get(2) " + ib.get(2) + " sum " + (ib.get() + ib.get()) + " " + ib);
        LongBuffer lb = LongBuffer.wrap(new long[] {Long.MAX_VALUE, -1, 7});
        System.out.println("long " + lb.get(0) + " " + lb.get() + " remaining " + lb.remaining() + " array " + Arrays.toString(lb.array()));
        ShortBuffer sb = ShortBuffer.allocate(3).put((short) -5).put((short) 300);
        System.out.println("short position " + sb.position() + " " + sb.get(0) + " " + sb.get(1));
        FloatBuffer fb = FloatBuffer.wrap(new float[] {Float.NaN, 1.5f});
        System.out.println("float NaN equal " + fb.equals(FloatBuffer.wrap(new float[] {Float.NaN, 1.5f})) + " compare "
                + fb.compareTo(FloatBuffer.wrap(new float[] {Float.NaN, 1.5f})));
        DoubleBuffer db = DoubleBuffer.allocate(4);
        db.put(0.1).put(0.2).put(2, 0.3);
        db.position(3).put(-0.0);
        System.out.println("double " + Arrays.toString(db.array()) + " duplicate " + db.duplicate().rewind().get());
        IntBuffer ro = ib.asReadOnlyBuffer();
        System.out.println("read-only int " + ro.isReadOnly() + " " + ro.get(4));
    }
}
