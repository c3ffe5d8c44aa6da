package dev.kiln.opt.flow;

import dev.kiln.ir.Block;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.IrMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes each virtual or interface call whose receivers all select one method a direct call of that method, from the
 * {@link TypeFlowAnalysis}'s types: the types that reach the receiver at that call, not only the classes the program
 * instantiates, so a {@code List} that is only ever an {@code ArrayList} there calls {@code ArrayList.size} directly.
 *
 * <pre>
 *   nullcheck v3 "..."
 *   v4 = invoke.interface java.util.List.size()int v3        (only ArrayLists reach v3)
 *   →
 *   nullcheck v3 "..."
 *   v4 = invoke.special java.util.ArrayList.size()int v3
 * </pre>
 *
 * The receiver's null check is its own instruction before the call, so it stays as it was. A call no receiver reaches
 * (only null, or nothing yet) and one with several targets are left alone; so is a call of a native method (an
 * intrinsic or host import stands for the declared method, and dispatch never selects one). Direct calls let the
 * per-method passes inline the callee ({@code InlineSmallMethods}) and the backend call it without a table lookup.
 */
final class DevirtualizeCalls {
    private DevirtualizeCalls() {}

    /** Rewrites the calls of {@code m}'s body; returns how many became direct. */
    static int run(IrMethod m, Map<Insn.Invoke, Set<IrMethod>> targets) {
        int changed = 0;
        for (Block b : m.body().blocks()) {
            List<Instruction> insns = new ArrayList<>(b.instructions());
            boolean any = false;
            for (int k = 0; k < insns.size(); k++) {
                if (!(insns.get(k) instanceof Insn.Invoke call)
                        || call.kind() != InvokeKind.VIRTUAL && call.kind() != InvokeKind.INTERFACE) {
                    continue;
                }
                Set<IrMethod> selected = targets.get(call);
                if (selected == null || selected.size() != 1) continue;
                IrMethod target = selected.iterator().next();
                if (target.isNative() || target.isAbstract()) continue;
                insns.set(k, new Insn.Invoke(call.result(), InvokeKind.SPECIAL, target.ref(), call.operands()).at(call.pos()));
                any = true;
                changed++;
            }
            if (any) b.replaceInstructions(insns);
        }
        return changed;
    }
}
