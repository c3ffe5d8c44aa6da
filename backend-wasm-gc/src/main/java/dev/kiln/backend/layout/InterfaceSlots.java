package dev.kiln.backend.layout;

import dev.kiln.ir.IrClass;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assigns each interface a field of the shared itable struct. Two interfaces may share a field unless some
 * type implements both, so this is graph colouring: interfaces are nodes, and every set of interfaces one
 * type implements is a clique. Greedy colouring in program order keeps the itable short (programs rarely
 * implement more than a handful of interfaces per class) while dispatch stays a constant-time field load.
 * An itable field holds the interface's method table, whose distinct struct type also answers
 * {@code instanceof} for the interface with one {@code ref.test}.
 */
public final class InterfaceSlots {
    private final Map<String, Integer> slots = new HashMap<>();
    private final int count;

    /**
     * @param implementedSets every set of interfaces some runtime type implements (classes, interfaces as
     *                        array components, arrays)
     */
    public InterfaceSlots(ClassHierarchy hierarchy, List<Set<String>> implementedSets) {
        Map<String, Set<String>> conflicts = new HashMap<>();
        for (Set<String> set : implementedSets) {
            for (String a : set) conflicts.computeIfAbsent(a, k -> new HashSet<>()).addAll(set);
        }
        int max = 0;
        for (IrClass i : hierarchy.interfaces()) {
            BitSet taken = new BitSet();
            for (String other : conflicts.getOrDefault(i.name(), Set.of())) {
                Integer s = slots.get(other);
                if (s != null) taken.set(s);
            }
            int slot = taken.nextClearBit(0);
            slots.put(i.name(), slot);
            max = Math.max(max, slot + 1);
        }
        count = max;
    }

    /** The sets of interfaces that classes, interfaces (as array components) and arrays implement. */
    public static List<Set<String>> implementedSets(ClassHierarchy hierarchy, Set<String> arrayInterfaces) {
        List<Set<String>> sets = new ArrayList<>();
        for (IrClass c : hierarchy.program().classes()) sets.add(hierarchy.allInterfaces(c.name()));
        sets.add(arrayInterfaces);
        return sets;
    }

    /** The itable field of an interface. */
    public int slotOf(String iface) {
        return slots.get(iface);
    }

    /** How many fields the itable struct has. */
    public int count() {
        return count;
    }
}
