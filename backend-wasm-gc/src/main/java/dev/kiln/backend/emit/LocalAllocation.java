package dev.kiln.backend.emit;

import dev.kiln.ir.Block;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.Phi;
import dev.kiln.ir.Value;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Local;
import dev.kiln.wasm.model.ValType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Maps SSA values to as few Wasm locals as possible: values interfere when one is live where the other is
 * defined, and non-interfering values of the same Wasm type share a local. Colouring greedily in dominance
 * order (parameters, then each block's phis and instructions in reverse postorder) is optimal for the
 * chordal interference graphs of strict SSA; on top of that, a phi and its inputs prefer each other's
 * local, which turns most out-of-SSA copies into nothing.
 *
 * <p>Conservative extras keep copies safe: a phi result interferes with everything live at the top of its
 * block and with the block's other phis even when it is dead, every definition interferes with what is
 * live after it even when its own result is dead, and all parameters interfere with each other.
 */
final class LocalAllocation {
    private final Map<Value, Local> locals = new HashMap<>();

    LocalAllocation(Func func, ControlFlow cfg, Liveness liveness, Predicate<Value> needsLocal,
                    Function<Value, ValType> typeOf, Map<Value, Local> precolored) {
        List<Value> order = new ArrayList<>();
        for (Value p : cfg.function().params()) if (needsLocal.test(p)) order.add(p);
        for (Block b : cfg.blocks()) {
            for (Phi p : b.phis()) if (needsLocal.test(p.result())) order.add(p.result());
            for (Instruction i : b.instructions()) if (i.result() != null && needsLocal.test(i.result())) order.add(i.result());
        }
        // Dense numbers for the values that need a local; their interference as one bit set per value.
        int maxId = 0;
        for (Value v : order) maxId = Math.max(maxId, v.id());
        for (Block b : cfg.blocks()) {
            for (Instruction i : b.instructions()) {
                if (i.result() != null) maxId = Math.max(maxId, i.result().id());
                for (Value o : i.operands()) maxId = Math.max(maxId, o.id());
            }
        }
        int[] dense = new int[maxId + 1];
        java.util.Arrays.fill(dense, -1);
        Map<Integer, Value> byId = new HashMap<>();
        for (int k = 0; k < order.size(); k++) {
            dense[order.get(k).id()] = k;
            byId.put(order.get(k).id(), order.get(k));
        }
        BitSet[] edges = new BitSet[order.size()];
        for (int k = 0; k < edges.length; k++) edges[k] = new BitSet();
        interfere(cfg, liveness, dense, edges);
        for (int a = 0; a < order.size(); a++) {
            if (!order.get(a).isParameter()) continue;
            for (int b = 0; b < order.size(); b++) if (b != a && order.get(b).isParameter()) edges[a].set(b);
        }
        Map<Value, List<Value>> related = related(cfg, byId);
        Map<ValType, List<Local>> pool = new LinkedHashMap<>();
        Local[] assigned = new Local[order.size()];
        for (int k = 0; k < order.size(); k++) {
            Value v = order.get(k);
            Local fixed = precolored.get(v);
            ValType t = typeOf.apply(v);
            List<Local> ofType = pool.computeIfAbsent(t, x -> new ArrayList<>());
            if (fixed != null) {
                locals.put(v, fixed);
                assigned[k] = fixed;
                if (!ofType.contains(fixed)) ofType.add(fixed);
                continue;
            }
            Set<Local> taken = new HashSet<>();
            for (int n = edges[k].nextSetBit(0); n >= 0; n = edges[k].nextSetBit(n + 1)) {
                if (assigned[n] != null) taken.add(assigned[n]);
            }
            Local chosen = null;
            for (Value r : related.getOrDefault(v, List.of())) {
                Local l = locals.get(r);
                if (l != null && l.type().equals(t) && !taken.contains(l)) {
                    chosen = l;
                    break;
                }
            }
            if (chosen == null) {
                for (Local l : ofType) {
                    if (!taken.contains(l)) {
                        chosen = l;
                        break;
                    }
                }
            }
            if (chosen == null) {
                chosen = func.addLocal(v.toString(), t);
                ofType.add(chosen);
            }
            locals.put(v, chosen);
            assigned[k] = chosen;
        }
    }

    private static void interfere(ControlFlow cfg, Liveness liveness, int[] dense, BitSet[] edges) {
        for (Block b : cfg.blocks()) {
            BitSet live = liveness.liveOut(b);
            List<Instruction> insns = b.instructions();
            for (int i = insns.size() - 1; i >= 0; i--) {
                Instruction insn = insns.get(i);
                Value r = insn.result();
                if (r != null) {
                    live.clear(r.id());
                    if (dense[r.id()] >= 0) addAll(dense[r.id()], live, dense, edges);
                }
                for (Value o : insn.operands()) live.set(o.id());
            }
            List<Integer> phis = new ArrayList<>();
            for (Phi p : b.phis()) {
                int id = p.result().id();
                if (id < dense.length && dense[id] >= 0) phis.add(dense[id]);
            }
            for (int p : phis) {
                addAll(p, live, dense, edges);
                for (int q : phis) if (q != p) edges[p].set(q);
            }
        }
    }

    private static void addAll(int v, BitSet live, int[] dense, BitSet[] edges) {
        for (int id = live.nextSetBit(0); id >= 0 && id < dense.length; id = live.nextSetBit(id + 1)) {
            int other = dense[id];
            if (other < 0 || other == v) continue;
            edges[v].set(other);
            edges[other].set(v);
        }
    }

    /** Phi results and their inputs, both ways: coalescing candidates. */
    private static Map<Value, List<Value>> related(ControlFlow cfg, Map<Integer, Value> byId) {
        Map<Value, List<Value>> out = new HashMap<>();
        for (Block b : cfg.blocks()) {
            for (Phi p : b.phis()) {
                Value r = p.result();
                if (!byId.containsKey(r.id())) continue;
                for (Phi.Input in : p.inputs()) {
                    if (!byId.containsKey(in.value().id())) continue;
                    out.computeIfAbsent(r, k -> new ArrayList<>()).add(in.value());
                    out.computeIfAbsent(in.value(), k -> new ArrayList<>()).add(r);
                }
            }
        }
        return out;
    }

    /** The local of a value, or null if it has none (kept on the stack, rematerialized, or unused). */
    Local localOf(Value v) {
        return locals.get(v);
    }
}
