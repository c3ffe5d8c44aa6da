package dev.kiln.ir.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Checks the fast algorithm against the textbook definition on many random graphs: dom(entry) = {entry},
 * dom(n) = {n} plus the intersection of dom(p) over reachable predecessors p, iterated to a fixpoint.
 */
class RandomGraphDominatorTest {
    @Test
    void agreesWithTheDataflowDefinition() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            Function f = randomFunction(random, 2 + random.nextInt(14));
            DominatorTree dom = DominatorTree.compute(f);
            Map<Block, Set<Block>> expected = naiveDominators(f);
            for (Block a : f.blocks()) {
                for (Block b : f.blocks()) {
                    boolean naive = expected.containsKey(b) && expected.get(b).contains(a);
                    assertEquals(naive, dom.dominates(a, b), () -> a + " dom " + b + " in\n" + f);
                }
                if (dom.isReachable(a)) assertEquals(naiveFrontier(f, dom, a), dom.frontier(a), () -> "DF(" + a + ") in\n" + f);
            }
        }
    }

    /** Each block ends in a switch (or return) to random targets, so graphs have loops and joins. */
    private static Function randomFunction(Random random, int blocks) {
        Function f = new Function(MethodRef.of("t.T", "f", "(I)V"), true);
        Value v = f.addParam(JType.INT);
        List<Block> all = new ArrayList<>();
        for (int i = 0; i < blocks; i++) all.add(f.newBlock());
        for (Block b : all) {
            int out = random.nextInt(4);
            if (out == 0) {
                b.add(new Insn.Return(null));
                continue;
            }
            int[] keys = new int[out - 1];
            Block[] targets = new Block[out - 1];
            for (int k = 0; k < keys.length; k++) {
                keys[k] = k;
                targets[k] = all.get(random.nextInt(blocks));
            }
            b.add(new Insn.Switch(v, keys, targets, all.get(random.nextInt(blocks))));
        }
        return f;
    }

    private static Map<Block, Set<Block>> naiveDominators(Function f) {
        Set<Block> reachable = new HashSet<>(ReversePostorder.of(f));
        Map<Block, List<Block>> preds = f.predecessors();
        Map<Block, Set<Block>> dom = new HashMap<>();
        for (Block b : reachable) dom.put(b, new HashSet<>(reachable));
        dom.put(f.entry(), new HashSet<>(Set.of(f.entry())));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : reachable) {
                if (b == f.entry()) continue;
                Set<Block> next = new HashSet<>(reachable);
                for (Block p : preds.get(b)) if (reachable.contains(p)) next.retainAll(dom.get(p));
                next.add(b);
                if (!next.equals(dom.get(b))) {
                    dom.put(b, next);
                    changed = true;
                }
            }
        }
        return dom;
    }

    private static Set<Block> naiveFrontier(Function f, DominatorTree dom, Block a) {
        Set<Block> out = new HashSet<>();
        Map<Block, List<Block>> preds = f.predecessors();
        for (Block b : dom.reversePostorder()) {
            for (Block p : preds.get(b)) {
                if (dom.dominates(a, p) && !dom.strictlyDominates(a, b)) out.add(b);
            }
        }
        return out;
    }
}
