package dev.kiln.opt.flow;

import dev.kiln.ir.Block;
import dev.kiln.ir.FieldRef;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrField;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Cuts the program down to what the {@link TypeFlowAnalysis} found can run: methods it never reached are removed,
 * or keep only their declaration if a reached call names them (a dispatch slot); classes it never saw created are
 * no longer instantiated (no vtable, no dispatch to their overrides); in reached bodies, blocks control cannot
 * reach are removed, a branch only one side of which can run (an {@code instanceof T} no T reaches, a test of a flag
 * that is only ever false, a null test of a value never null) becomes a {@code goto}, and one whose condition is never
 * computed is unreachable; null checks of values never null go, and so do store checks that cannot fail, and casts
 * that cannot fail lose their check, and a virtual or interface call whose receivers all select one method calls it
 * directly ({@link DevirtualizeCalls}); then the fields no code left reads go with their stores, and the classes nothing
 * left needs ({@link UnusedClasses}). It also tells the backend which methods' frames check the shadow stack's
 * limit ({@link StackLimitChecks}) and which types' objects may be asked for their Class ({@code getClass()}): the
 * other types' vtables need no Class object.
 * Runs once, on the whole program, between two runs of the per-method passes (the compiler driver, {@code Kiln}).
 */
public final class TypeFlowPruning {
    private TypeFlowPruning() {}

    /** Prunes {@code program}; returns why each method it keeps was reached. */
    public static ReachChains run(IrProgram program, FlowRoots roots) {
        TypeFlowAnalysis a = TypeFlowAnalysis.run(program, roots);
        ReachChains chains = new ReachChains(a);
        program.setStackLimitCheckers(a.stackLimitCheckers());
        program.setClassQueried(a.classQueried());
        // Devirtualisation first: an interface call it sends through a superclass's vtable names that class's method,
        // which must then stay declared (a slot) below.
        for (IrClass c : program.classes()) {
            for (IrMethod m : c.methods()) {
                if (a.reached.contains(m) && m.body() != null) DevirtualizeCalls.run(program, m, a.dispatchTargets, a.named);
            }
        }
        for (IrClass c : program.classes()) {
            if (!a.instantiated.contains(c.name())) c.setInstantiated(false);
            for (Iterator<IrMethod> it = c.methods().iterator(); it.hasNext(); ) {
                IrMethod m = it.next();
                if (a.reached.contains(m)) {
                    if (m.body() != null) {
                        prune(m, a.readBlocks.get(m), a.branchSides.getOrDefault(m, Map.of()));
                        removeChecks(m, a);
                    }
                } else if (a.named.contains(m)) {
                    // A slot a reached call dispatches through, though no receiver there selects this method.
                    m.setBody(null);
                } else {
                    it.remove();
                }
            }
        }
        removeUnreadFields(program);
        UnusedClasses.remove(program, roots.requiredClasses());
        return chains;
    }

    /**
     * Removes the null checks of values the analysis found are never null and the store checks that never fail, and
     * turns each {@code checkcast} that never fails into a {@code cast}.
     */
    private static void removeChecks(IrMethod m, TypeFlowAnalysis a) {
        for (Block b : m.body().blocks()) {
            List<Instruction> kept = new ArrayList<>();
            boolean changed = false;
            for (Instruction i : b.instructions()) {
                if (i instanceof Insn.NullCheck c && !a.mayBeNull(c.operand(0))
                        || i instanceof Insn.StoreCheck s && !a.mayFail(s)) {
                    changed = true;
                } else if (i instanceof Insn.CheckCast c && !c.proven() && !a.mayFail(c)) {
                    kept.add(new Insn.CheckCast(c.result(), c.type(), c.operand(0), true).at(c.pos()));
                    changed = true;
                } else {
                    kept.add(i);
                }
            }
            if (changed) b.replaceInstructions(kept);
        }
    }

    /**
     * Removes the fields no code left reads, and the stores to them: what the stores computed is then often dead
     * too ({@code RemoveDeadValues}, in the pipeline's second run), such as a table of constants only an unreached
     * method looked at. The fields the backend fills itself go too when nothing reads them (a Class object's
     * interfaces, a literal's hash): it sets only those its classes still declare.
     */
    private static void removeUnreadFields(IrProgram program) {
        Set<FieldRef> read = new HashSet<>();
        forEachBody(program, b -> {
            for (Instruction i : b.instructions()) {
                if (i instanceof Insn.GetField g) read.add(g.field());
                if (i instanceof Insn.GetStatic g) read.add(g.field());
            }
        });
        Set<FieldRef> unread = new HashSet<>();
        for (IrClass c : program.classes()) {
            for (IrField f : c.fields()) if (!read.contains(f.ref())) unread.add(f.ref());
            c.fields().removeIf(f -> unread.contains(f.ref()));
        }
        if (unread.isEmpty()) return;
        forEachBody(program, b -> {
            for (Instruction i : List.copyOf(b.instructions())) {
                if (i instanceof Insn.PutField put && unread.contains(put.field())
                        || i instanceof Insn.PutStatic putStatic && unread.contains(putStatic.field())) {
                    b.remove(i);
                }
            }
        });
    }

    /** Runs {@code action} on every block of every method body left. */
    static void forEachBody(IrProgram program, Consumer<Block> action) {
        for (IrClass c : program.classes()) {
            for (IrMethod m : c.methods()) {
                if (m.body() == null) continue;
                for (Block b : m.body().blocks()) action.accept(b);
            }
        }
    }

    /** Keeps the blocks read; a branch with one side that can run becomes a goto to it, one with none is unreachable. */
    private static void prune(IrMethod m, Set<Block> read, Map<Block, Set<Block>> sides) {
        Map<Block, Block> gotos = new HashMap<>();
        sides.forEach((b, taken) -> {
            if (taken.size() < b.successors().size()) gotos.put(b, taken.isEmpty() ? null : taken.iterator().next());
        });
        m.body().keepOnly(read, gotos);
    }
}
