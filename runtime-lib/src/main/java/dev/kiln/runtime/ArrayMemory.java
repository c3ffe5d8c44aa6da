package dev.kiln.runtime;

/**
 * The bytes of primitive arrays as {@code Unsafe} addresses them: {@code (array, offset)} with the layout the
 * {@code Unsafe} substitution reports ({@link ArrayLayout#BASE_OFFSET}, the element size as the index scale),
 * elements stored little-endian, the byte order {@code Unsafe.isBigEndian()} and {@code ByteOrder.nativeOrder()}
 * report on Kiln as on x86-64. This is what a heap {@code java.nio} buffer needs: its memory is a Java array
 * ({@code HeapByteBuffer}'s {@code byte[]}), read and written a multi-byte value at a time
 * ({@code getIntUnaligned}) and copied in bulk ({@code copyMemory}, {@code copySwapMemory}). Kiln has no
 * native memory: a null base (an absolute address, which only direct buffers and foreign memory use) or an
 * object that is no primitive array is an {@code InternalError}.
 *
 * <p>Offsets are not range-checked beyond the array's own bounds checks, as {@code Unsafe}'s callers check them.
 */
public final class ArrayMemory {
    private ArrayMemory() {
    }

    /** The byte at {@code offset} of {@code base}, a primitive array (a reference array's elements have no bytes). */
    public static byte getByte(Object base, long offset) {
        int r = relative(base, offset);
        if (base instanceof byte[] a) {
            return a[r];
        } else if (base instanceof boolean[] a) {
            return (byte) (a[r] ? 1 : 0);
        } else if (base instanceof char[] a) {
            return (byte) (a[r >> 1] >> ((r & 1) << 3));
        } else if (base instanceof short[] a) {
            return (byte) (a[r >> 1] >> ((r & 1) << 3));
        } else if (base instanceof int[] a) {
            return (byte) (a[r >> 2] >> ((r & 3) << 3));
        } else if (base instanceof float[] a) {
            return (byte) (Float.floatToRawIntBits(a[r >> 2]) >> ((r & 3) << 3));
        } else if (base instanceof long[] a) {
            return (byte) (a[r >> 3] >> ((r & 7) << 3));
        } else if (base instanceof double[] a) {
            return (byte) (Double.doubleToRawLongBits(a[r >> 3]) >> ((r & 7) << 3));
        }
        throw noMemory(base);
    }

    /** Stores {@code value} as the byte at {@code offset} of {@code base}, a primitive array. */
    public static void putByte(Object base, long offset, byte value) {
        int r = relative(base, offset);
        if (base instanceof byte[] a) {
            a[r] = value;
        } else if (base instanceof boolean[] a) {
            a[r] = value != 0;
        } else if (base instanceof char[] a) {
            int shift = (r & 1) << 3;
            a[r >> 1] = (char) (a[r >> 1] & ~(0xFF << shift) | (value & 0xFF) << shift);
        } else if (base instanceof short[] a) {
            int shift = (r & 1) << 3;
            a[r >> 1] = (short) (a[r >> 1] & ~(0xFF << shift) | (value & 0xFF) << shift);
        } else if (base instanceof int[] a) {
            int shift = (r & 3) << 3;
            a[r >> 2] = a[r >> 2] & ~(0xFF << shift) | (value & 0xFF) << shift;
        } else if (base instanceof float[] a) {
            int shift = (r & 3) << 3;
            a[r >> 2] = Float.intBitsToFloat(Float.floatToRawIntBits(a[r >> 2]) & ~(0xFF << shift) | (value & 0xFF) << shift);
        } else if (base instanceof long[] a) {
            int shift = (r & 7) << 3;
            a[r >> 3] = a[r >> 3] & ~(0xFFL << shift) | (value & 0xFFL) << shift;
        } else if (base instanceof double[] a) {
            int shift = (r & 7) << 3;
            a[r >> 3] = Double.longBitsToDouble(
                    Double.doubleToRawLongBits(a[r >> 3]) & ~(0xFFL << shift) | (value & 0xFFL) << shift);
        } else {
            throw noMemory(base);
        }
    }

