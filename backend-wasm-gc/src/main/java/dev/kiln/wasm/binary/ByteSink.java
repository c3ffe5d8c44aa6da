package dev.kiln.wasm.binary;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer with the primitive encodings of the binary format: LEB128 integers, UTF-8 names
 * and size-prefixed nested contents. Sections, function bodies and name subsections are all "size, then
 * bytes", so they are built in a separate sink and appended with {@link #sized}.
 */
final class ByteSink {
    private byte[] bytes = new byte[256];
    private int size;

    void u8(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    void raw(byte[] b) {
        append(b, b.length);
    }

    /** Unsigned LEB128 of a u32 ({@code v} is read as unsigned). */
    void u32(int v) {
        long rest = v & 0xffffffffL;
        do {
            int b = (int) (rest & 0x7f);
            rest >>>= 7;
            u8(rest == 0 ? b : b | 0x80);
        } while (rest != 0);
    }

    /**
     * Signed LEB128. One routine serves s32, s33 (type indices in block and heap types) and s64, since the
     * minimal encoding of a value does not depend on the declared width.
     */
    void sleb(long v) {
        while (true) {
            int b = (int) (v & 0x7f);
            v >>= 7;
            boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            u8(done ? b : b | 0x80);
            if (done) return;
        }
    }

    /** Little-endian fixed-width bytes, as float constants are stored. */
    void fixed(long bits, int width) {
        for (int i = 0; i < width; i++) u8((int) (bits >>> (8 * i)));
    }

    /** A name: byte length, then UTF-8. */
    void name(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        u32(utf8.length);
        raw(utf8);
    }

    /** Appends {@code content} as it is. */
    void raw(ByteSink content) {
        append(content.bytes, content.size);
    }

    /** Appends {@code content} prefixed by its byte length. */
    void sized(ByteSink content) {
        u32(content.size);
        append(content.bytes, content.size);
    }

    int size() { return size; }

    private void append(byte[] b, int length) {
        ensure(length);
        System.arraycopy(b, 0, bytes, size, length);
        size += length;
    }

    private void ensure(int extra) {
        if (size + extra > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + extra));
    }

    byte[] toByteArray() { return Arrays.copyOf(bytes, size); }
}
