package dev.kiln.wasm.model;

import java.util.List;

/** The body of a defined type: a struct, an array or a function signature. */
public sealed interface CompositeType permits CompositeType.Struct, CompositeType.Array, CompositeType.Func {
    /** {@code (struct (field ...)*)}. A subtype's fields start with all of its supertype's fields. */
    record Struct(List<FieldType> fields) implements CompositeType {
        public Struct { fields = List.copyOf(fields); }
    }

    /** {@code (array (mut? storagetype))}. */
    record Array(FieldType element) implements CompositeType {
    }

    /** {@code (func (param ...)* (result ...)*)}. */
    record Func(List<ValType> params, List<ValType> results) implements CompositeType {
        public Func {
            params = List.copyOf(params);
            results = List.copyOf(results);
        }
    }
}
