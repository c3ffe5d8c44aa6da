package dev.kiln.ir.analysis;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dominators of the reachable blocks, over normal and exception edges: block A dominates B if every path
 * from the entry to B passes through A (every block dominates itself).
 *
 * <p>Immediate dominators come from the iterative algorithm of Cooper, Harvey and Kennedy ("A Simple,
 * Fast Dominance Algorithm", 2001): walk the blocks in reverse postorder, set each block's idom to the
 * intersection of its processed predecessors' dominator chains, repeat until nothing changes. That is
 * fast in practice and small enough to trust. The tree is then numbered by a depth-first walk so that
 * {@link #dominates} is a constant-time interval test. Dominance frontiers, which only SSA construction
 * needs, are computed on first use with the same paper's method.
 */
public final class DominatorTree {
    private final List<Block> rpo;
    private final Map<Block, Integer> index = new HashMap<>();
    private final int[][] preds;
    private final int[] idom;
    private final List<List<Block>> children = new ArrayList<>();
    private final int[] enter;
    private final int[] exit;
    private List<Set<Block>> frontiers;

    private DominatorTree(Function f) {
        rpo = ReversePostorder.of(f);
        int n = rpo.size();
        for (int i = 0; i < n; i++) index.put(rpo.get(i), i);
        preds = reachablePredecessors(f);
        idom = new int[n];
        computeIdoms();
        for (int i = 0; i < n; i++) children.add(new ArrayList<>());
        for (int i = 1; i < n; i++) children.get(idom[i]).add(rpo.get(i));
        enter = new int[n];
        exit = new int[n];
        number();
    }

    public static DominatorTree compute(Function f) {
        return new DominatorTree(f);
    }

    /** The reachable blocks in reverse postorder; the order the tree was built in. */
    public List<Block> reversePostorder() {
        return Collections.unmodifiableList(rpo);
    }

    public boolean isReachable(Block b) {
        return index.containsKey(b);
    }

    /** The immediate dominator, or null for the entry and for unreachable blocks. */
    public Block idom(Block b) {
        Integer i = index.get(b);
        return i == null || i == 0 ? null : rpo.get(idom[i]);
    }

    /** The blocks {@code b} immediately dominates, in reverse postorder. */
    public List<Block> children(Block b) {
        Integer i = index.get(b);
        return i == null ? List.of() : Collections.unmodifiableList(children.get(i));
    }

    /** True if {@code a} dominates {@code b}; false if either is unreachable. */
    public boolean dominates(Block a, Block b) {
        Integer i = index.get(a);
        Integer j = index.get(b);
        return i != null && j != null && enter[i] <= enter[j] && exit[j] <= exit[i];
    }

    public boolean strictlyDominates(Block a, Block b) {
        return a != b && dominates(a, b);
    }

    /**
     * The dominance frontier of {@code b}: the blocks where {@code b}'s dominance ends, i.e. that have a
     * predecessor dominated by {@code b} without being strictly dominated by it themselves.
     */
    public Set<Block> frontier(Block b) {
        Integer i = index.get(b);
        if (i == null) return Set.of();
        if (frontiers == null) frontiers = computeFrontiers();
        return Collections.unmodifiableSet(frontiers.get(i));
    }

    private int[][] reachablePredecessors(Function f) {
        Map<Block, List<Block>> all = f.predecessors();
        int[][] out = new int[rpo.size()][];
        for (int i = 0; i < rpo.size(); i++) {
            out[i] = all.get(rpo.get(i)).stream().filter(index::containsKey).mapToInt(index::get).toArray();
        }
        return out;
    }

    private void computeIdoms() {
        Arrays.fill(idom, -1);
        if (idom.length == 0) return;
        idom[0] = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int b = 1; b < idom.length; b++) {
                int newIdom = -1;
                for (int p : preds[b]) {
                    if (idom[p] == -1) continue;
                    newIdom = newIdom == -1 ? p : intersect(p, newIdom);
                }
                if (idom[b] != newIdom) {
                    idom[b] = newIdom;
                    changed = true;
                }
            }
        }
    }

    /** The nearest common dominator, walking up by reverse-postorder index (the entry is 0). */
    private int intersect(int a, int b) {
        while (a != b) {
            while (a > b) a = idom[a];
            while (b > a) b = idom[b];
        }
        return a;
    }

    /** Entry and exit times of a depth-first walk of the tree, iterative like the postorder walk. */
    private void number() {
        if (rpo.isEmpty()) return;
        int clock = 0;
        int[] next = new int[rpo.size()];
        int[] stack = new int[rpo.size()];
        int top = 0;
        stack[top++] = 0;
        enter[0] = clock++;
        while (top > 0) {
            int b = stack[top - 1];
            List<Block> kids = children.get(b);
            if (next[b] < kids.size()) {
                int c = index.get(kids.get(next[b]++));
                enter[c] = clock++;
                stack[top++] = c;
            } else {
                exit[b] = clock++;
                top--;
            }
        }
    }

    /**
     * Walks up from each predecessor of each block to the block's idom. The entry has no idom to stop at;
     * it only has predecessors in invalid IR, where the walk includes the root.
     */
    private List<Set<Block>> computeFrontiers() {
        List<Set<Block>> df = new ArrayList<>();
        for (int i = 0; i < rpo.size(); i++) df.add(new LinkedHashSet<>());
        for (int b = 0; b < rpo.size(); b++) {
            for (int p : preds[b]) {
                for (int runner = p; b == 0 || runner != idom[b]; runner = idom[runner]) {
                    df.get(runner).add(rpo.get(b));
                    if (runner == 0) break;
                }
            }
        }
        return df;
    }
}
