package dev.kiln.frontend.lift;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.JType;
import dev.kiln.ir.Phi;
import dev.kiln.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SSA construction on the fly, after Braun, Buchwald, Hack, Leißa, Mallon and Zwinkau, "Simple and
 * Efficient Construction of Static Single Assignment Form" (CC 2013). Variables are numbered ints (the
 * lifter uses local slots, then operand stack positions); the translator writes and reads them per block,
 * and a read with no definition in its block looks through the predecessors, placing a phi where paths
 * meet. A block is <em>sealed</em> once all its predecessors are known; until then a read there gets an
 * operandless phi that sealing completes.
 *
 * <p>Exception edges leave a block from its throwing instruction, not from its end: {@link #markThrow}
 * remembers the definitions made up to that instruction, and a handler's phis read those, so a value
 * stored after the throwing instruction (the result of a call, say) never reaches the handler.
 *
 * <p>Unlike the paper, trivial phis are not removed eagerly: {@link RedundantPhis} removes them once the
 * function is complete, which also lets {@link UnreachableBlocks} prune edges first. Phis are typed when
 * created, by {@code phiTypes}: the lifter knows each variable's merged type from {@link TypeFlow}.
 */
final class SsaBuilder {
    /** The static type of variable {@code var} on entry to {@code block}. */
    @FunctionalInterface
    interface PhiTypes {
        JType typeOf(Block block, int var);
    }

    private final Function fn;
    private final PhiTypes phiTypes;
    /** The latest definition of each variable written in each block. */
    private final Map<Block, Map<Integer, Value>> definitions = new HashMap<>();
    /** The value of each variable read on entry to a block (a phi, or a predecessor's value). */
    private final Map<Block, Map<Integer, Value>> onEntry = new HashMap<>();
    /** The definitions of a block made before its throwing instruction. */
    private final Map<Block, Map<Integer, Value>> beforeThrow = new HashMap<>();
    /** Blocks entered only by exception edges: exception handlers. */
    private final Set<Block> handlers = new HashSet<>();
    private final Map<Block, List<Block>> predecessors = new HashMap<>();
    private final Set<Block> sealed = new HashSet<>();
    private final Map<Block, Map<Integer, Phi>> incomplete = new HashMap<>();

    SsaBuilder(Function fn, PhiTypes phiTypes) {
        this.fn = fn;
        this.phiTypes = phiTypes;
    }

    void write(int var, Block block, Value value) {
        definitions.computeIfAbsent(block, b -> new HashMap<>()).put(var, value);
    }

    Value read(int var, Block block) {
        Value v = definitions.getOrDefault(block, Map.of()).get(var);
        return v != null ? v : readOnEntry(var, block);
    }

    /** Records that {@code block}'s throwing instruction comes now: exception edges see what is defined so far. */
    void markThrow(Block block) {
        beforeThrow.put(block, new HashMap<>(definitions.getOrDefault(block, Map.of())));
    }

    /** Records a normal control-flow edge; the target must not be sealed yet. */
    void addEdge(Block from, Block to) {
        if (sealed.contains(to)) throw new IllegalStateException("edge " + from + " -> " + to + " into a sealed block");
        List<Block> preds = predecessors.computeIfAbsent(to, b -> new ArrayList<>());
        if (!preds.contains(from)) preds.add(from);
    }

    /** Records an exception edge from {@code from}'s throwing instruction to the handler {@code to}. */
    void addExceptionEdge(Block from, Block to) {
        handlers.add(to);
        addEdge(from, to);
    }

    /** Declares that {@code block} gets no more predecessors, completing the phis read there so far. */
    void seal(Block block) {
        Map<Integer, Phi> pending = incomplete.remove(block);
        if (pending != null) pending.forEach((var, phi) -> addInputs(var, phi));
        sealed.add(block);
    }

    boolean isSealed(Block block) {
        return sealed.contains(block);
    }

    private Value readOnEntry(int var, Block block) {
        Value v = onEntry.getOrDefault(block, Map.of()).get(var);
        return v != null ? v : readThroughPredecessors(var, block);
    }

    /** The value flowing from {@code pred} into {@code succ}: at pred's end, or at its throw for a handler. */
    private Value readOnEdge(int var, Block pred, Block succ) {
        if (!handlers.contains(succ)) return read(var, pred);
        Value v = beforeThrow.get(pred).get(var);
        return v != null ? v : readOnEntry(var, pred);
    }

    private Value readThroughPredecessors(int var, Block block) {
        Map<Integer, Value> entry = onEntry.computeIfAbsent(block, b -> new HashMap<>());
        List<Block> preds = predecessors.getOrDefault(block, List.of());
        if (!sealed.contains(block)) {
            Phi phi = newPhi(var, block);
            incomplete.computeIfAbsent(block, b -> new LinkedHashMap<>()).put(var, phi);
            entry.put(var, phi.result());
        } else if (preds.size() == 1) {
            entry.put(var, readOnEdge(var, preds.get(0), block));
        } else {
            Phi phi = newPhi(var, block);
            entry.put(var, phi.result());
            addInputs(var, phi);
        }
        return entry.get(var);
    }

    private Phi newPhi(int var, Block block) {
        JType type = phiTypes.typeOf(block, var);
        if (type == null) throw new IllegalStateException("variable " + var + " has no usable type on entry to " + block);
        Phi phi = new Phi(fn.newValue(type));
        block.addPhi(phi);
        return phi;
    }

    private void addInputs(int var, Phi phi) {
        for (Block pred : predecessors.getOrDefault(phi.block(), List.of())) {
            phi.addInput(pred, readOnEdge(var, pred, phi.block()));
        }
    }
}
