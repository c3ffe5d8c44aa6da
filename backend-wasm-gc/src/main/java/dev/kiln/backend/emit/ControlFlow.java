package dev.kiln.backend.emit;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.SourcePos;
import dev.kiln.ir.analysis.DominatorTree;
import dev.kiln.ir.analysis.Edge;
import dev.kiln.ir.analysis.LoopInfo;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The control-flow facts structured emission needs, over normal and exception edges of the reachable
 * blocks: reverse postorder, the dominator tree, loop headers, and <em>merge nodes</em> (blocks with two
 * or more forward in-edges, which need a Wasm {@code block} whose end they follow). Exception handler
 * blocks always count as merge nodes: they are entered by a branch from a landing pad, never inline.
 *
 * <p>Wasm only expresses reducible control flow, so an irreducible method is a compile error here.
 */
final class ControlFlow {
    private final Function function;
    private final DominatorTree dom;
    private final LoopInfo loops;
    private final Map<Block, Integer> order = new HashMap<>();
    private final Set<Block> merges = new HashSet<>();

    ControlFlow(String sourceFile, IrMethod method, Function function) {
        this.function = function;
        dom = DominatorTree.compute(function);
        loops = LoopInfo.compute(function, dom);
        if (!loops.isReducible()) {
            Edge e = loops.irreducibleEdges().get(0);
            SourcePos pos = e.to().instructions().isEmpty() ? SourcePos.NONE : e.to().instructions().get(0).pos();
            throw Errors.at(sourceFile, method, pos, "irreducible control flow (edge " + e + ") cannot be expressed in WebAssembly");
        }
        for (Block b : dom.reversePostorder()) order.put(b, order.size());
        Map<Block, Integer> forwardIn = new HashMap<>();
        for (Block b : dom.reversePostorder()) {
            for (Block s : b.allSuccessors()) {
                if (!isBackward(b, s)) forwardIn.merge(s, 1, Integer::sum);
            }
            merges.addAll(b.exceptionSuccessors());
        }
        forwardIn.forEach((b, n) -> {
            if (n >= 2) merges.add(b);
        });
    }

    Function function() { return function; }

    /** The reachable blocks in reverse postorder. */
    List<Block> blocks() { return dom.reversePostorder(); }

    boolean isReachable(Block b) { return order.containsKey(b); }

    /** True for an edge to a block at or before its source in reverse postorder: a loop's back edge. */
    boolean isBackward(Block from, Block to) { return order.get(to) <= order.get(from); }

    boolean isLoopHeader(Block b) { return loops.isHeader(b); }

    boolean isInLoop(Block b) { return loops.depth(b) > 0; }

    boolean isMerge(Block b) { return merges.contains(b); }

    /** The merge nodes among {@code b}'s dominator-tree children, in reverse postorder. */
    List<Block> mergeChildren(Block b) {
        return dom.children(b).stream().filter(merges::contains).toList();
    }

    int rpoIndex(Block b) { return order.get(b); }
}
