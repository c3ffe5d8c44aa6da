package dev.kiln.frontend.lift;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.JType;
import dev.kiln.ir.SourcePos;
import dev.kiln.ir.Value;
import java.util.List;

/**
 * Appends instructions to the IR block being built, and keeps the IR's exception-edge invariant (see
 * {@link Block}): a block with handlers holds one throwing instruction, the last before its terminator.
 * So a throwing instruction inside a try range starts a new block if the current one already holds a
 * throwing instruction, gives the block its handlers, and anything but a non-throwing terminator after it
 * goes to a new block. Instructions outside try ranges are never split.
 */
final class BlockEmitter {
    /** An exception edge for throwing instructions covered by a handler. */
    record HandlerEdge(String catchType, Block target) {}

    private final Function fn;
    private final SsaBuilder ssa;
    private Block current;
    private boolean holdsThrowing;
    private List<HandlerEdge> handlers = List.of();
    private SourcePos pos = SourcePos.NONE;

    BlockEmitter(Function fn, SsaBuilder ssa) {
        this.fn = fn;
        this.ssa = ssa;
    }

    /** Starts filling {@code block}. */
    void begin(Block block) {
        current = block;
        holdsThrowing = false;
    }

    /** Where the following instructions come from, and the handlers covering them (in the JVM's order). */
    void at(SourcePos pos, List<HandlerEdge> handlers) {
        this.pos = pos;
        this.handlers = handlers;
    }

    /** The block being filled. */
    Block current() {
        return current;
    }

    Value value(JType type) {
        return fn.newValue(type.computational());
    }

    Value constant(Object value, JType type) {
        return emit(new Insn.Const(value(type), value));
    }

    /** Appends a non-terminator and returns its result (null if it has none). */
    Value emit(Instruction insn) {
        makeRoom(insn.mayThrow());
        add(insn);
        return insn.result();
    }

    /** Ends the current block with {@code t} and records its normal edges. */
    void terminate(Insn.Terminator t) {
        if (t.mayThrow()) makeRoom(true);
        add(t);
        for (Block s : t.successors()) ssa.addEdge(current, s);
        current = null;
    }

    private void add(Instruction insn) {
        current.add(insn.at(pos));
        if (!insn.mayThrow()) return;
        holdsThrowing = true;
        if (handlers.isEmpty()) return;
        ssa.markThrow(current);
        for (HandlerEdge h : handlers) {
            current.addHandler(h.catchType(), h.target());
            ssa.addExceptionEdge(current, h.target());
        }
    }

    /** Splits the block if the next instruction cannot join it. */
    private void makeRoom(boolean mayThrow) {
        boolean afterCoveredThrow = !current.handlers().isEmpty();
        boolean secondThrow = mayThrow && holdsThrowing && !handlers.isEmpty();
        if (!afterCoveredThrow && !secondThrow) return;
        Block next = fn.newBlock();
        current.add(new Insn.Goto(next).at(pos));
        ssa.addEdge(current, next);
        ssa.seal(next);
        begin(next);
    }
}
