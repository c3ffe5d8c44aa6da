package dev.kiln.runtime;

/**
 * {@code System.arraycopy}, with the JVM's checks in the JVM's order and its exception messages: null
 * arrays; arguments that are not arrays; element kinds that differ ({@code int[]} into {@code long[]}, a
 * primitive array into a reference array); the positions, the length, then each range's end; and for
 * reference arrays whose component types are not assignable, every element, which stops the copy after
 * the elements before it. The elements move with the backend's {@code kiln.array_copy} (Wasm
 * {@code array.copy}, correct for overlapping ranges) unless each needs checking.
 */
public final class ArrayCopy {
    private ArrayCopy() {
    }

    /** See {@link System#arraycopy}. */
    public static void copy(Object src, int srcPos, Object dest, int destPos, int length) {
        if (src == null || dest == null) {
            throw new NullPointerException();
        }
        Class<?> srcType = src.getClass();
        Class<?> destType = dest.getClass();
        if (!srcType.isArray()) {
            throw new ArrayStoreException("arraycopy: source type " + srcType.getName() + " is not an array");
        }
        if (!destType.isArray()) {
            throw new ArrayStoreException("arraycopy: destination type " + destType.getName() + " is not an array");
        }
        Class<?> srcComponent = srcType.getComponentType();
        Class<?> destComponent = destType.getComponentType();
        boolean sameKind = srcComponent == destComponent
                || !srcComponent.isPrimitive() && !destComponent.isPrimitive();
        if (!sameKind) {
            throw new ArrayStoreException("arraycopy: type mismatch: can not copy " + kind(srcComponent) + "[] into "
                    + kind(destComponent) + "[]");
        }
        int srcLength = arrayLength(src);
        int destLength = arrayLength(dest);
        if (srcPos < 0) {
            throw outOfBounds("source index " + srcPos, srcComponent, srcLength);
        }
        if (destPos < 0) {
            throw outOfBounds("destination index " + destPos, destComponent, destLength);
        }
        if (length < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: length " + length + " is negative");
        }
        if ((long) srcPos + length > srcLength) {
            throw outOfBounds("last source index " + ((long) srcPos + length), srcComponent, srcLength);
        }
        if ((long) destPos + length > destLength) {
            throw outOfBounds("last destination index " + ((long) destPos + length), destComponent, destLength);
        }
        if (srcComponent == destComponent || destComponent.isAssignableFrom(srcComponent)) {
            copyElements(src, srcPos, dest, destPos, length);
        } else {
            copyChecked((Object[]) src, srcPos, (Object[]) dest, destPos, length, srcComponent, destComponent);
        }
    }

    /**
     * Copies element by element, each checked against the destination's component type. The arrays are
     * distinct: one array's component type is assignable to itself.
     */
    private static void copyChecked(Object[] src, int srcPos, Object[] dest, int destPos, int length,
                                    Class<?> srcComponent, Class<?> destComponent) {
        for (int i = 0; i < length; i++) {
            Object e = src[srcPos + i];
            if (e != null && !destComponent.isInstance(e)) {
                if (!srcComponent.isAssignableFrom(destComponent)) {
                    throw new ArrayStoreException("arraycopy: type mismatch: can not copy " + srcComponent.getName()
                            + "[] into " + destComponent.getName() + "[]");
                }
                throw new ArrayStoreException("arraycopy: element type mismatch: can not cast one of the elements of "
                        + srcComponent.getName() + "[] to the type of the destination array, " + destComponent.getName());
            }
            dest[destPos + i] = e;
        }
    }

    private static ArrayIndexOutOfBoundsException outOfBounds(String what, Class<?> component, int length) {
        return new ArrayIndexOutOfBoundsException("arraycopy: " + what + " out of bounds for " + kind(component) + "["
                + length + "]");
    }

    /** The element kind as the JVM's messages name it: {@code int}, ..., or {@code object array}. */
    private static String kind(Class<?> component) {
        return component.isPrimitive() ? component.getName() : "object array";
    }

    /** The length of {@code array}, an array of any element type. */
    @Intrinsic("kiln.array_length")
    private static native int arrayLength(Object array);

    /**
     * Copies {@code length} elements between two arrays of the same Wasm array kind, with none of Java's checks: for
     * the runtime's own buffers, whose code has checked the ranges (a range out of bounds traps, a Kiln bug).
     */
    @Intrinsic("kiln.array_copy")
    public static native void unchecked(Object src, int srcPos, Object dest, int destPos, int length);

    /**
     * Copies {@code length} elements between two arrays of the same Wasm array kind (the same primitive
     * element type, or both reference arrays), in bounds, as if through a temporary copy.
     */
    @Intrinsic("kiln.array_copy")
    private static native void copyElements(Object src, int srcPos, Object dest, int destPos, int length);

    // System.arraycopy where the lifter knows both arrays' types (TypedArrayCopies in frontend-bytecode): the same
    // primitive array type, or two reference array types. In range, the elements move with one array.copy of that
    // kind; anything else, null included, takes the general path above, which throws what the JVM throws.

    /** {@link System#arraycopy} between two {@code boolean[]}s. */
    public static void copy(boolean[] src, int srcPos, boolean[] dest, int destPos, int length) {
        if (src == null || dest == null || srcPos < 0 || destPos < 0 || length < 0
                || srcPos > src.length - length || destPos > dest.length - length) {
            copy((Object) src, srcPos, (Object) dest, destPos, length);
            return;
        }
        copyBooleans(src, srcPos, dest, destPos, length);
    }

