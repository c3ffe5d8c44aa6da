package nio;

import java.nio.BufferOverflowException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.InvalidMarkException;

/** Heap ByteBuffer state: position, limit, capacity, mark, flip, rewind, clear, compact, and the buffer exceptions. */
public class ByteBufferBasics {
    static String state(ByteBuffer b) {
        return "pos=" + b.position() + " lim=" + b.limit() + " cap=" + b.capacity() + " rem=" + b.remaining();
    }

    public static void main(String[] args) {
        ByteBuffer b = ByteBuffer.allocate(16);
        System.out.println(state(b) + " hasArray " + b.hasArray() + " direct " + b.isDirect() + " readOnly " + b.isReadOnly() + " " + b);
        b.put((byte) 1).put((byte) 2).put(new byte[] {3, 4, 5});
        System.out.println("after puts " + state(b));
        b.flip();
        System.out.println("flip " + state(b) + " get " + b.get() + " " + b.get());
        b.mark();
        System.out.println("get " + b.get() + " reset");
        b.reset();
        System.out.println("again " + b.get() + " absolute get(0) " + b.get(0) + " " + state(b));
        b.compact();
        System.out.println("compact " + state(b) + " first " + b.get(0) + " " + b.get(1));
        b.clear();
        System.out.println("clear " + state(b));
        b.position(10).limit(12);
        System.out.println("position/limit " + state(b));
        try {
            b.put(new byte[3]);
        } catch (BufferOverflowException e) {
            System.out.println("BufferOverflowException " + e.getMessage());
        }
        try {
            b.getInt();
            b.getInt();
        } catch (BufferUnderflowException e) {
            System.out.println("BufferUnderflowException " + e.getMessage() + " " + state(b));
        }
        try {
            b.get(20);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IndexOutOfBoundsException " + e.getMessage());
        }
        try {
            b.position(13);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException " + e.getMessage());
        }
        try {
            ByteBuffer.allocate(4).reset();
        } catch (InvalidMarkException e) {
            System.out.println("InvalidMarkException " + e.getMessage());
        }
        try {
            ByteBuffer.allocate(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("allocate -1: " + e.getMessage());
        }
        byte[] backing = {10, 20, 30, 40, 50};
        ByteBuffer w = ByteBuffer.wrap(backing, 1, 3);
        System.out.println("wrap " + state(w) + " arrayOffset " + w.arrayOffset() + " " + w.get());
        w.put(2, (byte) 99);
        System.out.println("backing changed " + backing[2] + " array same " + (w.array() == backing));
        w.rewind();
        System.out.println("rewind " + state(w));
    }
}
