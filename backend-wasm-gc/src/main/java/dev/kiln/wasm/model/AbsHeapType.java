package dev.kiln.wasm.model;

/** The abstract heap types, with their binary codes. */
public enum AbsHeapType implements HeapType {
    NOEXN(0x74), NOFUNC(0x73), NOEXTERN(0x72), NONE(0x71), FUNC(0x70), EXTERN(0x6f), ANY(0x6e), EQ(0x6d),
    I31(0x6c), STRUCT(0x6b), ARRAY(0x6a), EXN(0x69);

    public final int code;

    AbsHeapType(int code) { this.code = code; }

    @Override public String toString() { return name().toLowerCase(java.util.Locale.ROOT); }
}
