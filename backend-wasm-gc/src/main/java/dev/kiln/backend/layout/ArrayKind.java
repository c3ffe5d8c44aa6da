package dev.kiln.backend.layout;

import dev.kiln.ir.JType;
import dev.kiln.wasm.model.NumType;
import dev.kiln.wasm.model.PackedType;
import dev.kiln.wasm.model.StorageType;

/**
 * The Wasm representations of Java arrays: one per primitive element type and one shared by every
 * reference array. Boolean and byte arrays stay distinct kinds (and so distinct struct types) even though
 * both store i8 elements, because {@code instanceof byte[]} must reject a {@code boolean[]}.
 */
public enum ArrayKind {
    BOOLEAN(JType.BOOLEAN, PackedType.I8),
    BYTE(JType.BYTE, PackedType.I8),
    CHAR(JType.CHAR, PackedType.I16),
    SHORT(JType.SHORT, PackedType.I16),
    INT(JType.INT, NumType.I32),
    LONG(JType.LONG, NumType.I64),
    FLOAT(JType.FLOAT, NumType.F32),
    DOUBLE(JType.DOUBLE, NumType.F64),
    REFERENCE(JType.OBJECT, null);

    /** The element type as Java sees it (java.lang.Object for every reference array). */
    public final JType element;
    private final StorageType primitiveStorage;

    ArrayKind(JType element, StorageType primitiveStorage) {
        this.element = element;
        this.primitiveStorage = primitiveStorage;
    }

    public static ArrayKind of(JType component) {
        return switch (component.kind()) {
            case BOOLEAN -> BOOLEAN;
            case BYTE -> BYTE;
            case CHAR -> CHAR;
            case SHORT -> SHORT;
            case INT -> INT;
            case LONG -> LONG;
            case FLOAT -> FLOAT;
            case DOUBLE -> DOUBLE;
            case CLASS, ARRAY -> REFERENCE;
            case VOID, NULL -> throw new IllegalArgumentException("no arrays of " + component);
        };
    }

    /** The element storage type of a primitive kind (null for {@link #REFERENCE}). */
    StorageType primitiveStorage() { return primitiveStorage; }

    /** True if reads of this element type need sign extension ({@code array.get_s}). */
    public boolean signedPacked() { return this == BYTE || this == SHORT; }

    /** True if reads of this element type need zero extension ({@code array.get_u}). */
    public boolean unsignedPacked() { return this == BOOLEAN || this == CHAR; }

    /** The type's name in the name section: {@code int[]}, or {@code java.lang.Object[]} for references. */
    public String typeName() { return element + "[]"; }
}
