package dev.kiln.opt.flow;

import dev.kiln.ir.Block;
import dev.kiln.ir.IrMethod;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The recursion check of the {@link TypeFlowAnalysis}: the weight of the heaviest chain of reached calls from each
 * method down, where a chain that returns to a method on it (recursion) or is too heavy for the engine's stack has
 * none. The calls are those the analysis counts for it (not the failed checks' factories, nor calls that build an
 * exception to throw); the runs of static initializers are followed but never repeated on one chain.
 */
final class ChainWeights {
    /**
     * The heaviest chain without recursion that cannot overflow: a quarter of the backend's shadow stack (2^17 units
     * of estimated engine stack, half of what Wasmtime gets), which leaves room for what the weights miss.
     */
    static final long MAX_CHAIN_WEIGHT = 1 << 15;
    /** Chains of more calls are not followed (the analysis's own stack): such a program is taken to recurse. */
    private static final int MAX_DEPTH = 2000;

    private final long maxWeight;
    private final Map<IrMethod, Set<IrMethod>> callees;
    private final Map<IrMethod, Set<IrMethod>> initializerRuns;
    private final Map<IrMethod, Long> weights = new HashMap<>();
    private final Set<IrMethod> onPath = new HashSet<>();

    ChainWeights(Map<IrMethod, Set<IrMethod>> callees, Map<IrMethod, Set<IrMethod>> initializerRuns) {
        this(callees, initializerRuns, MAX_CHAIN_WEIGHT);
    }

    /** With chains heavier than {@code maxWeight} counted as too heavy. */
    ChainWeights(Map<IrMethod, Set<IrMethod>> callees, Map<IrMethod, Set<IrMethod>> initializerRuns, long maxWeight) {
        this.maxWeight = maxWeight;
        this.callees = callees;
        this.initializerRuns = initializerRuns;
    }

    /** True if a chain from one of {@code methods} recurses or is too heavy. */
    boolean anyTooHeavy(Iterable<IrMethod> methods) {
        for (IrMethod m : methods) {
            if (heaviestChain(m) < 0) return true;
        }
        return false;
    }

    /**
     * The weight of the heaviest chain of calls from {@code m} down ({@link #frameWeight}), or -1 if a chain of calls
     * returns to a method on it or is too heavy. A static initializer already on the chain is not run again (its class
     * is being initialised), so the chain does not go on there; elsewhere on the chain it may be run again and a method
     * appear twice, which the weight of a chain found first, kept for {@code m} whatever the path to it, may miss: the
     * bound leaves room for that.
     */
    private long heaviestChain(IrMethod m) {
        Long known = weights.get(m);
        if (known != null) return known;
        if (onPath.size() > MAX_DEPTH) return -1;
        onPath.add(m);
        long heaviest = 0;
        for (IrMethod c : callees.getOrDefault(m, Set.of())) {
            if (onPath.contains(c)) return -1;
            long w = heaviestChain(c);
            if (w < 0) return -1;
            heaviest = Math.max(heaviest, w);
        }
        for (IrMethod c : initializerRuns.getOrDefault(m, Set.of())) {
            if (onPath.contains(c)) continue;
            long w = heaviestChain(c);
            if (w < 0) return -1;
            heaviest = Math.max(heaviest, w);
        }
        onPath.remove(m);
        long mine = heaviest + frameWeight(m);
        if (mine > maxWeight) return -1;
        weights.put(m, mine);
        return mine;
    }

    /**
     * An upper bound of the engine's frame for {@code m} in the units of the backend's shadow stack (8 bytes): a fixed
     * part and one per SSA value, which bounds the Wasm locals.
     */
    private static long frameWeight(IrMethod m) {
        if (m.body() == null) return 0;
        long values = 8 + m.body().params().size();
        for (Block b : m.body().blocks()) values += b.phis().size() + b.instructions().size();
        return values;
    }
}
