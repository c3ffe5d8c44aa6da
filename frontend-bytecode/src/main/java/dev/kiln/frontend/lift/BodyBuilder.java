package dev.kiln.frontend.lift;

import dev.kiln.frontend.lift.BlockPartition.BytecodeBlock;
import dev.kiln.frontend.lift.MethodCode.TryCatch;
import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.JType;
import dev.kiln.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Type;

/**
 * Builds a function's blocks from the bytecode blocks, in reverse postorder, sealing each IR block for
 * {@link SsaBuilder} as soon as every bytecode block that can reach it has been translated.
 *
 * <p>The function's entry (block 0) has no predecessors, so when the first instruction is a loop header a
 * separate entry block holding the parameters jumps to it. Exception handlers begin with {@code caught};
 * a handler that normal flow also jumps into (which javac never emits) gets a separate landing block with
 * the {@code caught} that then jumps to it, so handler blocks are only ever reached by exception edges.
 */
final class BodyBuilder {
    private final MethodCode code;
    private final TypeFrame[] frames;
    private final BlockPartition partition;
    private final Function fn;
    private final SsaBuilder ssa;
    private final BlockEmitter out;
    private final InsnTranslator translator;
    private final TypeMerger merger;
    private final Map<BytecodeBlock, Block> heads = new HashMap<>();
    private final Map<BytecodeBlock, Block> landings = new HashMap<>();
    private final Map<Block, TypeFrame> entryFrames = new HashMap<>();
    private final Map<Block, Integer> unfinishedPredecessors = new HashMap<>();
    private final Map<List<TryCatch>, List<BlockEmitter.HandlerEdge>> edgesByCoverage = new HashMap<>();

    BodyBuilder(MethodCode code, LiftContext ctx, TypeFrame[] frames, BlockPartition partition) {
        this.code = code;
        this.frames = frames;
        this.partition = partition;
        this.fn = new Function(code.ref, code.isStatic());
        this.ssa = new SsaBuilder(fn, this::phiType);
        this.out = new BlockEmitter(fn, ssa);
        this.translator = new InsnTranslator(code, ctx, frames, out, ssa, i -> head(partition.startingAt(i)));
        this.merger = new TypeMerger(ctx);
    }

    Function build() {
        BytecodeBlock first = partition.entry();
        Block entry = first.normalPredecessors == 0 ? head(first) : fn.newBlock();
        defineParameters(entry);
        ssa.seal(entry);
        if (entry != head(first)) {
            out.begin(entry);
            out.at(code.pos(first.start), List.of());
            out.terminate(new Insn.Goto(head(first)));
        }
        for (BytecodeBlock b : partition.reversePostorder()) {
            if (b.isHandler() && b.normalPredecessors > 0) createLanding(b);
        }
        for (BytecodeBlock b : partition.reversePostorder()) {
            fill(b);
            for (BytecodeBlock s : b.successors) finishedPredecessorOf(head(s));
            for (BytecodeBlock h : b.handlerBlocks) finishedPredecessorOf(landing(h));
        }
        for (Block b : entryFrames.keySet()) {
            if (!ssa.isSealed(b)) throw new IllegalStateException(b + " of " + code.ref + " was never sealed");
        }
        return fn;
    }

    private void defineParameters(Block entry) {
        int slot = 0;
        if (!code.isStatic()) ssa.write(slot++, entry, fn.addParam(JType.object(code.className)));
        for (Type t : Type.getArgumentTypes(code.method.desc)) {
            ssa.write(slot, entry, fn.addParam(JType.fromDescriptor(t.getDescriptor())));
            slot += t.getSize();
        }
    }

    private void fill(BytecodeBlock b) {
        out.begin(head(b));
        out.at(code.pos(b.start), List.of());
        if (b.isHandler() && b.normalPredecessors == 0) {
            translator.enterHandler(caught(b));
        } else {
            translator.enterBlock(frames[b.start].stack.size());
        }
        for (int i = b.start; i < b.end; i++) {
            out.at(code.pos(i), handlerEdges(i));
            translator.translate(i);
        }
        if (!b.endsWithTransfer(code)) translator.fallThrough(b.end);
    }

    /** A landing for handler {@code b}: {@code caught}, then a jump to the handler's code. */
    private void createLanding(BytecodeBlock b) {
        Block landing = fn.newBlock();
        landings.put(b, landing);
        entryFrames.put(landing, frames[b.start]);
        unfinishedPredecessors.put(landing, b.exceptionPredecessors);
        out.begin(landing);
        out.at(code.pos(b.start), List.of());
        ssa.write(translator.stackVariable(0), landing, caught(b));
        out.terminate(new Insn.Goto(head(b)));
    }

    /** Emits the {@code caught} of handler {@code b}, typed as the join of the types its entries catch. */
    private Value caught(BytecodeBlock b) {
        JType type = null;
        for (TryCatch tc : code.tryCatches()) {
            if (tc.handler() != b.start) continue;
            type = type == null ? tc.caughtType() : merger.merge(type, tc.caughtType());
        }
        return out.emit(new Insn.Caught(out.value(type)));
    }

    /** Where exceptions thrown by instruction {@code i} go. */
    private List<BlockEmitter.HandlerEdge> handlerEdges(int i) {
        return edgesByCoverage.computeIfAbsent(code.handlersAt(i), handlers -> {
            List<BlockEmitter.HandlerEdge> edges = new ArrayList<>();
            for (TryCatch tc : handlers) {
                edges.add(new BlockEmitter.HandlerEdge(tc.catchType(), landing(partition.startingAt(tc.handler()))));
            }
            return edges;
        });
    }

    /** The IR block where bytecode block {@code b} starts, created on first use. */
    private Block head(BytecodeBlock b) {
        Block h = heads.get(b);
        if (h == null) {
            h = fn.newBlock();
            heads.put(b, h);
            entryFrames.put(h, frames[b.start]);
            boolean landsHere = b.isHandler() && b.normalPredecessors == 0;
            unfinishedPredecessors.put(h, b.normalPredecessors + (landsHere ? b.exceptionPredecessors : 0));
        }
        return h;
    }

    /** Where exceptions for handler {@code b} arrive. */
    private Block landing(BytecodeBlock b) {
        Block l = landings.get(b);
        return l != null ? l : head(b);
    }

    private void finishedPredecessorOf(Block b) {
        int left = unfinishedPredecessors.merge(b, -1, Integer::sum);
        if (left == 0) ssa.seal(b);
    }

    /** Phis are typed by the bytecode's merged types on entry to the block (see {@link TypeFlow}). */
    private JType phiType(Block block, int var) {
        TypeFrame f = entryFrames.get(block);
        if (f == null) throw new IllegalStateException("no phi can be needed in " + block + " of " + code.ref);
        int depth = var - translator.stackVariable(0);
        return depth < 0 ? f.locals[var] : f.stack.get(depth);
    }
}
