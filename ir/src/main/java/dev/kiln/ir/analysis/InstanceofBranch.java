package dev.kiln.ir.analysis;

import dev.kiln.ir.Block;
import dev.kiln.ir.CondOp;
import dev.kiln.ir.Insn;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A block ending in {@code if (v instanceof T)}: a two-way branch on whether an {@code instanceof} result is zero.
 * The reachability analyses read its "is a T" side only once a T can reach {@code v}; they walk bodies from the
 * entry with {@link #walk}, taking only the successors that can run so far.
 */
public record InstanceofBranch(Insn.InstanceOf test, Block instanceSide, Block otherSide) {
    /** The instanceof branch {@code b} ends in, or null if it ends in anything else. */
    public static InstanceofBranch of(Block b) {
        Insn.If i = twoWayTest(b);
        if (i == null || !(i.operand(0).definition() instanceof Insn.InstanceOf test)) return null;
        return i.cond() == CondOp.NE ? new InstanceofBranch(test, i.ifTrue(), i.ifFalse())
                : new InstanceofBranch(test, i.ifFalse(), i.ifTrue());
    }

    /** {@code b}'s terminator if it branches two ways on a value being zero (false) or not, else null. */
    public static Insn.If twoWayTest(Block b) {
        if (!(b.terminator() instanceof Insn.If i) || !i.comparesWithZero() || i.ifTrue() == i.ifFalse()) return null;
        return i.cond() == CondOp.EQ || i.cond() == CondOp.NE ? i : null;
    }

    /**
     * Reads the blocks reachable from {@code start} that {@code visited} does not hold yet, adding them to it: each is
     * passed to {@code read}, then {@code taken} says which of its successors control can take.
     */
    public static void walk(Block start, Set<Block> visited, Consumer<Block> read, Function<Block, List<Block>> taken) {
        Deque<Block> work = new ArrayDeque<>();
        if (visited.add(start)) work.add(start);
        while (!work.isEmpty()) {
            Block b = work.poll();
            read.accept(b);
            for (Block s : taken.apply(b)) {
                if (visited.add(s)) work.add(s);
            }
        }
    }
}
