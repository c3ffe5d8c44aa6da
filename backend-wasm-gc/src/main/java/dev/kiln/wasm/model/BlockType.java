package dev.kiln.wasm.model;

import java.util.List;

/**
 * The type of a {@code block}, {@code loop}, {@code if} or {@code try_table}: empty, one result value type,
 * or a function type (several results or parameters).
 */
public record BlockType(ValType result, TypeDef funcType) {
    public static final BlockType EMPTY = new BlockType(null, null);

    public static BlockType of(ValType result) { return new BlockType(result, null); }
    public static BlockType of(TypeDef funcType) { return new BlockType(null, funcType); }

    public List<ValType> results() {
        if (funcType != null) return funcType.func().results();
        return result == null ? List.of() : List.of(result);
    }
}
