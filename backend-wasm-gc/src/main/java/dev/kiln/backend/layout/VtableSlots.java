package dev.kiln.backend.layout;

import dev.kiln.ir.Flag;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrMethod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 *
 * <p>Only the slots some call dispatches through at run time are in the vtables ({@link #table}): a slot whose calls
 * all have one target (or that nothing calls) costs a field in every vtable type below its root and a function
 * reference in every vtable, for nothing. Whether a call dispatches ({@link #dispatches}) is decided on the full slot
 * lists ({@link #allSlots}), which also decide which methods share a function type ({@link DispatchFamilies}).
 */
public final class VtableSlots {
    /** One slot of one class: its position among the vtable's method fields, and what fills it there. */
    public record Entry(int index, IrMethod root, IrMethod impl, List<IrMethod> history) {}

    private final ClassHierarchy hierarchy;
    private final Map<String, List<Entry>> tables = new HashMap<>();
    /** The slots calls dispatch through, renumbered from 0 in the same order: the vtables' method fields. */
    private final Map<String, List<Entry>> liveTables = new HashMap<>();
    /** {@link #uniqueTarget} by owner and slot: each call site asks, and a slot of Object's walks every class. */
    private final Map<String, Map<Integer, Optional<IrMethod>>> uniqueTargets = new HashMap<>();

    public VtableSlots(ClassHierarchy hierarchy) {
        this.hierarchy = hierarchy;
        for (IrClass c : hierarchy.classes()) tables.put(c.name(), layOut(c));
        Set<IrMethod> dispatchedRoots = dispatchedRoots();
        for (IrClass c : hierarchy.classes()) {
            List<Entry> live = new ArrayList<>();
            for (Entry e : tables.get(c.name())) {
                if (dispatchedRoots.contains(e.root())) live.add(new Entry(live.size(), e.root(), e.impl(), e.history()));
            }
            liveTables.put(c.name(), List.copyOf(live));
        }
    }

    /**
     * The roots of the slots that some call in the program dispatches through. Slot indices are kept down the
     * hierarchy, so a subclass's live slots are its superclass's followed by its own: the vtable types stay prefixes
     * of one another.
     */
    private Set<IrMethod> dispatchedRoots() {
        Set<IrMethod> roots = new HashSet<>();
        for (IrMethod m : hierarchy.virtualCallees()) {
            if (dispatches(m)) roots.add(slotOf(m).root());
        }
        return roots;
    }

    /**
     * True if a virtual call resolved to {@code m}, a method of a class (not an interface), picks its target from the
     * receiver's vtable at run time: {@code m} is dispatched, not final, and more than one method may fill its slot.
     */
    public boolean dispatches(IrMethod m) {
        if (!ClassHierarchy.isDispatched(m) || m.flags().contains(Flag.FINAL)) return false;
        IrClass owner = hierarchy.clazz(m.owner());
        if (owner == null || owner.isInterface()) return false;
        return uniqueTarget(m.owner(), slotOf(m)) == null;
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

    /** The vtable of a class: the slots calls dispatch through, numbered as the vtable's method fields. */
    public List<Entry> table(String className) {
        return liveTables.get(className);
    }

    /** Every slot of a class, dispatched through or not, numbered as if all were in the vtable. */
    public List<Entry> allSlots(String className) {
        return tables.get(className);
    }

    /** The slot of {@code m} (declared in class {@code m.owner()}) among all slots ({@link #allSlots}). */
    public Entry slotOf(IrMethod m) {
        for (Entry e : tables.get(m.owner())) if (e.impl() == m) return e;
        throw new IllegalArgumentException("no vtable slot for " + m);
    }

    /** The vtable slot a call resolved to {@code m} dispatches through ({@link #dispatches} must hold). */
    public Entry vtableSlotOf(IrMethod m) {
        for (Entry e : liveTables.get(m.owner())) if (e.impl() == m) return e;
        throw new IllegalArgumentException("no dispatched vtable slot for " + m);
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
