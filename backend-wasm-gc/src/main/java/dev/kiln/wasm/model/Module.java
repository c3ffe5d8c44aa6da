package dev.kiln.wasm.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A whole module. Types are grouped into recursion groups ({@link #recGroups()}); imported functions come
 * first in the function index space whatever order they were added in. Functions referenced by
 * {@code ref.func} anywhere are declared by the writer in a declarative element segment automatically.
 */
public final class Module {
    private final List<List<TypeDef>> recGroups = new ArrayList<>();
    private final List<Func> functions = new ArrayList<>();
    private final List<Global> globals = new ArrayList<>();
    private final List<Tag> tags = new ArrayList<>();
    private final List<DataSegment> data = new ArrayList<>();
    private final List<Export> exports = new ArrayList<>();
    private Memory memory;
    private Func start;
    private String name;

    /** The module's own name for the name section and {@code (module $name)}; null for none. */
    public String name() { return name; }
    public void setName(String name) { this.name = name; }

    /** Adds a new recursion group and returns it for filling. */
    public List<TypeDef> addRecGroup() {
        List<TypeDef> g = new ArrayList<>();
        recGroups.add(g);
        return g;
    }

    public List<List<TypeDef>> recGroups() { return recGroups; }

    /** Every type, in index order. */
    public List<TypeDef> types() {
        List<TypeDef> all = new ArrayList<>();
        for (List<TypeDef> g : recGroups) all.addAll(g);
        return all;
    }

    public List<Func> functions() { return functions; }
    public List<Global> globals() { return globals; }
    public List<Tag> tags() { return tags; }
    public List<DataSegment> data() { return data; }
    public List<Export> exports() { return exports; }
    public Memory memory() { return memory; }
    public void setMemory(Memory memory) { this.memory = memory; }
    public Func start() { return start; }
    public void setStart(Func start) { this.start = start; }

    /** Functions in function-index order: imports first, then defined functions, each in the order added. */
    public List<Func> functionsInIndexOrder() {
        List<Func> ordered = new ArrayList<>();
        for (Func f : functions) if (f.isImport()) ordered.add(f);
        for (Func f : functions) if (!f.isImport()) ordered.add(f);
        return ordered;
    }

    /**
     * Every function of this module named by {@code ref.func} in a function body, in index order without
     * repeats. A module only validates if these are declared, which the writer and the printer do with an
     * {@code elem declare} segment.
     */
    public List<Func> refFuncTargetsInBodies() {
        Set<Func> targets = new HashSet<>();
        for (Func f : functions) {
            for (Instr i : f.body()) if (i.op == Op.REF_FUNC) targets.add((Func) i.ref);
        }
        List<Func> ordered = functionsInIndexOrder();
        ordered.retainAll(targets);
        return ordered;
    }

    public Func addFunction(Func f) {
        functions.add(f);
        return f;
    }

    public Global addGlobal(Global g) {
        globals.add(g);
        return g;
    }

    public Tag addTag(Tag t) {
        tags.add(t);
        return t;
    }

    public DataSegment addData(DataSegment d) {
        data.add(d);
        return d;
    }

    public void export(String name, Object item) {
        exports.add(new Export(name, item));
    }
}
