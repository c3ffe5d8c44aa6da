package dev.kiln.backend.layout;

import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrMethod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which method an interface call runs for a given receiver class: JVMS 5.4.6 selection. The class chain is
 * searched first (any non-static, non-private declaration of the same name and descriptor wins, even an
 * abstract one); otherwise the maximally specific superinterface methods are considered and a unique
 * non-abstract one (a default method) is selected.
 */
public final class InterfaceMethods {
    private final ClassHierarchy hierarchy;
    private final Map<IrMethod, Optional<IrMethod>> uniqueTargets = new HashMap<>();

    public InterfaceMethods(ClassHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /**
     * The only method an interface call of {@code ifaceMethod} can run, or null if instantiated classes
     * select different ones (or none, or an abstract one).
     */
    public IrMethod uniqueTarget(IrMethod ifaceMethod) {
        return uniqueTargets.computeIfAbsent(ifaceMethod, m -> {
            Set<IrMethod> targets = new HashSet<>();
            for (IrClass c : hierarchy.classes()) {
                if (c.isInstantiated() && hierarchy.allInterfaces(c.name()).contains(m.owner())) targets.add(select(c, m));
            }
            IrMethod only = targets.size() == 1 ? targets.iterator().next() : null;
            return Optional.ofNullable(only == null || only.isAbstract() ? null : only);
        }).orElse(null);
    }

    /** The dispatched methods an interface declares: the entries of its method table, in declaration order. */
    public static List<IrMethod> tableOf(IrClass iface) {
        return iface.methods().stream().filter(ClassHierarchy::isDispatched).toList();
    }

    /** The method selected for {@code ifaceMethod} on instances of {@code c}, or null if there is none. */
    public IrMethod select(IrClass c, IrMethod ifaceMethod) {
        for (IrClass k = c; k != null; k = hierarchy.superclass(k)) {
            IrMethod m = k.method(ifaceMethod.name(), ifaceMethod.sig());
            if (m != null && ClassHierarchy.isDispatched(m)) return m;
        }
        List<IrMethod> candidates = new ArrayList<>();
        for (String i : hierarchy.allInterfaces(c.name())) {
            IrMethod m = hierarchy.clazz(i).method(ifaceMethod.name(), ifaceMethod.sig());
            if (m != null && ClassHierarchy.isDispatched(m)) candidates.add(m);
        }
        IrMethod selected = null;
        for (IrMethod m : candidates) {
            if (m.isAbstract() || !maximallySpecific(m, candidates)) continue;
            if (selected != null) return null;
            selected = m;
        }
        return selected;
    }

    private boolean maximallySpecific(IrMethod m, List<IrMethod> candidates) {
        for (IrMethod other : candidates) {
            if (other != m && hierarchy.allInterfaces(other.owner()).contains(m.owner())) return false;
        }
        return true;
    }
}
