package dev.kiln.wasm.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A function: imported (then {@link #importModule()} is set and there is no body) or defined with locals
 * and a flat instruction list. The body holds structured-control markers ({@code block ... end}) like the
 * binary format; the function's own final {@code end} is implicit and written by the writer.
 */
public final class Func {
    private final String name;
    private final TypeDef type;
    private final List<Local> locals = new ArrayList<>();
    private final List<Instr> body = new ArrayList<>();
    private final String importModule;
    private final String importName;

    private Func(String name, TypeDef type, String importModule, String importName, List<String> paramNames) {
        if (!(type.composite() instanceof CompositeType.Func ft)) throw new IllegalArgumentException("not a func type: " + type);
        this.name = name;
        this.type = type;
        this.importModule = importModule;
        this.importName = importName;
        for (int i = 0; i < ft.params().size(); i++) {
            String pn = paramNames != null && i < paramNames.size() ? paramNames.get(i) : "p" + i;
            locals.add(new Local(i, pn, ft.params().get(i)));
        }
    }

    /** A function defined in the module; parameters become locals 0..n-1 named by {@code paramNames} (may be null). */
    public static Func defined(String name, TypeDef type, List<String> paramNames) {
        return new Func(name, type, null, null, paramNames);
    }

    public static Func imported(String name, TypeDef type, String module, String field) {
        return new Func(name, type, module, field, null);
    }

    public String name() { return name; }
    public TypeDef type() { return type; }
    public boolean isImport() { return importModule != null; }
    public String importModule() { return importModule; }
    public String importName() { return importName; }

    public int paramCount() { return type.func().params().size(); }
    public Local param(int i) { return locals.get(i); }

    /** Parameters then declared locals. */
    public List<Local> locals() { return Collections.unmodifiableList(locals); }

    public Local addLocal(String name, ValType type) {
        if (isImport()) throw new IllegalStateException("imported function " + this.name + " has no locals");
        Local l = new Local(locals.size(), name, type);
        locals.add(l);
        return l;
    }

    /** The instruction list; append to it directly. */
    public List<Instr> body() { return body; }

    @Override public String toString() { return "$" + name; }
}
