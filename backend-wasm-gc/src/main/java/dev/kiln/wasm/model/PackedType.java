package dev.kiln.wasm.model;

/** Packed field and element types, read with {@code _s}/{@code _u} accessors. */
public enum PackedType implements StorageType {
    I8(0x78), I16(0x77);

    public final int code;

    PackedType(int code) { this.code = code; }

    @Override public String toString() { return name().toLowerCase(java.util.Locale.ROOT); }
}
