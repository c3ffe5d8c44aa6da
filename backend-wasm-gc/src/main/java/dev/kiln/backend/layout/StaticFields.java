package dev.kiln.backend.layout;

import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import dev.kiln.ir.FieldRef;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrField;
import dev.kiln.wasm.model.Global;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.model.ValType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One mutable global per static field, named {@code owner.name}. A field with a ConstantValue attribute
 * starts with that value, as after JVM class preparation (JVMS 5.4.2); a String constant needs the literal
 * object, which exists only once the start function has run, so those fields are stored there
 * ({@link #stringConstants()}).
 */
public final class StaticFields {
    /** A static field whose initial value is a string literal. */
    public record StringConstant(Global field, String value) {}

    private final Map<String, Global> globals = new HashMap<>();
    private final List<Global> ordered = new ArrayList<>();
    private final List<StringConstant> stringConstants = new ArrayList<>();

    public StaticFields(ClassHierarchy hierarchy, TypeLayout types) {
        for (IrClass c : hierarchy.program().classes()) {
            for (IrField f : c.fields()) {
                if (!f.isStatic()) continue;
                ValType t = types.valType(f.type());
                Object constant = f.constantValue();
                Instr init = initialValue(constant, t);
                Global g = new Global(f.owner() + "." + f.name(), t, true, List.of(init));
                if (constant instanceof String s) stringConstants.add(new StringConstant(g, s));
                globals.put(key(f.owner(), f.name()), g);
                ordered.add(g);
            }
        }
    }

    private static Instr initialValue(Object constant, ValType t) {
        if (constant instanceof Integer i) return Instr.i32Const(i);
        if (constant instanceof Long l) return Instr.i64Const(l);
        if (constant instanceof Float f) return Instr.f32Const(f);
        if (constant instanceof Double d) return Instr.f64Const(d);
        return Instances.defaultValue(t);
    }

    private static String key(String owner, String name) {
        return owner + "." + name;
    }

    /** The global of a static field. */
    public Global global(FieldRef field) {
        Global g = globals.get(key(field.owner(), field.name()));
        if (g == null) throw new CompileError(Diagnostic.error("static field " + field + " is not part of the program"));
        return g;
    }

    public List<StringConstant> stringConstants() {
        return stringConstants;
    }

    public void addTo(Module module) {
        ordered.forEach(module::addGlobal);
    }
}
