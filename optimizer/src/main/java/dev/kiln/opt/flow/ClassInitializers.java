package dev.kiln.opt.flow;

import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JLS 12.4.2 on the program's classes, for the {@link TypeFlowAnalysis}: initialising a class initialises its
 * superclasses and the superinterfaces with default methods first; per class, the static initializers that runs,
 * found once.
 */
final class ClassInitializers {
    private final IrProgram program;
    private final Map<IrClass, List<IrMethod>> known = new HashMap<>();

    ClassInitializers(IrProgram program) {
        this.program = program;
    }

    /** The static initializers initialising {@code c} runs, superclasses' first. */
    List<IrMethod> of(IrClass c) {
        List<IrMethod> found = known.get(c);
        if (found != null) return found;
        List<IrMethod> run = new ArrayList<>();
        IrMethod clinit = c.staticInitializer();
        if (clinit != null && clinit.body() != null) run.add(clinit);
        if (!c.isInterface()) {
            if (c.superName() != null) run.addAll(of(program.requireClass(c.superName())));
            for (String i : c.interfaces()) defaults(program.requireClass(i), run);
        }
        known.put(c, run);
        return run;
    }

    /** The same, for the class named {@code className}. */
    List<IrMethod> of(String className) {
        return of(program.requireClass(className));
    }

    private void defaults(IrClass iface, List<IrMethod> run) {
        if (iface.isInitializedWithImplementors()) run.addAll(of(iface));
        for (String i : iface.interfaces()) defaults(program.requireClass(i), run);
    }
}
