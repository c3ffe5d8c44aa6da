package dev.kiln.opt.flow;

import dev.kiln.ir.Block;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Cuts the program down to what the {@link TypeFlowAnalysis} found can run: methods it never reached are removed,
 * or keep only their declaration if a reached call names them (a dispatch slot); classes it never saw created are
 * no longer instantiated (no vtable, no dispatch to their overrides); in reached bodies, blocks control cannot
 * reach are removed, a branch only one side of which can run (an {@code instanceof T} no T reaches, a test of a flag
 * that is only ever false) becomes a {@code goto}, and one whose condition is never computed is unreachable.
 * Runs once, on the whole program, before the per-method passes.
 */
public final class TypeFlowPruning {
    private TypeFlowPruning() {}

    public static void run(IrProgram program, FlowRoots roots) {
        TypeFlowAnalysis a = TypeFlowAnalysis.run(program, roots);
        for (IrClass c : program.classes()) {
            if (!a.instantiated.contains(c.name())) c.setInstantiated(false);
            for (Iterator<IrMethod> it = c.methods().iterator(); it.hasNext(); ) {
                IrMethod m = it.next();
                if (a.reached.contains(m)) {
                    if (m.body() != null) prune(m, a.readBlocks.get(m), a.branchSides.getOrDefault(m, Map.of()));
                } else if (a.named.contains(m)) {
                    // A slot a reached call dispatches through, though no receiver there selects this method.
                    m.setBody(null);
                } else {
                    it.remove();
                }
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
