package dev.kiln.frontend.lift;

import dev.kiln.ir.FieldRef;
import dev.kiln.ir.JType;

/**
 * What a static final field holds when its class's static initializer sets it to a handle Kiln recognises
 * ({@link HandleDefinitions}): a {@code VarHandle} for an instance field, a static field or the elements of an
 * array class; an {@code Unsafe} offset of an instance or a static field; or the base object {@code Unsafe}'s
 * static field accesses take. {@link LowerFieldHandles} turns every access through such a field into plain
 * field or array element bytecode.
 *
 * @param field     the field denoted, as resolved (its owner declares it); null for an array handle
 * @param isStatic  whether {@code field} is static
 * @param arrayType the array class whose elements an array {@code VarHandle} accesses; null otherwise
 */
public record FieldHandle(Kind kind, FieldRef field, boolean isStatic, JType arrayType) {
    /** How the handle was made, and so which calls take it. */
    public enum Kind {
        /** {@code findVarHandle}, {@code findStaticVarHandle} or {@code arrayElementVarHandle}: the receiver of the VarHandle's access modes. */
        VAR_HANDLE,
        /** {@code objectFieldOffset} or {@code staticFieldOffset}: the offset argument of Unsafe's accesses. */
        OFFSET,
        /** {@code staticFieldBase}: the object argument of Unsafe's accesses to a static field. */
        STATIC_BASE
    }

    static FieldHandle varHandle(FieldRef field, boolean isStatic) {
        return new FieldHandle(Kind.VAR_HANDLE, field, isStatic, null);
    }

    static FieldHandle arrayVarHandle(JType arrayType) {
        return new FieldHandle(Kind.VAR_HANDLE, null, false, arrayType);
    }

    static FieldHandle offset(FieldRef field, boolean isStatic) {
        return new FieldHandle(Kind.OFFSET, field, isStatic, null);
    }

    static FieldHandle staticBase(FieldRef field) {
        return new FieldHandle(Kind.STATIC_BASE, field, true, null);
    }

    boolean isArray() {
        return arrayType != null;
    }

    /** The type of the variable accessed: the field's, or the array's component type. */
    JType valueType() {
        return isArray() ? arrayType.component() : field.type();
    }

    /** The field or array class, as diagnostics name it. */
    String describe() {
        return isArray() ? "the elements of " + arrayType : (isStatic ? "the static field " : "the field ") + field;
    }
}
