package dev.kiln.wasm.binary;

import dev.kiln.wasm.model.DataSegment;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Global;
import dev.kiln.wasm.model.Memory;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.model.Tag;
import dev.kiln.wasm.model.TypeDef;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The index spaces of one module. The model links everything by object; this is the single place where
 * objects become numbers, so an object that was never added to the module (a function built but not
 * added, a type from another module) is reported by name instead of being written as a wrong index.
 */
final class Indices {
    private final Map<TypeDef, Integer> types = new IdentityHashMap<>();
    private final Map<Func, Integer> funcs = new IdentityHashMap<>();
    private final Map<Global, Integer> globals = new IdentityHashMap<>();
    private final Map<Tag, Integer> tags = new IdentityHashMap<>();
    private final Map<DataSegment, Integer> data = new IdentityHashMap<>();
    private final Memory memory;

    Indices(Module module) {
        number(module.types(), types, "type");
        number(module.functionsInIndexOrder(), funcs, "function");
        number(module.globals(), globals, "global");
        number(module.tags(), tags, "tag");
        number(module.data(), data, "data segment");
        memory = module.memory();
    }

    private static <T> void number(List<T> items, Map<T, Integer> into, String kind) {
        for (T item : items) {
            if (into.putIfAbsent(item, into.size()) != null) {
                throw new IllegalStateException(kind + " " + item + " is added to the module twice");
            }
        }
    }

    int of(TypeDef t) { return lookup(types, t, "type"); }
    int of(Func f) { return lookup(funcs, f, "function"); }
    int of(Global g) { return lookup(globals, g, "global"); }
    int of(Tag t) { return lookup(tags, t, "tag"); }
    int of(DataSegment d) { return lookup(data, d, "data segment"); }

    int of(Memory m) {
        if (m == null || m != memory) throw new IllegalStateException("memory " + m + " is not this module's memory");
        return 0;
    }

    private static <T> int lookup(Map<T, Integer> space, T item, String kind) {
        Integer i = space.get(item);
        if (i == null) throw new IllegalStateException(kind + " " + item + " is not in the module");
        return i;
    }
}
