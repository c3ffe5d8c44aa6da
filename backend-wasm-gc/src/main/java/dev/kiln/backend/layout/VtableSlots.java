package dev.kiln.backend.layout;

import dev.kiln.ir.Flag;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrMethod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Virtual method slots. A class's slot list starts with its superclass's; each dispatched method it declares
 * takes over every inherited slot it overrides (JVMS 5.4.5) and opens a new slot if it overrides none.
 * Slot indices are stable down the hierarchy, so a call through a slot works on any subclass.
 *
 * <p>Overriding follows JVMS 5.4.5 including package-private methods: a method overrides a slot if it can
 * override any method that occupied the slot on the way down (the slot's history), which gives the
 * transitive rule without searching the hierarchy again.
 */
public final class VtableSlots {
    /** One slot of one class: its position among the vtable's method fields, and what fills it there. */
    public record Entry(int index, IrMethod root, IrMethod impl, List<IrMethod> history) {}

    private final ClassHierarchy hierarchy;
    private final Map<String, List<Entry>> tables = new HashMap<>();
    /** {@link #uniqueTarget} by owner and slot: each call site asks, and a slot of Object's walks every class. */
    private final Map<String, Map<Integer, Optional<IrMethod>>> uniqueTargets = new HashMap<>();

    public VtableSlots(ClassHierarchy hierarchy) {
        this.hierarchy = hierarchy;
        for (IrClass c : hierarchy.classes()) tables.put(c.name(), layOut(c));
    }

    private List<Entry> layOut(IrClass c) {
        IrClass sup = hierarchy.superclass(c);
        List<Entry> table = new ArrayList<>(sup == null ? List.of() : tables.get(sup.name()));
        for (IrMethod m : c.methods()) {
            if (!ClassHierarchy.isDispatched(m)) continue;
            boolean overrides = false;
            for (int i = 0; i < table.size(); i++) {
                Entry e = table.get(i);
                if (!e.root().ref().sameNameAndSig(m.ref()) || !canOverride(m, e.history())) continue;
                List<IrMethod> history = new ArrayList<>(e.history());
                history.add(m);
                table.set(i, new Entry(e.index(), e.root(), m, List.copyOf(history)));
                overrides = true;
            }
            if (!overrides) table.add(new Entry(table.size(), m, m, List.of(m)));
        }
        return List.copyOf(table);
    }

    private static boolean canOverride(IrMethod m, List<IrMethod> history) {
        for (IrMethod earlier : history) {
            if (earlier.flags().contains(Flag.PUBLIC) || earlier.flags().contains(Flag.PROTECTED)) return true;
            if (ClassHierarchy.packageOf(earlier.owner()).equals(ClassHierarchy.packageOf(m.owner()))) return true;
        }
        return false;
    }

    /** The slot list of a class. */
    public List<Entry> table(String className) {
        return tables.get(className);
    }

    /** The slot a call resolved to {@code m} (declared in class {@code m.owner()}) dispatches through. */
    public Entry slotOf(IrMethod m) {
        for (Entry e : tables.get(m.owner())) if (e.impl() == m) return e;
        throw new IllegalArgumentException("no vtable slot for " + m);
    }

    /**
     * The only method a call through {@code slot} of {@code owner} can reach, or null if instances of more
     * than one implementation may exist (or none, or the only one is abstract). Only instantiated classes
     * count, plus java.lang.Object itself when it is the owner, because every array dispatches there.
     */
    public IrMethod uniqueTarget(String owner, Entry slot) {
        return uniqueTargets.computeIfAbsent(owner, o -> new HashMap<>())
                .computeIfAbsent(slot.index(), index -> Optional.ofNullable(findUniqueTarget(owner, slot))).orElse(null);
    }

    private IrMethod findUniqueTarget(String owner, Entry slot) {
        Set<IrMethod> impls = new LinkedHashSet<>();
        collectTargets(hierarchy.clazz(owner), slot.index(), impls);
        if (owner.equals(ClassHierarchy.OBJECT)) impls.add(tables.get(owner).get(slot.index()).impl());
        if (impls.size() != 1) return null;
        IrMethod only = impls.iterator().next();
        return only.isAbstract() ? null : only;
    }

    private void collectTargets(IrClass c, int index, Set<IrMethod> out) {
        if (c.isInstantiated()) out.add(tables.get(c.name()).get(index).impl());
        for (IrClass sub : hierarchy.subclasses(c)) collectTargets(sub, index, out);
    }
}
