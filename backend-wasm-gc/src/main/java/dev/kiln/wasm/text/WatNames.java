package dev.kiln.wasm.text;

import dev.kiln.wasm.model.CompositeType;
import dev.kiln.wasm.model.DataSegment;
import dev.kiln.wasm.model.FieldType;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Global;
import dev.kiln.wasm.model.Local;
import dev.kiln.wasm.model.Memory;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.model.Tag;
import dev.kiln.wasm.model.TypeDef;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Owns every {@code $id} in a printed module. Java names contain characters WAT identifiers don't allow
 * ({@code (}, {@code )}, {@code ;}, {@code [}, {@code ,}, spaces, non-ASCII), so each name is sanitised by
 * replacing those with {@code _}; since that can make two names equal, ids are then made unique within
 * their namespace by a {@code _2}, {@code _3}... suffix. Namespaces follow the text format: one per index
 * space, field ids per struct type, local ids per function. Ids are assigned in index order, so printing
 * is deterministic. Objects outside the module (a broken module being printed for debugging) get their
 * sanitised name without a uniqueness guarantee rather than failing the printer.
 */
final class WatNames {
    private final Map<Object, String> ids = new IdentityHashMap<>();
    private final Map<TypeDef, String[]> fields = new IdentityHashMap<>();
    private final Map<Func, Map<Local, String>> locals = new IdentityHashMap<>();

    WatNames(Module m) {
        assign(m.types(), "type");
        assign(m.functionsInIndexOrder(), "func");
        assign(m.globals(), "global");
        assign(m.tags(), "tag");
        assign(m.data(), "data");
        if (m.memory() != null) assign(List.of(m.memory()), "memory");
        if (m.name() != null) ids.put(m, "$" + sanitise(m.name()));
        for (TypeDef t : m.types()) {
            if (!(t.composite() instanceof CompositeType.Struct s)) continue;
            Set<String> used = new HashSet<>();
            String[] names = new String[s.fields().size()];
            for (int k = 0; k < names.length; k++) {
                FieldType f = s.fields().get(k);
                if (f.name() != null) names[k] = unique(used, sanitise(f.name()));
            }
            fields.put(t, names);
        }
        for (Func f : m.functions()) {
            Set<String> used = new HashSet<>();
            Map<Local, String> ids = new IdentityHashMap<>();
            for (Local l : f.locals()) ids.put(l, unique(used, sanitise(localName(l))));
            locals.put(f, ids);
        }
    }

    private void assign(List<?> items, String fallback) {
        Set<String> used = new HashSet<>();
        for (int k = 0; k < items.size(); k++) {
            Object item = items.get(k);
            String name = nameOf(item);
            ids.put(item, unique(used, sanitise(name == null ? fallback + k : name)));
        }
    }

    /** The {@code $id} of a type, function, global, tag, data segment, memory or the module itself. */
    String id(Object item) {
        String id = ids.get(item);
        return id != null ? id : "$" + sanitise(String.valueOf(nameOf(item)));
    }

    /** The {@code $id} of field {@code index} of struct {@code t}, or the bare index if the field is unnamed. */
    String field(TypeDef t, int index) {
        String[] names = fields.get(t);
        return names != null && index < names.length && names[index] != null ? names[index] : Integer.toString(index);
    }

    /** The {@code $id} of a parameter or local of {@code f}. */
    String local(Func f, Local l) {
        Map<Local, String> ids = locals.get(f);
        String id = ids == null ? null : ids.get(l);
        return id != null ? id : "$" + sanitise(localName(l));
    }

    private static String nameOf(Object item) {
        if (item instanceof TypeDef t) return t.name();
        if (item instanceof Func f) return f.name();
        if (item instanceof Global g) return g.name();
        if (item instanceof Tag t) return t.name();
        if (item instanceof DataSegment d) return d.name();
        if (item instanceof Memory m) return m.name();
        return ((Module) item).name();
    }

    private static String localName(Local l) {
        return l.name() == null ? "l" + l.index() : l.name();
    }

    private static String unique(Set<String> used, String base) {
        String id = base;
        for (int n = 2; !used.add(id); n++) id = base + "_" + n;
        return "$" + id;
    }

    /** Maps {@code name} onto the WAT identifier characters (printable ASCII except space, quotes, parens, comma, semicolon, brackets, braces). */
    static String sanitise(String name) {
        if (name.isEmpty()) return "_";
        StringBuilder sb = new StringBuilder(name.length());
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            sb.append(isIdChar(c) ? c : '_');
        }
        return sb.toString();
    }

    private static boolean isIdChar(char c) {
        if (c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') return true;
        return "!#$%&'*+-./:<=>?@\\^_`|~".indexOf(c) >= 0;
    }
}
