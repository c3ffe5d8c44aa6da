package dev.kiln.opt.flow;

import dev.kiln.ir.Block;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrField;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.JType;
import dev.kiln.ir.Phi;
import dev.kiln.ir.Value;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The run-time types a value of the program can have, numbered for the {@link BitSet}s of the {@link
 * TypeFlowAnalysis}: every class of the program that the frontend found instantiated, every array type the IR
 * names, each allocation site of reference arrays ({@code newarray}, {@code newarrayof}: an id of its own with the
 * site's array type, so that each site's arrays get an element flow of their own), and {@link #ANY_ARRAY}, an array
 * whose type is only known at run time ({@code Array.newInstance}); and {@link #NULL}, the null reference. Arrays
 * the program's code does not allocate (the backend's, multi-dimensional ones) have their type's id. {@link #cone}
 * gives the ids of a static type: the run-time types whose objects it can hold (without null), sites included.
 */
final class TypeUniverse {
    /** An array made from a {@code Class} at run time: it may be any array type, so every array type's cone has it. */
    static final int ANY_ARRAY = 0;
    /** The null reference: in a flow, the value may be null. No cone holds it. */
    static final int NULL = 1;

    private final IrProgram program;
    private final List<JType> types = new ArrayList<>();
    private final Map<JType, Integer> ids = new HashMap<>();
    /** The names of each class id's supertypes (itself included), for cones of class types. */
    private final Map<Integer, Set<String>> supertypes = new HashMap<>();
    private final BitSet arrays = new BitSet();
    private final BitSet referenceArrays = new BitSet();
    private final Map<JType, BitSet> cones = new HashMap<>();
    /** The ids of the allocation sites of reference arrays. */
    private final Map<Instruction, Integer> sites = new IdentityHashMap<>();

    TypeUniverse(IrProgram program) {
        this.program = program;
        types.add(null);
        types.add(JType.NULL);
        arrays.set(ANY_ARRAY);
        referenceArrays.set(ANY_ARRAY);
        for (IrClass c : program.classes()) {
            if (!c.isInstantiated()) continue;
            int id = add(JType.object(c.name()));
            Set<String> names = new HashSet<>();
            collectSupertypes(c.name(), names);
            supertypes.put(id, names);
        }
        Set<JType> arrayTypes = new HashSet<>();
        Map<Instruction, JType> allocations = new LinkedHashMap<>();
        for (IrClass c : program.classes()) {
            for (IrField f : c.fields()) addArrays(f.type(), arrayTypes);
            for (IrMethod m : c.methods()) {
                for (JType p : m.sig().params()) addArrays(p, arrayTypes);
                addArrays(m.sig().ret(), arrayTypes);
                if (m.body() == null) continue;
                for (Value p : m.body().params()) addArrays(p.type(), arrayTypes);
                for (Block b : m.body().blocks()) {
                    for (Phi p : b.phis()) addArrays(p.result().type(), arrayTypes);
                    for (Instruction i : b.instructions()) {
                        if (i.result() != null) addArrays(i.result().type(), arrayTypes);
                        if (i instanceof Insn.NewArray n) {
                            addArrays(JType.array(n.componentType()), arrayTypes);
                            if (n.componentType().isReference()) allocations.put(i, JType.array(n.componentType()));
                        }
                        if (i instanceof Insn.NewArrayOf n) {
                            addArrays(JType.array(n.componentType()), arrayTypes);
                            if (n.componentType().isReference()) allocations.put(i, JType.array(n.componentType()));
                        }
                        if (i instanceof Insn.NewMultiArray n) addArrays(n.arrayType(), arrayTypes);
                        if (i instanceof Insn.CheckCast n) addArrays(n.type(), arrayTypes);
                        if (i instanceof Insn.InstanceOf n) addArrays(n.type(), arrayTypes);
                        if (i instanceof Insn.Const k && k.value() instanceof JType t) addArrays(t, arrayTypes);
                    }
                }
            }
        }
        arrayTypes.stream().sorted((a, b) -> a.toString().compareTo(b.toString())).forEach(t -> {
            int id = add(t);
            arrays.set(id);
            if (t.component().isReference()) referenceArrays.set(id);
        });
        allocations.forEach((i, type) -> {
            int id = types.size();
            types.add(type);
            arrays.set(id);
            referenceArrays.set(id);
            sites.put(i, id);
        });
    }

    /**
     * The id of the arrays that {@code allocation} makes: its own for a site of reference arrays, whose elements are
     * then only what is stored or copied into its arrays (or their clones, which share their ids); else the id of
     * {@code arrayType}.
     */
    int site(Instruction allocation, JType arrayType) {
        Integer id = sites.get(allocation);
        return id != null ? id : id(arrayType);
    }

    private int add(JType t) {
        int id = types.size();
        types.add(t);
        ids.put(t, id);
        return id;
    }

    private void collectSupertypes(String name, Set<String> out) {
        if (!out.add(name)) return;
        IrClass c = program.clazz(name);
        if (c == null) return;
        if (c.superName() != null) collectSupertypes(c.superName(), out);
        for (String i : c.interfaces()) collectSupertypes(i, out);
    }

    /** The array type and its component array types (an {@code int[][]} holds {@code int[]}s). */
    private static void addArrays(JType t, Set<JType> out) {
        for (JType a = t; a.isArray(); a = a.component()) out.add(a);
    }

    int size() { return types.size(); }

    /** The type of an id; null for {@link #ANY_ARRAY}, {@link JType#NULL} for {@link #NULL}. */
    JType type(int id) { return types.get(id); }

    /** The id of an instantiated class or an array type the program names. */
    int id(JType t) {
        Integer id = ids.get(t);
        if (id == null) throw new IllegalStateException("type flow: " + t + " is neither an instantiated class nor an array type of the program");
        return id;
    }

    boolean isArray(int id) { return arrays.get(id); }

    /** Ids of the array types whose elements are references ({@link #ANY_ARRAY} included). */
    BitSet referenceArrays() { return referenceArrays; }

    /** The run-time types a value of static type {@code t} can have (shared: do not modify). */
    BitSet cone(JType t) {
        return cones.computeIfAbsent(t, this::computeCone);
    }

    private BitSet computeCone(JType t) {
        BitSet out = new BitSet();
        if (!t.isReference() || t.kind() == JType.Kind.NULL) return out;
        if (t.isClass()) {
            String name = t.className();
            supertypes.forEach((id, names) -> {
                if (names.contains(name)) out.set(id);
            });
            if (name.equals("java.lang.Object") || name.equals("java.lang.Cloneable") || name.equals("java.io.Serializable")) out.or(arrays);
            return out;
        }
        out.set(ANY_ARRAY);
        for (int id = arrays.nextSetBit(NULL + 1); id >= 0; id = arrays.nextSetBit(id + 1)) {
            if (program.isAssignable(types.get(id), t)) out.set(id);
        }
        return out;
    }

    // ---- questions about sets of types (the analysis's flows) ----

    /** {@code cone} and {@link #NULL}. */
    static BitSet orNull(BitSet cone) {
        BitSet out = (BitSet) cone.clone();
        out.set(NULL);
        return out;
    }

    /** Only {@link #NULL}. */
    static final BitSet NULL_ONLY = orNull(new BitSet());

    /** True if the set holds a type: a reference that is not null. */
    static boolean holdsObject(BitSet bits) {
        int first = bits.nextSetBit(0);
        return first >= 0 && (first != NULL || bits.nextSetBit(NULL + 1) >= 0);
    }

    /**
     * True if casting a value of one of {@code types} to {@code target} may fail: one is outside its cone, or is an
     * array whose type is known only at run time and the target is an array type.
     */
    boolean mayFailCast(BitSet types, JType target) {
        BitSet cone = cone(target);
        for (int id = types.nextSetBit(0); id >= 0; id = types.nextSetBit(id + 1)) {
            if (id == NULL) continue;
            if (!cone.get(id) || id == ANY_ARRAY && target.isArray()) return true;
        }
        return false;
    }

    /** True if storing a value of one of {@code values}' types into an array of one of {@code arrays}' types may fail. */
    boolean mayFailStore(BitSet arrays, BitSet values) {
        for (int a = arrays.nextSetBit(0); a >= 0; a = arrays.nextSetBit(a + 1)) {
            if (a == NULL) continue;
            JType arrayType = type(a);
            if (arrayType == null || !arrayType.isArray()) {
                if (holdsObject(values)) return true; // ANY_ARRAY: a component known only at run time
                continue;
            }
            for (int v = values.nextSetBit(0); v >= 0; v = values.nextSetBit(v + 1)) {
                if (v == NULL) continue;
                JType valueType = type(v);
                if (valueType == null || !program.isAssignable(valueType, arrayType.component())) return true;
            }
        }
        return false;
    }
}
