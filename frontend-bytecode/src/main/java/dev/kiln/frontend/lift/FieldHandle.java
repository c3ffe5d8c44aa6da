package dev.kiln.frontend.lift;

import dev.kiln.ir.FieldRef;
import dev.kiln.ir.JType;

/**
 * What a static final field holds when its class's static initializer sets it to a handle Kiln recognises
 * ({@link HandleDefinitions}): a {@code VarHandle} for an instance field, a static field or the elements of an
 * array class; a {@code VarHandle} viewing byte arrays as arrays of a wider primitive; an {@code Unsafe} offset
 * of an instance or a static field; or the base object {@code Unsafe}'s static field accesses take.
 * {@link LowerFieldHandles} turns every access through such a field into plain field or array element bytecode,
 * or for a byte array view into a call of runtime-lib's {@code dev.kiln.runtime.ByteArrayViews}.
 *
 * @param field     the field denoted, as resolved (its owner declares it); null for an array handle or a view
 * @param isStatic  whether {@code field} is static
 * @param arrayType the array class whose elements an array {@code VarHandle} accesses, or which a byte array view
 *                  views byte arrays as ({@code int[]}: an {@code int} at any byte index); null otherwise
 * @param bigEndian for a byte array view, whether it reads the bytes most significant first
 */
public record FieldHandle(Kind kind, FieldRef field, boolean isStatic, JType arrayType, boolean bigEndian) {
    /** How the handle was made, and so which calls take it. */
    public enum Kind {
        /** {@code findVarHandle}, {@code findStaticVarHandle} or {@code arrayElementVarHandle}: the receiver of the VarHandle's access modes. */
        VAR_HANDLE,
        /** {@code objectFieldOffset} or {@code staticFieldOffset}: the offset argument of Unsafe's accesses. */
        OFFSET,
        /** {@code staticFieldBase}: the object argument of Unsafe's accesses to a static field. */
        STATIC_BASE,
        /** {@code byteArrayViewVarHandle}: the receiver of the plain {@code get} and {@code set} of a view of byte arrays. */
        BYTE_ARRAY_VIEW
    }

    static FieldHandle varHandle(FieldRef field, boolean isStatic) {
        return new FieldHandle(Kind.VAR_HANDLE, field, isStatic, null, false);
    }

    static FieldHandle arrayVarHandle(JType arrayType) {
        return new FieldHandle(Kind.VAR_HANDLE, null, false, arrayType, false);
    }

    static FieldHandle offset(FieldRef field, boolean isStatic) {
        return new FieldHandle(Kind.OFFSET, field, isStatic, null, false);
    }

    static FieldHandle staticBase(FieldRef field) {
        return new FieldHandle(Kind.STATIC_BASE, field, true, null, false);
    }

    /** A view of byte arrays as {@code viewType} ({@code int[]}, ...), in the byte order given. */
    static FieldHandle byteArrayView(JType viewType, boolean bigEndian) {
        return new FieldHandle(Kind.BYTE_ARRAY_VIEW, null, false, viewType, bigEndian);
    }

    /** True for a {@code VarHandle} of an array's elements (not for a byte array view). */
    boolean isArray() {
        return arrayType != null && kind == Kind.VAR_HANDLE;
    }

    /** The type of the variable accessed: the field's, or the array's component type. */
    JType valueType() {
        return arrayType != null ? arrayType.component() : field.type();
    }

    /** The field or array class, as diagnostics name it. */
    String describe() {
        if (kind == Kind.BYTE_ARRAY_VIEW) {
            return "a view of byte arrays as " + arrayType + " (" + (bigEndian ? "big" : "little") + "-endian)";
        }
        return isArray() ? "the elements of " + arrayType : (isStatic ? "the static field " : "the field ") + field;
    }
}
