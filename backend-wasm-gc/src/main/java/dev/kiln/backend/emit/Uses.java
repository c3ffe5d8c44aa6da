package dev.kiln.backend.emit;

import dev.kiln.ir.Block;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.Phi;
import dev.kiln.ir.Value;
import java.util.HashMap;
import java.util.Map;

/** How often each value is used in reachable code, and by which instruction if that is its only use. */
final class Uses {
    private final Map<Value, Integer> counts = new HashMap<>();
    private final Map<Value, Instruction> soleUser = new HashMap<>();

    Uses(ControlFlow cfg) {
        for (Block b : cfg.blocks()) {
            for (Phi p : b.phis()) {
                for (Phi.Input in : p.inputs()) {
                    if (!cfg.isReachable(in.from())) continue;
                    counts.merge(in.value(), 1, Integer::sum);
                    soleUser.remove(in.value());
                }
            }
            for (Instruction i : b.instructions()) {
                for (Value v : i.operands()) {
                    if (counts.merge(v, 1, Integer::sum) == 1) soleUser.put(v, i);
                    else soleUser.remove(v);
                }
            }
        }
    }

    int count(Value v) {
        return counts.getOrDefault(v, 0);
    }

    /** The instruction using {@code v} if that is its one and only use (a phi input counts as a use). */
    Instruction soleUser(Value v) {
        return count(v) == 1 ? soleUser.get(v) : null;
    }
}
