package dev.kiln.opt.flow;

import dev.kiln.ir.Flag;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JVMS 5.4.5 overriding and 5.4.6 selection on the program's IR classes, for the {@link TypeFlowAnalysis}. The
 * program holds every method the frontend's analysis could select for an instantiated class, so selecting among
 * the IR's methods finds the same method the frontend (and the backend's vtables) would. Each selection is made once.
 */
final class Dispatch {
    private final IrProgram program;
    private final Map<String, Map<IrMethod, IrMethod>> selections = new HashMap<>();

    Dispatch(IrProgram program) {
        this.program = program;
    }

    /** The method a call of {@code resolved} runs on an instance of {@code receiver}, or null if it has none (or an abstract one). */
    IrMethod select(String receiver, IrMethod resolved) {
        return selections.computeIfAbsent(receiver, k -> new HashMap<>()).computeIfAbsent(resolved, r -> select(program, receiver, r));
    }

    private static IrMethod select(IrProgram program, String receiver, IrMethod resolved) {
        if (resolved.isPrivate()) return resolved;
        for (IrClass k = program.clazz(receiver); k != null; k = k.superName() == null ? null : program.clazz(k.superName())) {
            IrMethod m = k.method(resolved.name(), resolved.sig());
            if (m != null && (m == resolved || canOverride(program, m, resolved))) return m.isAbstract() ? null : m;
        }
        // A default method: the one non-abstract maximally specific superinterface method.
        List<IrMethod> candidates = new ArrayList<>();
        Set<String> interfaces = new LinkedHashSet<>();
        for (IrClass k = program.clazz(receiver); k != null; k = k.superName() == null ? null : program.clazz(k.superName())) {
            collectInterfaces(program, k, interfaces);
        }
        for (String i : interfaces) {
            IrMethod m = program.clazz(i).method(resolved.name(), resolved.sig());
            if (m != null && !m.isStatic() && !m.isPrivate()) candidates.add(m);
        }
        IrMethod selected = null;
        for (IrMethod m : candidates) {
            if (m.isAbstract() || !maximallySpecific(program, m, candidates)) continue;
            if (selected != null) return null;
            selected = m;
        }
        return selected;
    }

    private static void collectInterfaces(IrProgram program, IrClass c, Set<String> out) {
        for (String i : c.interfaces()) {
            if (out.add(i)) collectInterfaces(program, program.requireClass(i), out);
        }
    }

    private static boolean maximallySpecific(IrProgram program, IrMethod m, List<IrMethod> candidates) {
        for (IrMethod other : candidates) {
            if (other != m && !other.owner().equals(m.owner()) && program.isSubclassOf(other.owner(), m.owner())) return false;
        }
        return true;
    }

    private static boolean canOverride(IrProgram program, IrMethod mC, IrMethod mA) {
        if (mC.isStatic() || mA.isStatic() || mC.isPrivate() || mA.isPrivate()) return false;
        if (!mC.ref().sameNameAndSig(mA.ref())) return false;
        if (mA.flags().contains(Flag.PUBLIC) || mA.flags().contains(Flag.PROTECTED)) return true;
        if (packageOf(mC.owner()).equals(packageOf(mA.owner()))) return true;
        for (IrClass b = superclass(program, program.clazz(mC.owner())); b != null && !b.name().equals(mA.owner())
                && program.isSubclassOf(b.name(), mA.owner()); b = superclass(program, b)) {
            IrMethod mB = b.method(mA.name(), mA.sig());
            if (mB != null && canOverride(program, mC, mB) && canOverride(program, mB, mA)) return true;
        }
        return false;
    }

    private static IrClass superclass(IrProgram program, IrClass c) {
        return c == null || c.superName() == null ? null : program.clazz(c.superName());
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }
}
