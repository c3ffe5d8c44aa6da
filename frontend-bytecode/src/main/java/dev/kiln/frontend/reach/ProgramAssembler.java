package dev.kiln.frontend.reach;

import dev.kiln.frontend.model.ClassHierarchy;
import dev.kiln.frontend.model.ClassInfo;
import dev.kiln.frontend.model.FieldInfo;
import dev.kiln.frontend.model.MethodInfo;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrField;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.MethodRef;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the analysis's result into the {@link IrProgram}. The program holds every kept class (java.lang.Object,
 * every class any kept type names, and their supertypes), ordered by name but each after its superclass and
 * interfaces, so the output is the same on every run. A class keeps all its instance fields (the object
 * layout needs them), the static fields code accesses, whether it is instantiated and whether it is an interface
 * initialised with its implementors, its nesting (simple name and declaring class) if it is nested, and, in
 * declaration order, its reachable methods
 * (with SSA body or native binding) and the methods virtual and interface calls resolve to. A method of the
 * latter kind that is not reachable has no body even if it is not abstract: it is a dispatch slot that no
 * instantiated class selects.
 */
final class ProgramAssembler {
    private ProgramAssembler() {}

    static IrProgram assemble(RapidTypeAnalysis rta, ClassHierarchy h, List<MethodRef> entryPoints) {
        Set<ClassInfo> ordered = new LinkedHashSet<>();
        List<ClassInfo> byName = rta.kept.stream().sorted(Comparator.comparing(ClassInfo::name)).toList();
        for (ClassInfo c : byName) addAfterSupertypes(c, h, ordered);
        IrProgram program = new IrProgram(entryPoints);
        for (ClassInfo c : ordered) program.addClass(irClass(rta, h, c));
        return program;
    }

    private static void addAfterSupertypes(ClassInfo c, ClassHierarchy h, Set<ClassInfo> ordered) {
        if (ordered.contains(c)) return;
        if (c.superName() != null) addAfterSupertypes(h.find(c.superName()), h, ordered);
        for (String i : c.interfaces()) addAfterSupertypes(h.find(i), h, ordered);
        ordered.add(c);
    }

    private static IrClass irClass(RapidTypeAnalysis rta, ClassHierarchy h, ClassInfo c) {
        IrClass out = new IrClass(c.name(), c.superName(), c.interfaces(), c.flags());
        out.setSourceFile(c.sourceFile());
        out.setInstantiated(rta.instantiated.contains(c));
        out.setInitializedWithImplementors(h.isInitializedWithImplementors(c));
        if (c.simpleName() != null) out.setNesting(c.simpleName(), c.declaringClass());
        for (FieldInfo f : c.fields()) {
            if (!f.isStatic() || rta.staticFields.contains(f)) {
                out.fields().add(new IrField(f.owner(), f.name(), f.type(), f.flags(), f.constantValue()));
            }
        }
        for (MethodInfo m : c.methods()) {
            if (!rta.reached.containsKey(m) && !rta.dispatched.containsKey(m)) continue;
            IrMethod method = new IrMethod(m.ref(), m.flags());
            method.setBody(rta.bodies.get(m));
            method.setNativeBinding(rta.bindings.get(m));
            out.methods().add(method);
        }
        return out;
    }
}
