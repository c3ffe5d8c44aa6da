package dev.kiln.backend.emit;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The blocks of a method from which no {@code return} can be reached, over normal and exception edges:
 * code that can only end by throwing (or loop forever), such as the branch that builds the exception for
 * a failed argument check. A {@link Frame} may push itself only there, so the method's usual path costs
 * nothing.
 */
final class ColdBlocks {
    private final Set<Block> returning = new HashSet<>();

    ColdBlocks(Function f) {
        Map<Block, List<Block>> predecessors = f.predecessors();
        Deque<Block> work = new ArrayDeque<>();
        for (Block b : f.blocks()) {
            if (b.terminator() instanceof Insn.Return && returning.add(b)) work.add(b);
        }
        while (!work.isEmpty()) {
            for (Block p : predecessors.get(work.remove())) {
                if (returning.add(p)) work.add(p);
            }
        }
    }

    boolean isCold(Block b) {
        return !returning.contains(b);
    }
}
