package dev.kiln.wasm.model;

/**
 * A data segment: passive ({@code offset} null: used by {@code array.new_data} / {@code memory.init}) or
 * active at a constant offset in memory 0.
 */
public final class DataSegment {
    private final String name;
    private final byte[] bytes;
    private final Integer offset;

    public DataSegment(String name, byte[] bytes, Integer offset) {
        this.name = name;
        this.bytes = bytes.clone();
        this.offset = offset;
    }

    public String name() { return name; }
    public byte[] bytes() { return bytes.clone(); }
    public int length() { return bytes.length; }
    public Integer offset() { return offset; }
    public boolean isPassive() { return offset == null; }

    @Override public String toString() { return "$" + name; }
}
