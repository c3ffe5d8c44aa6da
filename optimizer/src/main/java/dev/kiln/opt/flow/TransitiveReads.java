package dev.kiln.opt.flow;

import dev.kiln.ir.IrMethod;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * For {@link TypeFlowAnalysis}'s check of static fields: which candidate fields ({@link FieldInitialization#index})
 * a method or anything it may run reads. Strongly connected components of the calls (Tarjan's algorithm, iterative),
 * each reading what its members and the components they call read.
 */
final class TransitiveReads {
    private TransitiveReads() {}

    /**
     * Per method of {@code reached}, the union of {@code ownReads} over it and everything it may run through {@code
     * calls}.
     */
    static Map<IrMethod, BitSet> of(Set<IrMethod> reached, Function<IrMethod, Set<IrMethod>> calls, Map<IrMethod, BitSet> ownReads) {
        IrMethod[] nodes = reached.toArray(new IrMethod[0]);
        Map<IrMethod, Integer> id = new IdentityHashMap<>();
        for (int n = 0; n < nodes.length; n++) id.put(nodes[n], n);
        int[][] successors = new int[nodes.length][];
        for (int n = 0; n < nodes.length; n++) {
            Set<IrMethod> out = calls.apply(nodes[n]);
            int[] s = new int[out.size()];
            int k = 0;
            for (IrMethod c : out) s[k++] = id.get(c);
            successors[n] = s;
        }
        int[] order = new int[nodes.length];
        int[] low = new int[nodes.length];
        java.util.Arrays.fill(order, -1);
        boolean[] onStack = new boolean[nodes.length];
        int[] stack = new int[nodes.length];
        int sp = 0;
        int[] workNode = new int[nodes.length];
        int[] workEdge = new int[nodes.length];
        BitSet[] result = new BitSet[nodes.length];
        int counter = 0;
        for (int root = 0; root < nodes.length; root++) {
            if (order[root] >= 0) continue;
            int wp = 0;
            workNode[wp] = root;
            workEdge[wp++] = 0;
            order[root] = low[root] = counter++;
            stack[sp++] = root;
            onStack[root] = true;
            while (wp > 0) {
                int m = workNode[wp - 1];
                if (workEdge[wp - 1] < successors[m].length) {
                    int n = successors[m][workEdge[wp - 1]++];
                    if (order[n] < 0) {
                        order[n] = low[n] = counter++;
                        stack[sp++] = n;
                        onStack[n] = true;
                        workNode[wp] = n;
                        workEdge[wp++] = 0;
                    } else if (onStack[n]) {
                        low[m] = Math.min(low[m], order[n]);
                    }
                    continue;
                }
                wp--;
                if (wp > 0) low[workNode[wp - 1]] = Math.min(low[workNode[wp - 1]], low[m]);
                if (low[m] != order[m]) continue;
                // m roots a component: its members read what they read and what the components they call read (those
                // are complete, having been found first).
                BitSet bits = new BitSet();
                int first = sp;
                do {
                    first--;
                } while (stack[first] != m);
                for (int x = first; x < sp; x++) {
                    int member = stack[x];
                    BitSet own = ownReads.get(nodes[member]);
                    if (own != null) bits.or(own);
                    for (int n : successors[member]) if (result[n] != null) bits.or(result[n]);
                }
                for (int x = first; x < sp; x++) {
                    result[stack[x]] = bits;
                    onStack[stack[x]] = false;
                }
                sp = first;
            }
        }
        Map<IrMethod, BitSet> out = new IdentityHashMap<>();
        for (int n = 0; n < nodes.length; n++) out.put(nodes[n], result[n]);
        return out;
    }
}
