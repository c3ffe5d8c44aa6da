package dev.kiln.backend.layout;

import dev.kiln.wasm.model.CompositeType;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.TypeDef;
import dev.kiln.wasm.model.ValType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Interns function types: one {@link TypeDef} per distinct parameter and result list, so that
 * {@code call_ref} and vtable fields agree on type identity. They are named after their shape
 * ({@code fn:java.lang.Object,i32->i32}, a {@code !} marking a non-null reference), which keeps listings
 * readable and stable when other types come and go.
 *
 * <p>A type that mentions no defined type (only numbers and abstract references) gets a recursion group of
 * its own: that makes it the canonical type hosts use, which imports must match exactly (Wasmtime rejects a
 * WASI import whose type sits inside a larger group). The others join the program's single group.
 */
public final class FuncTypes {
    private final Map<List<List<ValType>>, TypeDef> byShape = new HashMap<>();
    private final List<TypeDef> defined = new ArrayList<>();

    public TypeDef of(List<ValType> params, List<ValType> results) {
        return byShape.computeIfAbsent(List.of(List.copyOf(params), List.copyOf(results)), k -> {
            TypeDef t = new TypeDef("fn:" + shape(params) + "->" + shape(results), new CompositeType.Func(params, results), null, true);
            defined.add(t);
            return t;
        });
    }

    private static String shape(List<ValType> types) {
        return types.stream().map(t -> {
            if (!(t instanceof RefType r)) return t.toString();
            String heap = r.heap() instanceof TypeDef d ? d.name() : r.heap().toString();
            return r.nullable() ? heap : "!" + heap;
        }).collect(Collectors.joining(","));
    }

    /** The interned types that mention no defined type: each goes in a recursion group of its own. */
    List<TypeDef> standalone() {
        return defined.stream().filter(FuncTypes::isStandalone).toList();
    }

    /** The interned types that refer to defined types: they join the program's recursion group. */
    List<TypeDef> recursive() {
        return defined.stream().filter(t -> !isStandalone(t)).toList();
    }

    private static boolean isStandalone(TypeDef t) {
        CompositeType.Func f = t.func();
        return f.params().stream().noneMatch(FuncTypes::mentionsTypeDef) && f.results().stream().noneMatch(FuncTypes::mentionsTypeDef);
    }

    private static boolean mentionsTypeDef(ValType v) {
        return v instanceof RefType r && r.heap() instanceof TypeDef;
    }
}
