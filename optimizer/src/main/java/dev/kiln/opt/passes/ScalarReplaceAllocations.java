package dev.kiln.opt.passes;

import dev.kiln.ir.Block;
import dev.kiln.ir.FieldRef;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.JType;
import dev.kiln.ir.Phi;
import dev.kiln.ir.Value;
import dev.kiln.opt.Pass;
import dev.kiln.opt.PassContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Escape analysis with scalar replacement: an object made by {@code new} that never leaves the function (its only uses
 * are reads and writes of its own fields, and null checks) is not made at all, and each of its fields becomes SSA
 * values: a write defines the field's next value, a read uses the current one, and where control merges a phi joins
 * them. Inlining makes such objects: a constructor and the getters called on the result, copied into one function.
 *
 * <pre>
 *   v1 = new t.Point                                   (gone)
 *   putfield t.Point.x:int v1, v7                      (gone)
 *   nullcheck v1 "..."                                 (gone)
 *   v2 = getfield t.Point.x:int v1          →          (gone; uses of v2 read v7)
 *   v3 = add int v2, v2                                v3 = add int v7, v7
 * </pre>
 *
 * Before the first write a field holds its default value (0, 0.0, false or null), as a new object's does. The class's
 * {@code initclass}, a separate instruction, stays. An object whose reference is stored, passed, returned, thrown,
 * compared, merged by a phi, locked, tested with {@code instanceof} or cast escapes, and is left alone. Reads on exception
 * edges see the value before the throwing instruction, which is the value at the end of its block (only the terminator
 * can follow the one instruction of a block with handlers that may throw).
 *
 * <p>Not done here: objects that escape on some paths only (they need materialising where they escape), and arrays.
 */
public final class ScalarReplaceAllocations implements Pass {
    @Override
    public boolean run(PassContext ctx, Function fn) {
        List<Insn.New> candidates = candidates(fn);
        for (Insn.New alloc : candidates) replace(fn, alloc);
        // The construction places a phi wherever control merges; most merge one value.
        if (!candidates.isEmpty()) new SimplifyTrivialPhis().run(ctx, fn);
        return !candidates.isEmpty();
    }

