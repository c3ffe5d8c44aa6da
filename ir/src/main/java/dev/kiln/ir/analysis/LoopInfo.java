package dev.kiln.ir.analysis;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The natural loops of a function and how they nest, over normal and exception edges.
 *
 * <p>A back edge is an edge whose target dominates its source; its target is a loop header. The control
 * flow is <em>reducible</em> when every retreating edge of a depth-first walk (an edge to a block still
 * on the walk's stack) is a back edge; then every cycle is a natural loop with a single entry, which is
 * what a structured target such as Wasm needs. Irreducible control flow (a cycle entered in two places)
 * cannot come from Java source but can from other bytecode producers; {@link #irreducibleEdges()} names
 * the offending edges so a later stage can split nodes or report them.
 *
 * <p>Natural loops with different headers are either disjoint or nested, so nesting is found by
 * visiting loops from largest to smallest: the innermost loop already covering a header is its parent.
 */
public final class LoopInfo {
    private final List<Loop> loops = new ArrayList<>();
    private final Map<Block, Loop> innermost = new HashMap<>();
    private final Set<Edge> backEdges = new LinkedHashSet<>();
    private final List<Edge> irreducibleEdges = new ArrayList<>();

    private LoopInfo(Function f, DominatorTree dom) {
        Map<Block, List<Block>> preds = f.predecessors();
        Map<Block, List<Block>> latchesByHeader = new LinkedHashMap<>();
        for (Block b : dom.reversePostorder()) {
            for (Block s : b.allSuccessors()) {
                if (dom.dominates(s, b)) {
                    backEdges.add(new Edge(b, s));
                    latchesByHeader.computeIfAbsent(s, k -> new ArrayList<>()).add(b);
                }
            }
        }
        Map<Block, Integer> order = new HashMap<>();
        for (Block b : dom.reversePostorder()) order.put(b, order.size());
        latchesByHeader.forEach((header, latches) -> loops.add(naturalLoop(header, latches, preds, dom, order)));
        loops.sort(Comparator.comparing((Loop l) -> order.get(l.header())));
        nest();
        findIrreducibleEdges(f, dom);
    }

    public static LoopInfo compute(Function f, DominatorTree dom) {
        return new LoopInfo(f, dom);
    }

    public static LoopInfo compute(Function f) {
        return compute(f, DominatorTree.compute(f));
    }

    /** Every loop, outer loops before the loops they contain (headers in reverse postorder). */
    public List<Loop> loops() { return Collections.unmodifiableList(loops); }

    /** The loops not nested in any other. */
    public List<Loop> topLevel() {
        return loops.stream().filter(l -> l.parent() == null).toList();
    }

    /** The innermost loop containing {@code b}, or null. */
    public Loop loopOf(Block b) { return innermost.get(b); }

    /** How many loops contain {@code b}; 0 outside all loops. */
    public int depth(Block b) {
        Loop l = innermost.get(b);
        return l == null ? 0 : l.depth();
    }

    public boolean isHeader(Block b) {
        Loop l = innermost.get(b);
        return l != null && l.header() == b;
    }

    public Set<Edge> backEdges() { return Collections.unmodifiableSet(backEdges); }

    public boolean isBackEdge(Block from, Block to) { return backEdges.contains(new Edge(from, to)); }

    public boolean isReducible() { return irreducibleEdges.isEmpty(); }

    /** Retreating edges whose target does not dominate their source: each enters a cycle from the side. */
    public List<Edge> irreducibleEdges() { return Collections.unmodifiableList(irreducibleEdges); }

    private static Loop naturalLoop(Block header, List<Block> latches, Map<Block, List<Block>> preds,
                                    DominatorTree dom, Map<Block, Integer> order) {
        Set<Block> body = new LinkedHashSet<>();
        body.add(header);
        Deque<Block> work = new ArrayDeque<>();
        for (Block latch : latches) if (body.add(latch)) work.push(latch);
        while (!work.isEmpty()) {
            for (Block p : preds.get(work.pop())) {
                if (dom.isReachable(p) && body.add(p)) work.push(p);
            }
        }
        List<Block> sorted = new ArrayList<>(body);
        sorted.sort(Comparator.comparing(order::get));
        return new Loop(header, new LinkedHashSet<>(sorted), latches);
    }

    /** Parents by size, largest first; then linked in header order so parents get their depth first. */
    private void nest() {
        List<Loop> bySize = new ArrayList<>(loops);
        bySize.sort(Comparator.comparing((Loop l) -> l.blocks().size()).reversed());
        Map<Loop, Loop> parents = new HashMap<>();
        for (Loop l : bySize) {
            parents.put(l, innermost.get(l.header()));
            for (Block b : l.blocks()) innermost.put(b, l);
        }
        for (Loop l : loops) l.setParent(parents.get(l));
    }

    private void findIrreducibleEdges(Function f, DominatorTree dom) {
        if (f.blocks().isEmpty()) return;
        Set<Block> onStack = new HashSet<>();
        Set<Block> visited = new HashSet<>();
        Deque<Iterator<Block>> stack = new ArrayDeque<>();
        Deque<Block> path = new ArrayDeque<>();
        visited.add(f.entry());
        onStack.add(f.entry());
        path.push(f.entry());
        stack.push(f.entry().allSuccessors().iterator());
        while (!stack.isEmpty()) {
            Iterator<Block> successors = stack.peek();
            if (!successors.hasNext()) {
                stack.pop();
                onStack.remove(path.pop());
                continue;
            }
            Block from = path.peek();
            Block s = successors.next();
            if (onStack.contains(s) && !dom.dominates(s, from)) irreducibleEdges.add(new Edge(from, s));
            if (visited.add(s)) {
                onStack.add(s);
                path.push(s);
                stack.push(s.allSuccessors().iterator());
            }
        }
    }
}
