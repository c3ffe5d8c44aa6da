package dev.kiln.opt.passes;

import dev.kiln.ir.BinaryOp;
import dev.kiln.ir.Block;
import dev.kiln.ir.FieldRef;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.Value;
import dev.kiln.ir.analysis.DominatorTree;
import dev.kiln.opt.Pass;
import dev.kiln.opt.PassContext;
import dev.kiln.opt.StableFields;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Global value numbering over the dominator tree: an instruction that computes what an instruction in a dominating
 * position already computed (the same operation on the same values) is removed, and its uses read the earlier result.
 *
 * <pre>
 * b0:                                               b0:
 *   v1 = getfield t.Node.left:t.Node v0                v1 = getfield t.Node.left:t.Node v0
 *   if ne v1 then b1 else b2                           if ne v1 then b1 else b2
 * b1:                                        →      b1:
 *   v4 = getfield t.Node.left:t.Node v0                nullcheck v1 "..."      (RemoveRedundantNullChecks: v1 is not null here)
 *   nullcheck v4 "..."                                 v5 = invoke.virtual t.Node.check()int v1
 *   v5 = invoke.virtual t.Node.check()int v4
 * </pre>
 *
 * Numbered are the operations whose result depends only on their operands: arithmetic (int and long {@code add},
 * {@code mul}, {@code and}, {@code or}, {@code xor} with their operands in either order), negation, conversions,
 * array lengths, {@code instanceof}, casts (a {@code checkcast} dominated by the same check never fails), and reads of
 * {@linkplain StableFields stable} final fields in functions that do not store them. A cast that may throw is reused
 * only from a block without handlers, where its failure leaves the function, so every block it dominates runs after
 * it succeeded. Constants are left alone (the backend materialises each where it is used).
 *
 * <p>Not done here: loads of mutable fields and array elements (they need to know which stores and calls may come
 * between), and partial redundancies (a computation on some paths only).
 */
public final class EliminateCommonSubexpressions implements Pass {
    @Override
    public boolean run(PassContext ctx, Function fn) {
        Set<FieldRef> stored = StableFields.storedIn(fn);
        StableFields stable = ctx.stableFields();
        DominatorTree dom = DominatorTree.compute(fn);
        Map<Value, Value> replaced = new HashMap<>();
        Map<List<Object>, Value> available = new HashMap<>();
        boolean changed = false;
        // An iterative walk of the dominator tree: entering a block adds its computations to the table, leaving it
        // takes them out again, so the table holds exactly those of the blocks that dominate the current one.
        Deque<Object> work = new ArrayDeque<>();
        work.push(fn.entry());
        while (!work.isEmpty()) {
            Object top = work.pop();
            if (top instanceof Scope scope) {
                for (List<Object> key : scope.added) available.remove(key);
                continue;
            }
            Block b = (Block) top;
            Scope scope = new Scope();
            b.replaceUses(replaced);
            List<Instruction> kept = new ArrayList<>();
            boolean blockChanged = false;
            for (Instruction i : b.instructions()) {
                List<Object> key = key(i, stable, stored);
                if (key != null) {
                    Value earlier = available.get(key);
                    if (earlier != null) {
                        replaced.put(i.result(), earlier);
                        blockChanged = true;
                        continue;
                    }
                    if (!(i.mayThrow() && !b.handlers().isEmpty())) {
                        available.put(key, i.result());
                        scope.added.add(key);
                    }
                }
                kept.add(i);
            }
            if (blockChanged) {
                b.replaceInstructions(kept);
                changed = true;
            }
            work.push(scope);
            for (Block child : dom.children(b)) work.push(child);
        }
        if (!replaced.isEmpty()) {
            // Uses in blocks the walk visited before the replacement was found: phis of loop headers, for instance.
            fn.replaceUses(replaced);
        }
        return changed;
    }

    /** The computations a block added to the table, taken out when the walk leaves the block's subtree. */
    private static final class Scope {
        final List<List<Object>> added = new ArrayList<>();
    }

    /** What {@code i} computes, as a key equal for equal computations; null if it is not numbered. */
    private static List<Object> key(Instruction i, StableFields stable, Set<FieldRef> stored) {
        if (i instanceof Insn.Binary x) {
            Value a = x.operand(0);
            Value b = x.operand(1);
            if (commutes(x) && a.id() > b.id()) {
                Value t = a;
                a = b;
                b = t;
            }
            return List.of("binary", x.op(), x.type(), a, b);
        }
        if (i instanceof Insn.Negate x) return List.of("negate", x.type(), x.operand(0));
        if (i instanceof Insn.Convert x) return List.of("convert", x.from(), x.to(), x.operand(0));
        if (i instanceof Insn.ArrayLength x) return List.of("arraylength", x.operand(0));
        if (i instanceof Insn.InstanceOf x) return List.of("instanceof", x.type(), x.operand(0));
        // A cast and a checkcast of one value to one type give the same reference; the key ignores which it is.
        if (i instanceof Insn.CheckCast x) return List.of("cast", x.type(), x.operand(0));
        if (i instanceof Insn.GetField x && stable.isStable(x.field()) && !stored.contains(x.field())) {
            return List.of("getfield", x.field(), x.operand(0));
        }
        if (i instanceof Insn.GetStatic x && stable.isStable(x.field()) && !stored.contains(x.field())) {
            return List.of("getstatic", x.field());
        }
        return null;
    }

    /** Int and long operations whose operands may be swapped (floating-point ones are left in order). */
    private static boolean commutes(Insn.Binary x) {
        boolean integral = x.type().kind() == dev.kiln.ir.JType.Kind.INT || x.type().kind() == dev.kiln.ir.JType.Kind.LONG;
        return integral && (x.op() == BinaryOp.ADD || x.op() == BinaryOp.MUL || x.op() == BinaryOp.AND
                || x.op() == BinaryOp.OR || x.op() == BinaryOp.XOR);
    }
}