    /** The {@code size} bytes (1 to 8) at {@code offset} of {@code base} as a little-endian number. */
    public static long get(Object base, long offset, int size) {
        int r = relative(base, offset);
        if (size == 2 && (r & 1) == 0) {
            if (base instanceof char[] a) {
                return a[r >> 1];
            } else if (base instanceof short[] a) {
                return a[r >> 1];
            }
        } else if (size == 4 && (r & 3) == 0) {
            if (base instanceof int[] a) {
                return a[r >> 2];
            } else if (base instanceof float[] a) {
                return Float.floatToRawIntBits(a[r >> 2]);
            }
        } else if (size == 8 && (r & 7) == 0) {
            if (base instanceof long[] a) {
                return a[r >> 3];
            } else if (base instanceof double[] a) {
                return Double.doubleToRawLongBits(a[r >> 3]);
            }
        }
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            v = v << 8 | (getByte(base, offset + i) & 0xFF);
        }
        return v;
    }

    /** Stores the low {@code size} bytes (1 to 8) of {@code value} little-endian at {@code offset} of {@code base}. */
    public static void put(Object base, long offset, int size, long value) {
        int r = relative(base, offset);
        if (size == 2 && (r & 1) == 0) {
            if (base instanceof char[] a) {
                a[r >> 1] = (char) value;
                return;
            } else if (base instanceof short[] a) {
                a[r >> 1] = (short) value;
                return;
            }
        } else if (size == 4 && (r & 3) == 0) {
            if (base instanceof int[] a) {
                a[r >> 2] = (int) value;
                return;
            } else if (base instanceof float[] a) {
                a[r >> 2] = Float.intBitsToFloat((int) value);
                return;
            }
        } else if (size == 8 && (r & 7) == 0) {
            if (base instanceof long[] a) {
                a[r >> 3] = value;
                return;
            } else if (base instanceof double[] a) {
                a[r >> 3] = Double.longBitsToDouble(value);
                return;
            }
        }
        for (int i = 0; i < size; i++) {
            putByte(base, offset + i, (byte) (value >> (i << 3)));
        }
    }

    /**
     * Copies {@code bytes} bytes from {@code src} at {@code srcOffset} to {@code dest} at {@code destOffset}, as if
     * through a temporary copy when both are the same array ({@code memmove}).
     */
    public static void copy(Object src, long srcOffset, Object dest, long destOffset, long bytes) {
        if (bytes <= 0) {
            return;
        }
        int scale = scale(src);
        if (src.getClass() == dest.getClass() && ((srcOffset - ArrayLayout.BASE_OFFSET) % scale) == 0
                && ((destOffset - ArrayLayout.BASE_OFFSET) % scale) == 0 && bytes % scale == 0) {
            System.arraycopy(src, relative(src, srcOffset) / scale, dest, relative(dest, destOffset) / scale,
                    (int) (bytes / scale));
        } else if (src == dest && destOffset > srcOffset) {
            for (long i = bytes - 1; i >= 0; i--) {
                putByte(dest, destOffset + i, getByte(src, srcOffset + i));
            }
        } else {
            for (long i = 0; i < bytes; i++) {
                putByte(dest, destOffset + i, getByte(src, srcOffset + i));
            }
        }
    }

    /**
     * Copies {@code bytes} bytes as {@code elemSize}-byte elements (2, 4 or 8), reversing the bytes of each:
     * {@code Unsafe.copySwapMemory}, which the buffers use to move data between byte orders.
     */
    public static void copySwap(Object src, long srcOffset, Object dest, long destOffset, long bytes, long elemSize) {
        int size = (int) elemSize;
        boolean backwards = src == dest && destOffset > srcOffset;
        long count = bytes / size;
        for (long k = 0; k < count; k++) {
            long i = (backwards ? count - 1 - k : k) * size;
            long v = get(src, srcOffset + i, size);
            put(dest, destOffset + i, size, Long.reverseBytes(v) >> (64 - (size << 3)));
        }
    }

    /** Sets {@code bytes} bytes of {@code base} from {@code offset} to {@code value}. */
    public static void fill(Object base, long offset, long bytes, byte value) {
        for (long i = 0; i < bytes; i++) {
            putByte(base, offset + i, value);
        }
    }

    private static int relative(Object base, long offset) {
        if (base == null) {
            throw noMemory(null);
        }
        return (int) (offset - ArrayLayout.BASE_OFFSET);
    }

    private static int scale(Object base) {
        if (base instanceof byte[] || base instanceof boolean[]) {
            return 1;
        } else if (base instanceof char[] || base instanceof short[]) {
            return 2;
        } else if (base instanceof int[] || base instanceof float[]) {
            return 4;
        } else if (base instanceof long[] || base instanceof double[]) {
            return 8;
        }
        throw noMemory(base);
    }

    private static InternalError noMemory(Object base) {
        return base == null ? noNativeMemory()
                : new InternalError("Kiln: Unsafe memory access into a " + base.getClass().getName() + ", not a primitive array");
    }

    /**
     * What an access at an absolute address throws: a direct buffer or foreign memory, which a Kiln program cannot
     * make (their allocation stays a compile error), so only a JDK path for them that is compiled but never taken
     * throws it (the checksums' direct buffer natives, say).
     */
    public static InternalError noNativeMemory() {
        return new InternalError("Kiln has no native memory: Unsafe access at an absolute address (a direct buffer or foreign memory)");
    }
}