    @Intrinsic("kiln.array_copy")
    private static native void copyBooleans(boolean[] src, int srcPos, boolean[] dest, int destPos, int length);

    /** {@link System#arraycopy} between two {@code byte[]}s. */
    public static void copy(byte[] src, int srcPos, byte[] dest, int destPos, int length) {
        if (src == null || dest == null || srcPos < 0 || destPos < 0 || length < 0
                || srcPos > src.length - length || destPos > dest.length - length) {
            copy((Object) src, srcPos, (Object) dest, destPos, length);
            return;
        }
        copyBytes(src, srcPos, dest, destPos, length);
    }

    @Intrinsic("kiln.array_copy")
    private static native void copyBytes(byte[] src, int srcPos, byte[] dest, int destPos, int length);

    /** {@link System#arraycopy} between two {@code char[]}s. */
    public static void copy(char[] src, int srcPos, char[] dest, int destPos, int length) {
        if (src == null || dest == null || srcPos < 0 || destPos < 0 || length < 0
                || srcPos > src.length - length || destPos > dest.length - length) {
            copy((Object) src, srcPos, (Object) dest, destPos, length);
            return;
        }
        copyChars(src, srcPos, dest, destPos, length);
    }

    @Intrinsic("kiln.array_copy")
    private static native void copyChars(char[] src, int srcPos, char[] dest, int destPos, int length);

    /** {@link System#arraycopy} between two {@code short[]}s. */
    public static void copy(short[] src, int srcPos, short[] dest, int destPos, int length) {
        if (src == null || dest == null || srcPos < 0 || destPos < 0 || length < 0
                || srcPos > src.length - length || destPos > dest.length - length) {
            copy((Object) src, srcPos, (Object) dest, destPos, length);
            return;
        }
        copyShorts(src, srcPos, dest, destPos, length);
    }

    @Intrinsic("kiln.array_copy")
    private static native void copyShorts(short[] src, int srcPos, short[] dest, int destPos, int length);

    /** {@link System#arraycopy} between two {@code int[]}s. */
    public static void copy(int[] src, int srcPos, int[] dest, int destPos, int length) {
        if (src == null || dest == null || srcPos < 0 || destPos < 0 || length < 0
                || srcPos > src.length - length || destPos > dest.length - length) {
            copy((Object) src, srcPos, (Object) dest, destPos, length);
            return;
        }
        copyInts(src, srcPos, dest, destPos, length);
    }

    @Intrinsic("kiln.array_copy")
    private static native void copyInts(int[] src, int srcPos, int[] dest, int destPos, int length);

    /** {@link System#arraycopy} between two {@code long[]}s. */
    public static void copy(long[] src, int srcPos, long[] dest, int destPos, int length) {
        if (src == null || dest == null || srcPos < 0 || destPos < 0 || length < 0
                || srcPos > src.length - length || destPos > dest.length - length) {
            copy((Object) src, srcPos, (Object) dest, destPos, length);
            return;
        }
        copyLongs(src, srcPos, dest, destPos, length);
    }

    @Intrinsic("kiln.array_copy")
    private static native void copyLongs(long[] src, int srcPos, long[] dest, int destPos, int length);

    /** {@link System#arraycopy} between two {@code float[]}s. */
    public static void copy(float[] src, int srcPos, float[] dest, int destPos, int length) {
        if (src == null || dest == null || srcPos < 0 || destPos < 0 || length < 0
                || srcPos > src.length - length || destPos > dest.length - length) {
            copy((Object) src, srcPos, (Object) dest, destPos, length);
            return;
        }
        copyFloats(src, srcPos, dest, destPos, length);
    }

    @Intrinsic("kiln.array_copy")
    private static native void copyFloats(float[] src, int srcPos, float[] dest, int destPos, int length);

    /** {@link System#arraycopy} between two {@code double[]}s. */
    public static void copy(double[] src, int srcPos, double[] dest, int destPos, int length) {
        if (src == null || dest == null || srcPos < 0 || destPos < 0 || length < 0
                || srcPos > src.length - length || destPos > dest.length - length) {
            copy((Object) src, srcPos, (Object) dest, destPos, length);
            return;
        }
        copyDoubles(src, srcPos, dest, destPos, length);
    }

    @Intrinsic("kiln.array_copy")
    private static native void copyDoubles(double[] src, int srcPos, double[] dest, int destPos, int length);

    /**
     * {@link System#arraycopy} between two reference arrays. The elements need no check when both arrays are of one
     * class (one array included) or the destination is an {@code Object[]}; otherwise the general path checks each.
     */
    public static void copy(Object[] src, int srcPos, Object[] dest, int destPos, int length) {
        if (src == null || dest == null || srcPos < 0 || destPos < 0 || length < 0
                || srcPos > src.length - length || destPos > dest.length - length) {
            copy((Object) src, srcPos, (Object) dest, destPos, length);
            return;
        }
        Class<?> destType = dest.getClass();
        if (destType == Object[].class || destType == src.getClass()) {
            copyReferences(src, srcPos, dest, destPos, length);
        } else {
            copy((Object) src, srcPos, (Object) dest, destPos, length);
        }
    }

    @Intrinsic("kiln.array_copy")
    private static native void copyReferences(Object[] src, int srcPos, Object[] dest, int destPos, int length);
}
