package dev.kiln.wasm.binary;

import dev.kiln.wasm.model.CompositeType;
import dev.kiln.wasm.model.DataSegment;
import dev.kiln.wasm.model.FieldType;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Global;
import dev.kiln.wasm.model.Local;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.model.Tag;
import dev.kiln.wasm.model.TypeDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The {@code name} custom section, so engines, profilers and debuggers show Java names instead of
 * indices. Subsections appear in increasing id order as the format requires, name maps are sorted by
 * index because entries are generated in index order, and empty maps are left out. Ids 0 to 2 are in the
 * core spec; 4 (types), 6 (memories), 7 (globals), 9 (data), 10 (fields) and 11 (tags) come from the
 * extended-name-section and GC proposals and are read by current engines and tools (those that don't
 * know an id skip it).
 */
final class NameSection {
    private static final int MODULE = 0;
    private static final int FUNCTIONS = 1;
    private static final int LOCALS = 2;
    private static final int TYPES = 4;
    private static final int MEMORIES = 6;
    private static final int GLOBALS = 7;
    private static final int DATA = 9;
    private static final int FIELDS = 10;
    private static final int TAGS = 11;

    private NameSection() {
    }

    /**
     * The section's content, starting with the custom section name; empty if there is no name at all or
     * {@code level} is {@link Names#NONE}.
     */
    static Optional<ByteSink> build(Module m, Names level) {
        if (level == Names.NONE) return Optional.empty();
        ByteSink out = new ByteSink();
        out.name("name");
        int header = out.size();
        if (m.name() != null) subsection(out, MODULE, s -> s.name(m.name()));
        List<Func> funcs = m.functionsInIndexOrder();
        List<String> functionNames = names(funcs, Func::name);
        if (level == Names.FUNCTIONS) {
            subsection(out, FUNCTIONS, s -> nameMap(s, shortMethodNames(functionNames)));
            return out.size() == header ? Optional.empty() : Optional.of(out);
        }
        subsection(out, FUNCTIONS, s -> nameMap(s, functionNames));
        List<List<String>> localNames = new ArrayList<>();
        for (Func f : funcs) localNames.add(f.isImport() ? List.of() : names(f.locals(), Local::name));
        subsection(out, LOCALS, s -> indirectNameMap(s, localNames));
        subsection(out, TYPES, s -> nameMap(s, names(m.types(), TypeDef::name)));
        if (m.memory() != null && m.memory().name() != null) subsection(out, MEMORIES, s -> nameMap(s, List.of(m.memory().name())));
        subsection(out, GLOBALS, s -> nameMap(s, names(m.globals(), Global::name)));
        subsection(out, DATA, s -> nameMap(s, names(m.data(), DataSegment::name)));
        List<List<String>> fieldNames = new ArrayList<>();
        for (TypeDef t : m.types()) {
            fieldNames.add(t.composite() instanceof CompositeType.Struct st ? names(st.fields(), FieldType::name) : List.of());
        }
        subsection(out, FIELDS, s -> indirectNameMap(s, fieldNames));
        subsection(out, TAGS, s -> nameMap(s, names(m.tags(), Tag::name)));
        return out.size() == header ? Optional.empty() : Optional.of(out);
    }

    /**
     * Java method names as short as they stay unique: {@code java.util.HashMap.putVal} for a function named after
     * {@code java.util.HashMap.putVal(int,java.lang.Object,java.lang.Object,boolean,boolean)java.lang.Object}, the
     * parameters kept where the module has overloads ({@code java.lang.String.valueOf(int)}), the full signature where
     * only the return type tells two apart (bridges). Engines and profilers show these names; half the size of full
     * signatures, which the {@code ALL} level keeps. Other names (no parameter list) stay as they are.
     */
    static List<String> shortMethodNames(List<String> names) {
        Map<String, Integer> counts = new HashMap<>();
        List<String[]> parts = new ArrayList<>(names.size());
        for (String n : names) {
            int open = n == null ? -1 : n.indexOf('(');
            int close = open < 0 ? -1 : n.indexOf(')', open);
            String[] p = close < 0 ? null : new String[] {n.substring(0, open), n.substring(0, close + 1), n};
            parts.add(p);
            if (p == null) continue;
            counts.merge(p[0], 1, Integer::sum);
            counts.merge(p[1], 1, Integer::sum);
        }
        List<String> out = new ArrayList<>(names.size());
        for (int k = 0; k < names.size(); k++) {
            String[] p = parts.get(k);
            if (p == null) out.add(names.get(k));
            else if (counts.get(p[0]) == 1) out.add(p[0]);
            else if (counts.get(p[1]) == 1) out.add(p[1]);
            else out.add(p[2]);
        }
        return out;
    }

    private static <T> List<String> names(List<T> items, Function<T, String> name) {
        List<String> out = new ArrayList<>(items.size());
        for (T item : items) out.add(name.apply(item));
        return out;
    }

    /** A name map: (index, name) pairs in index order; null names are left out. */
    private static void nameMap(ByteSink s, List<String> names) {
        int count = 0;
        for (String n : names) if (n != null) count++;
        s.u32(count);
        for (int k = 0; k < names.size(); k++) {
            if (names.get(k) == null) continue;
            s.u32(k);
            s.name(names.get(k));
        }
    }

    /** Name maps per outer index (function, type); outer entries without any name are left out. */
    private static void indirectNameMap(ByteSink s, List<List<String>> perIndex) {
        int count = 0;
        for (List<String> names : perIndex) if (anyNamed(names)) count++;
        s.u32(count);
        for (int k = 0; k < perIndex.size(); k++) {
            if (!anyNamed(perIndex.get(k))) continue;
            s.u32(k);
            nameMap(s, perIndex.get(k));
        }
    }

    private static boolean anyNamed(List<String> names) {
        for (String n : names) if (n != null) return true;
        return false;
    }

    /** Writes a subsection unless its content is an empty map (the single byte 0). */
    private static void subsection(ByteSink out, int id, Consumer<ByteSink> content) {
        ByteSink s = new ByteSink();
        content.accept(s);
        if (s.size() == 1 && s.toByteArray()[0] == 0) return;
        out.u8(id);
        out.sized(s);
    }
}
