package dev.kiln.wasm.model;

/** The four number types. */
public enum NumType implements ValType {
    I32(0x7f), I64(0x7e), F32(0x7d), F64(0x7c);

    public final int code;

    NumType(int code) { this.code = code; }

    @Override public String toString() { return name().toLowerCase(java.util.Locale.ROOT); }
}
