package dev.kiln.frontend.lift;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.Phi;
import dev.kiln.ir.Value;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Removes the phis on-the-fly SSA construction leaves behind that merge nothing: trivial ones (Braun et
 * al., section 2.3: {@code v = phi(x, v, x)} is just {@code x}), repeated until none is left since
 * removing one can make another trivial, and then phis no instruction uses even indirectly.
 */
final class RedundantPhis {
    private RedundantPhis() {}

    static void remove(Function fn) {
        Map<Value, Value> replaced = new HashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : fn.blocks()) {
                for (Phi phi : b.phis()) {
                    if (replaced.containsKey(phi.result())) continue;
                    Value same = onlyOtherInput(phi, replaced);
                    if (same != null) {
                        replaced.put(phi.result(), same);
                        changed = true;
                    }
                }
            }
        }
        for (Block b : fn.blocks()) {
            b.phis().removeIf(phi -> replaced.containsKey(phi.result()));
            for (Phi phi : b.phis()) {
                for (Phi.Input in : phi.inputs()) in.setValue(resolve(in.value(), replaced));
            }
            for (Instruction insn : b.instructions()) {
                for (int k = 0; k < insn.operands().size(); k++) insn.setOperand(k, resolve(insn.operand(k), replaced));
            }
        }
        removeUnused(fn);
    }

    /** The single value other than itself a phi merges, or null if it merges two or more. */
    private static Value onlyOtherInput(Phi phi, Map<Value, Value> replaced) {
        Value same = null;
        for (Phi.Input in : phi.inputs()) {
            Value v = resolve(in.value(), replaced);
            if (v == phi.result() || v == same) continue;
            if (same != null) return null;
            same = v;
        }
        if (same == null) throw new IllegalStateException(phi.result() + " in " + phi.block() + " merges no value");
        return same;
    }

    private static Value resolve(Value v, Map<Value, Value> replaced) {
        Value r = v;
        while (replaced.containsKey(r)) r = replaced.get(r);
        return r;
    }

    /** Keeps the phis an instruction uses, directly or through other phis. */
    private static void removeUnused(Function fn) {
        Set<Value> used = new HashSet<>();
        Map<Value, Phi> phis = new HashMap<>();
        Deque<Value> work = new ArrayDeque<>();
        for (Block b : fn.blocks()) {
            for (Phi phi : b.phis()) phis.put(phi.result(), phi);
            for (Instruction insn : b.instructions()) {
                for (Value v : insn.operands()) if (used.add(v)) work.add(v);
            }
        }
        while (!work.isEmpty()) {
            Phi phi = phis.get(work.poll());
            if (phi == null) continue;
            for (Phi.Input in : phi.inputs()) if (used.add(in.value())) work.add(in.value());
        }
        for (Block b : fn.blocks()) b.phis().removeIf(phi -> !used.contains(phi.result()));
    }
}
