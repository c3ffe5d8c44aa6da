package dev.kiln.frontend.lift;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Phi;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Removes the blocks the entry cannot reach, and the phi inputs flowing in from them. Dead bytecode never
 * becomes IR, but a handler can still end up unreachable: its try range may hold no instruction that
 * throws once lifted (the JVM's verifier assumes every instruction might).
 */
final class UnreachableBlocks {
    private UnreachableBlocks() {}

    static void remove(Function fn) {
        Set<Block> reached = new HashSet<>();
        Deque<Block> work = new ArrayDeque<>();
        reached.add(fn.entry());
        work.add(fn.entry());
        while (!work.isEmpty()) {
            for (Block s : work.poll().allSuccessors()) {
                if (reached.add(s)) work.add(s);
            }
        }
        fn.blocks().removeIf(b -> !reached.contains(b));
        for (Block b : fn.blocks()) {
            for (Phi phi : b.phis()) phi.inputs().removeIf(in -> !reached.contains(in.from()));
        }
    }
}
