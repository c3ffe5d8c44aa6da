package dev.kiln.backend.layout;

import dev.kiln.wasm.model.CompositeType;
import dev.kiln.wasm.model.TypeDef;
import dev.kiln.wasm.model.ValType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns function types: one {@link TypeDef} per distinct parameter and result list, so that
 * {@code call_ref} and vtable fields agree on type identity. The types join the program's single
 * recursion group; they are named after their shape for the name section.
 */
public final class FuncTypes {
    private final Map<List<List<ValType>>, TypeDef> byShape = new HashMap<>();
    private final List<TypeDef> defined = new ArrayList<>();

    public TypeDef of(List<ValType> params, List<ValType> results) {
        return byShape.computeIfAbsent(List.of(List.copyOf(params), List.copyOf(results)), k -> {
            TypeDef t = new TypeDef("func#" + defined.size(), new CompositeType.Func(params, results), null, true);
            defined.add(t);
            return t;
        });
    }

    /** Every function type interned so far, in creation order. */
    List<TypeDef> defined() {
        return defined;
    }
}
