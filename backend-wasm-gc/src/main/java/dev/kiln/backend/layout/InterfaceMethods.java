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
    private final Map<IrClass, List<IrMethod>> tables = new HashMap<>();

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

    /** The dispatched methods an interface declares, in declaration order, whether calls dispatch through them or not. */
    public static List<IrMethod> tableOf(IrClass iface) {
        return iface.methods().stream().filter(ClassHierarchy::isDispatched).toList();
    }

    /**
     * The entries of an interface's method table: the methods of {@link #tableOf} that some interface call dispatches
     * through at run time ({@link #dispatches}). The others would cost a field in the table's type and a function
     * reference in the itable of every class that implements the interface, for nothing; the table itself stays, for
     * type tests.
     */
    public List<IrMethod> table(IrClass iface) {
        return tables.computeIfAbsent(iface, i -> tableOf(i).stream().filter(this::dispatches).toList());
    }

    /** The field of {@code m}'s interface's method table that holds {@code m} ({@link #dispatches} must hold). */
    public int tableField(IrMethod m) {
        int field = table(hierarchy.clazz(m.owner())).indexOf(m);
        if (field < 0) throw new IllegalArgumentException("no method table field for " + m);
        return field;
    }

    /** True if a call resolved to the interface method {@code m} picks its target from the receiver's itable. */
    public boolean dispatches(IrMethod m) {
        return hierarchy.virtualCallees().contains(m) && uniqueTarget(m) == null;
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
