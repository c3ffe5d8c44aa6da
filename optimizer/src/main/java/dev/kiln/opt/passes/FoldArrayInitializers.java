package dev.kiln.opt.passes;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.JType;
import dev.kiln.ir.Phi;
import dev.kiln.ir.Value;
import dev.kiln.opt.Pass;
import dev.kiln.opt.PassContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds an array initializer, a {@code newarray} of constant length followed by one store to each index in
 * order, into one {@code newarrayof} of the stored values. javac compiles {@code new int[] {5, 7}}, every
 * {@code static final} table and every varargs call this way; one instruction lets the backend build an
 * array of constants from a data segment (four bytes an int instead of about twelve of code) and any other
 * with one {@code array.new_fixed}.
 *
 * <pre>
 * v1 = newarray int v0            (v0 = const int 2)
 * astore int v1, v2, v3           (v2 = const int 0)     →     v1 = newarrayof int v3, v5
 * astore int v1, v4, v5           (v4 = const int 1)
 * </pre>
 *
 * The {@code newarrayof} takes the place of the last store and defines the array's value, so every use of
 * the array must come after it: besides the folded stores, the array may only be used later in its block
 * or in other blocks, and then no instruction between the allocation and the last store may throw to a
 * handler (which could see the array before its elements are in). In a block with handlers only the last
 * instruction may throw, and {@code newarray} may, so an initializer inside a {@code try} is not folded
 * today; it would be if a {@code newarray} of a non-negative constant length were known not to throw. Instructions between the stores that do
 * not use the array stay where they are: they compute the elements, and javac's initializers interleave
 * them. The index constants the stores used are removed when nothing else uses them.
 *
 * <p>Left alone: a store out of order, twice to one index or to an index not stored (javac never writes
 * those), any other use of the array before the last store, a length above {@link #MAX_LENGTH} (engines
 * limit {@code array.new_fixed}; javac's method size limit keeps initializers below it anyway), and
 * {@code boolean} arrays with a non-constant element (a {@code bastore} keeps only the lowest bit, which
 * {@code newarrayof} would have to spell out per element).
 */
public final class FoldArrayInitializers implements Pass {
    /** V8 accepts at most 10,000 operands for {@code array.new_fixed}. */
    static final int MAX_LENGTH = 10_000;

    @Override
    public boolean run(PassContext ctx, Function fn) {
        if (!hasNewArray(fn)) return false;
        Map<Value, Integer> uses = useCounts(fn);
        boolean changed = false;
        for (Block b : fn.blocks()) {
            changed |= foldAll(b, uses);
        }
        return changed;
    }

    /**
     * Folds every initializer of {@code b}. The block is rewritten once at the end: a static initializer can
     * hold thousands of initializers in one block, and removing and inserting instructions one at a time was
     * quadratic in its length. Until then, folded instructions are only marked {@code gone}, and each
     * {@code newarrayof} is remembered with the last store it follows.
     */
    private static boolean foldAll(Block b, Map<Value, Integer> uses) {
        List<Instruction> insns = b.instructions();
        Set<Instruction> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Instruction, Insn.NewArrayOf> after = new IdentityHashMap<>();
        for (int i = 0; i < insns.size(); i++) {
            // An initializer nested in an outer one (new int[][] {{1}, {2}}) comes after the outer allocation.
            if (insns.get(i) instanceof Insn.NewArray n && !gone.contains(n)) {
                fold(b, insns, i, n, uses, gone, after);
            }
        }
        if (after.isEmpty()) return false;
        List<Instruction> rewritten = new ArrayList<>(insns.size());
        for (Instruction insn : insns) {
            if (!gone.contains(insn)) rewritten.add(insn);
            Insn.NewArrayOf folded = after.get(insn);
            if (folded != null) rewritten.add(folded);
        }
        b.replaceInstructions(rewritten);
        return true;
    }

    /** Folds the initializer starting at {@code insns[at]}, if it is one, marking what it replaces as gone. */
    private static void fold(Block b, List<Instruction> insns, int at, Insn.NewArray n, Map<Value, Integer> uses,
                             Set<Instruction> gone, Map<Instruction, Insn.NewArrayOf> after) {
        Integer length = constantInt(n.operand(0));
        if (length == null || length <= 0 || length > MAX_LENGTH) return;
        Value array = n.result();
        List<Insn.ArrayStore> stores = new ArrayList<>(length);
        boolean throwsToHandler = false;
        int last = -1;
        for (int k = at + 1; k < insns.size() && stores.size() < length; k++) {
            Instruction i = insns.get(k);
            if (gone.contains(i)) continue;
            if (i instanceof Insn.ArrayStore s && s.operand(0) == array && s.operand(2) != array
                    && Integer.valueOf(stores.size()).equals(constantInt(s.operand(1)))) {
                stores.add(s);
                last = k;
                continue;
            }
            if (i.operands().contains(array)) return;
            if (i.mayThrow() && !b.handlers().isEmpty()) throwsToHandler = true;
        }
        if (stores.size() != length) return;
        if (n.componentType().equals(JType.BOOLEAN) && !stores.stream().allMatch(s -> s.operand(2).definition() instanceof Insn.Const)) {
            return;
        }
        if (throwsToHandler) {
            // Uses of the array other than the stores: in this block after the last store, or elsewhere.
            int otherUses = uses.getOrDefault(array, 0) - length;
            int laterInBlock = 0;
            for (int k = last + 1; k < insns.size(); k++) {
                if (!gone.contains(insns.get(k))) for (Value v : insns.get(k).operands()) if (v == array) laterInBlock++;
            }
            if (otherUses > laterInBlock) return;
        }

        List<Value> elements = new ArrayList<>(length);
        for (Insn.ArrayStore s : stores) elements.add(s.operand(2));
        Insn.NewArrayOf folded = new Insn.NewArrayOf(array, n.componentType(), elements);
        folded.at(n.pos());
        after.put(insns.get(last), folded);
        gone.add(n);
        removeIfUnused(b, n.operand(0), uses, gone);
        for (Insn.ArrayStore s : stores) {
            gone.add(s);
            removeIfUnused(b, s.operand(1), uses, gone);
        }
    }

    /** Takes back one use of {@code v}; its definition goes too if that was the last and it is a constant of {@code b}. */
    private static void removeIfUnused(Block b, Value v, Map<Value, Integer> uses, Set<Instruction> gone) {
        int left = uses.merge(v, -1, Integer::sum);
        if (left == 0 && v.definition() instanceof Insn.Const c && c.block() == b) gone.add(c);
    }

    private static boolean hasNewArray(Function fn) {
        for (Block b : fn.blocks()) {
            for (Instruction i : b.instructions()) {
                if (i instanceof Insn.NewArray) return true;
            }
        }
        return false;
    }

    private static Integer constantInt(Value v) {
        return v.definition() instanceof Insn.Const c && c.value() instanceof Integer i ? i : null;
    }

    private static Map<Value, Integer> useCounts(Function fn) {
        Map<Value, Integer> uses = new HashMap<>();
        for (Block b : fn.blocks()) {
            for (Phi p : b.phis()) for (Phi.Input in : p.inputs()) uses.merge(in.value(), 1, Integer::sum);
            for (Instruction i : b.instructions()) for (Value v : i.operands()) uses.merge(v, 1, Integer::sum);
        }
        return uses;
    }
}