    /** The allocations whose objects do not escape the function, in block order (so value numbers are reproducible). */
    private static List<Insn.New> candidates(Function fn) {
        Map<Value, Insn.New> allocs = new IdentityHashMap<>();
        List<Insn.New> inOrder = new ArrayList<>();
        for (Block b : fn.blocks()) {
            for (Instruction i : b.instructions()) {
                if (i instanceof Insn.New n) {
                    allocs.put(n.result(), n);
                    inOrder.add(n);
                }
            }
        }
        if (allocs.isEmpty()) return List.of();
        Set<Value> escaping = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Block b : fn.blocks()) {
            for (Phi p : b.phis()) {
                for (Phi.Input in : p.inputs()) if (allocs.containsKey(in.value())) escaping.add(in.value());
            }
            for (Instruction i : b.instructions()) {
                for (int k = 0; k < i.operands().size(); k++) {
                    Value v = i.operand(k);
                    if (!allocs.containsKey(v)) continue;
                    boolean ownField = k == 0 && (i instanceof Insn.GetField || i instanceof Insn.PutField);
                    if (!ownField && !(i instanceof Insn.NullCheck)) escaping.add(v);
                }
            }
        }
        List<Insn.New> out = new ArrayList<>();
        for (Insn.New n : inOrder) if (!escaping.contains(n.result())) out.add(n);
        return out;
    }

    private static void replace(Function fn, Insn.New alloc) {
        Value object = alloc.result();
        Set<FieldRef> fields = new LinkedHashSet<>();
        for (Block b : fn.blocks()) {
            for (Instruction i : b.instructions()) {
                if (i instanceof Insn.GetField g && g.operand(0) == object) fields.add(g.field());
                if (i instanceof Insn.PutField p && p.operand(0) == object) fields.add(p.field());
            }
        }
        Map<Value, Value> replaced = new HashMap<>();
        for (FieldRef f : fields) new FieldValues(fn, alloc, f, replaced).run();
        for (Block b : fn.blocks()) {
            List<Instruction> kept = new ArrayList<>();
            boolean any = false;
            for (Instruction i : b.instructions()) {
                boolean drop = i == alloc || i instanceof Insn.NullCheck && i.operand(0) == object
                        || (i instanceof Insn.GetField || i instanceof Insn.PutField) && i.operand(0) == object;
                if (drop) {
                    any = true;
                } else {
                    kept.add(i);
                }
            }
            if (any) b.replaceInstructions(kept);
        }
        fn.replaceUses(replaced);
    }

    /**
     * SSA construction for one field of one object (Braun et al.'s algorithm, every block sealed): the value at each
     * read, from the writes before it in its block or the values at the ends of its predecessors, with phis where
     * those differ.
     */
    private static final class FieldValues {
        private final Function fn;
        private final Insn.New alloc;
        private final FieldRef field;
        private final Map<Value, Value> replaced;
        private final Map<Block, Value> atEnd = new HashMap<>();
        private final Map<Block, Value> atEntry = new HashMap<>();
        private final Map<Block, List<Block>> preds;
        private Value defaultValue;

        FieldValues(Function fn, Insn.New alloc, FieldRef field, Map<Value, Value> replaced) {
            this.fn = fn;
            this.alloc = alloc;
            this.field = field;
            this.replaced = replaced;
            this.preds = fn.predecessors();
        }

        void run() {
            defaultValue = makeDefault();
            for (Block b : fn.blocks()) walk(b, true);
        }

        /**
         * Walks {@code b} from the allocation (from its start, in other blocks), following the writes; with
         * {@code reads}, each read gets the value at its point. Returns the value at the end of {@code b}, or null if
         * the block neither allocates nor writes (then it is the value at its entry).
         */
        private Value walk(Block b, boolean reads) {
            Value object = alloc.result();
            Value current = null;
            boolean afterAlloc = b != alloc.block();
            for (Instruction i : b.instructions()) {
                if (i == alloc) {
                    afterAlloc = true;
                    current = defaultValue;
                } else if (!afterAlloc) {
                    continue;
                } else if (i instanceof Insn.PutField p && p.operand(0) == object && p.field().equals(field)) {
                    current = p.operand(1);
                } else if (reads && i instanceof Insn.GetField g && g.operand(0) == object && g.field().equals(field)) {
                    if (current == null) current = entry(b);
                    replaced.put(g.result(), current);
                }
            }
            return current;
        }

        /** The field's value at the end of {@code b}. */
        private Value end(Block b) {
            Value known = atEnd.get(b);
            if (known != null) return known;
            Value current = walk(b, false);
            if (current == null) current = entry(b);
            atEnd.put(b, current);
            return current;
        }

        /** The field's value at the start of {@code b}, a block the allocation's block strictly dominates. */
        private Value entry(Block b) {
            Value known = atEntry.get(b);
            if (known != null) return known;
            List<Block> from = preds.get(b);
            if (from.size() == 1) {
                Value v = end(from.get(0));
                atEntry.put(b, v);
                return v;
            }
            // A phi first, so that a loop back to b finds it; trivial ones are resolved away by RemoveDeadValues and
            // SimplifyTrivialPhis later.
            Phi phi = new Phi(fn.newValue(field.type().computational()));
            b.addPhi(phi);
            atEntry.put(b, phi.result());
            for (Block p : from) phi.addInput(p, end(p));
            return phi.result();
        }

        /** The field's default value, a constant placed before the allocation (dead, and removed, if nothing reads it). */
        private Value makeDefault() {
            JType t = field.type();
            // Boxed one by one: in one conditional or switch expression Java would widen them all to double.
            Object zero;
            if (t.isReference()) {
                zero = null;
            } else if (t.kind() == JType.Kind.LONG) {
                zero = Long.valueOf(0);
            } else if (t.kind() == JType.Kind.FLOAT) {
                zero = Float.valueOf(0);
            } else if (t.kind() == JType.Kind.DOUBLE) {
                zero = Double.valueOf(0);
            } else {
                zero = Integer.valueOf(0);
            }
            Value v = fn.newValue(t.isReference() ? JType.NULL : t.computational());
            Block b = alloc.block();
            b.insert(b.instructions().indexOf(alloc), new Insn.Const(v, zero).at(alloc.pos()));
            return v;
        }
    }
}
