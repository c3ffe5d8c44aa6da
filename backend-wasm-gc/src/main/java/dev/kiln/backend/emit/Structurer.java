package dev.kiln.backend.emit;

import dev.kiln.backend.layout.ClassHierarchy;
import dev.kiln.ir.Block;
import dev.kiln.ir.CondOp;
import dev.kiln.ir.Handler;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.Phi;
import dev.kiln.ir.Value;
import dev.kiln.wasm.model.BlockType;
import dev.kiln.wasm.model.Catch;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Local;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.RefType;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a function's reducible CFG into Wasm's structured control flow, after Ramsey, "Beyond Relooper:
 * recursive translation of unstructured control flow to structured control flow" (ICFP 2022). The
 * translation walks the dominator tree: a block's code is wrapped in one {@code block} per dominator-tree
 * child that is a merge node (innermost for the earliest in reverse postorder), each child's code
 * following the end of its {@code block}; a loop header additionally opens a {@code loop} around all of it.
 * A branch then becomes {@code br} to the enclosing {@code loop} (backward edge) or {@code block} (edge to a
 * merge node), or, for a block with a single predecessor, the target's code inline.
 *
 * <p>Out of SSA: phi copies are emitted on each edge, just before its branch, ordered so that no copy
 * overwrites a local another copy still reads; copies that form a cycle go through the operand stack (push
 * every source, then pop into every destination). So no edge needs splitting and no temporary is needed: an
 * {@code if} keeps each edge's code (copies included) apart, and a {@code switch} routes edges with copies
 * through a {@code block} of their own.
 *
 * <p>Exceptions: the one instruction of a block with handlers that can throw a Java exception runs in a
 * {@code try_table} that catches the Java exception tag into a landing pad, which tests the handlers' catch
 * types in order and branches to the first match (a handler is always a merge node, so it has a label), or
 * rethrows; the landing pad first restores the shadow stack's top ({@link Frame#afterCatch}). A
 * {@code throw} in such a block goes to the same dispatch without a {@code try_table}.
 */
final class Structurer {
    private enum Kind { LOOP, BLOCK, IF, CASE, OTHER }

    private record Frame(Kind kind, Block target) {}

    private final FunctionContext cx;
    private final ControlFlow cfg;
    private final InstructionSelector selector;
    private final List<Frame> frames = new ArrayList<>();

    Structurer(FunctionContext cx, ControlFlow cfg, InstructionSelector selector) {
        this.cx = cx;
        this.cfg = cfg;
        this.selector = selector;
    }

    void emitFunction() {
        doTree(cfg.function().entry());
        List<Instr> body = cx.func.body();
        if (!cx.func.type().func().results().isEmpty() && body.get(body.size() - 1).op == Op.END) {
            cx.emit(Instr.simple(Op.UNREACHABLE));
        }
        Peephole.removeFallthroughBranches(body);
    }

    private void doTree(Block x) {
        List<Block> merges = cfg.mergeChildren(x);
        if (cfg.isLoopHeader(x)) {
            open(Instr.loop(BlockType.EMPTY), Kind.LOOP, x);
            nodeWithin(x, merges, merges.size());
            close();
        } else {
            nodeWithin(x, merges, merges.size());
        }
    }

    private void nodeWithin(Block x, List<Block> merges, int count) {
        if (count == 0) {
            emitBlock(x);
            return;
        }
        Block y = merges.get(count - 1);
        open(Instr.block(BlockType.EMPTY), Kind.BLOCK, y);
        nodeWithin(x, merges, count - 1);
        close();
        doTree(y);
    }

    private void open(Instr opener, Kind kind, Block target) {
        cx.emit(opener);
        frames.add(new Frame(kind, target));
    }

    private void close() {
        cx.emit(Instr.end());
        frames.remove(frames.size() - 1);
    }

    /** The branch depth of the innermost frame of this kind and target. */
    private int depth(Kind kind, Block target) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            Frame f = frames.get(i);
            if (f.kind() == kind && f.target() == target) return frames.size() - 1 - i;
        }
        throw new IllegalStateException("no enclosing " + kind + " for " + target + " in " + cx.method);
    }

    private void emitBlock(Block x) {
        List<Instruction> insns = x.instructions();
        for (int i = 0; i < insns.size() - 1; i++) {
            Instruction insn = insns.get(i);
            if (StackPlan.isGuarded(insn)) guarded(x, insn);
            else selector.emit(insn);
        }
        Insn.Terminator t = x.terminator();
        if (t instanceof Insn.Goto g) {
            branch(x, g.target());
        } else if (t instanceof Insn.If i) {
            conditional(x, i);
        } else if (t instanceof Insn.Switch s) {
            new SwitchEmitter(cx, cfg, this).emit(x, s);
        } else if (t instanceof Insn.Return r) {
            if (r.value() != null) cx.push(r.value(), cx.func.type().func().results().get(0));
            cx.frame.leave();
            cx.emit(Instr.simple(Op.RETURN));
        } else if (t instanceof Insn.Throw th) {
            cx.push(th.operand(0), cx.throwableRef());
            if (x.handlers().isEmpty()) {
                cx.emit(Instr.throw_(cx.helpers.exceptionTag()));
            } else {
                cx.emit(Instr.localSet(exceptionLocal()));
                dispatch(x);
            }
        } else {
            cx.emit(Instr.simple(Op.UNREACHABLE));
        }
    }

    /**
     * An {@code if} terminator. An edge that is a bare branch becomes {@code br_if}. Otherwise one edge's
     * code goes inside an {@code if} without {@code else} and the other's follows it: every edge's code ends
     * in a branch, return or throw, so control never falls out of the {@code if}. The edge inside is chosen
     * so that the condition needs the fewest instructions ({@code ref.is_null} rather than its negation).
     */
    private void conditional(Block x, Insn.If i) {
        Block onTrue = i.ifTrue(), onFalse = i.ifFalse();
        if (onTrue == onFalse) {
            condition(i, false);
            cx.emit(Instr.simple(Op.DROP));
            branch(x, onTrue);
        } else if (isDirect(x, onTrue)) {
            condition(i, false);
            cx.emit(Instr.brIf(directDepth(x, onTrue)));
            branch(x, onFalse);
        } else if (isDirect(x, onFalse)) {
            condition(i, true);
            cx.emit(Instr.brIf(directDepth(x, onFalse)));
            branch(x, onTrue);
        } else {
            boolean negate = cheaperNegated(i);
            condition(i, negate);
            open(Instr.if_(BlockType.EMPTY), Kind.IF, null);
            branch(x, negate ? onFalse : onTrue);
            close();
            branch(x, negate ? onTrue : onFalse);
        }
    }

    /** True if the negated condition is shorter: {@code x != null} and {@code x == 0} test their opposite. */
    private static boolean cheaperNegated(Insn.If i) {
        boolean reference = i.operand(0).type().isReference();
        return reference ? i.cond() == CondOp.NE : i.comparesWithZero() && i.cond() == CondOp.EQ;
    }

    /**
     * Pushes the i32 truth of the condition (or of its negation). References compare as {@code eqref}, and a
     * comparison with the null constant becomes {@code ref.is_null} of the other side.
     */
    private void condition(Insn.If i, boolean negate) {
        CondOp op = negate ? i.cond().negate() : i.cond();
        Insn.Binary fused = selector.fusedComparison(i);
        if (fused != null) {
            selector.fusedCondition(fused, op);
            return;
        }
        Value a = i.operand(0);
        if (!a.type().isReference()) {
            cx.push(a, null);
            if (i.comparesWithZero()) {
                switch (op) {
                    case EQ -> cx.emit(Instr.simple(Op.I32_EQZ));
                    case NE -> { }
                    default -> {
                        cx.emit(Instr.i32Const(0));
                        cx.emit(Instr.simple(intComparison(op)));
                    }
                }
            } else {
                cx.push(i.operand(1), null);
                cx.emit(Instr.simple(intComparison(op)));
            }
            return;
        }
        Value b = i.comparesWithZero() ? null : i.operand(1);
        if (b == null || isNullConstant(b) || isNullConstant(a)) {
            cx.push(b == null || isNullConstant(b) ? a : b, RefType.EQREF);
            cx.emit(Instr.simple(Op.REF_IS_NULL));
        } else {
            cx.push(a, RefType.EQREF);
            cx.push(b, RefType.EQREF);
            cx.emit(Instr.simple(Op.REF_EQ));
        }
        if (op == CondOp.NE) cx.emit(Instr.simple(Op.I32_EQZ));
    }

    static boolean isNullConstant(Value v) {
        return v.definition() instanceof Insn.Const c && c.value() == null;
    }

    private static Op intComparison(CondOp op) {
        return switch (op) {
            case EQ -> Op.I32_EQ;
            case NE -> Op.I32_NE;
            case LT -> Op.I32_LT_S;
            case GE -> Op.I32_GE_S;
            case GT -> Op.I32_GT_S;
            case LE -> Op.I32_LE_S;
        };
    }

    /** True if the edge is a bare {@code br}: no phi copies, and the target has a label. */
    boolean isDirect(Block from, Block to) {
        return !hasCopies(from, to) && (cfg.isBackward(from, to) || cfg.isMerge(to));
    }

    /** The depth a bare branch along a {@link #isDirect direct} edge uses. */
    int directDepth(Block from, Block to) {
        return cfg.isBackward(from, to) ? depth(Kind.LOOP, to) : depth(Kind.BLOCK, to);
    }

    /** Emits the edge: its phi copies, then the branch or the target's code. */
    void branch(Block from, Block to) {
        copies(from, to);
        jump(from, to);
    }

    private void jump(Block from, Block to) {
        if (cfg.isBackward(from, to)) cx.emit(Instr.br(depth(Kind.LOOP, to)));
        else if (cfg.isMerge(to)) cx.emit(Instr.br(depth(Kind.BLOCK, to)));
        else doTree(to);
    }

    /** Opens a switch case block whose code, after its end, is the edge to {@code target}. */
    void openCase(Block target) {
        open(Instr.block(BlockType.EMPTY), Kind.CASE, target);
    }

    int caseDepth(Block target) {
        return depth(Kind.CASE, target);
    }

    void closeCase() {
        close();
    }

    private List<Phi> moves(Block from, Block to) {
        List<Phi> out = new ArrayList<>();
        for (Phi p : to.phis()) {
            Local dest = cx.localIfLive(p.result());
            if (dest == null) continue;
            Value src = p.inputFrom(from);
            if (FunctionContext.isRematerialized(src) || cx.localIfLive(src) != dest) out.add(p);
        }
        return out;
    }

    private boolean hasCopies(Block from, Block to) {
        return !moves(from, to).isEmpty();
    }

    /**
     * The edge's phi copies, sequentialised: a copy runs once no other pending copy still reads its
     * destination; copies left over form cycles (a swap, a rotation), and those push all their sources
     * before writing any destination, the operand stack holding the old values.
     */
    private void copies(Block from, Block to) {
        List<Phi> pending = moves(from, to);
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Phi p : pending) {
                if (readByOther(p, pending, from)) continue;
                cx.push(p.inputFrom(from), cx.typeOf(p.result()));
                cx.emit(Instr.localSet(cx.localOf(p.result())));
                pending.remove(p);
                progress = true;
                break;
            }
        }
        for (Phi p : pending) cx.push(p.inputFrom(from), cx.typeOf(p.result()));
        for (int k = pending.size() - 1; k >= 0; k--) cx.emit(Instr.localSet(cx.localOf(pending.get(k).result())));
    }

    private boolean readByOther(Phi p, List<Phi> pending, Block from) {
        Local dest = cx.localOf(p.result());
        for (Phi q : pending) {
            Value src = q.inputFrom(from);
            if (q != p && !FunctionContext.isRematerialized(src) && cx.localIfLive(src) == dest) return true;
        }
        return false;
    }

    private Local exceptionLocal() {
        return cx.scratch("exception", cx.throwableRef().asNullable());
    }

    /** The throwing instruction inside a try_table whose catch lands in the handler dispatch. */
    private void guarded(Block x, Instruction insn) {
        open(Instr.block(BlockType.EMPTY), Kind.OTHER, null);
        open(Instr.block(BlockType.of(cx.throwableRef())), Kind.OTHER, null);
        open(Instr.tryTable(BlockType.EMPTY, List.of(new Catch(Catch.Kind.CATCH, cx.helpers.exceptionTag(), 0))), Kind.OTHER, null);
        selector.emit(insn);
        close();
        cx.emit(Instr.br(1));
        close();
        cx.emit(Instr.localSet(exceptionLocal()));
        cx.frame.afterCatch();
        dispatch(x);
        close();
    }

    /** With the exception in its local: the first handler whose catch type matches, else rethrow. */
    private void dispatch(Block x) {
        Local exception = exceptionLocal();
        for (Handler h : x.handlers()) {
            String type = h.catchType();
            if (type == null || type.equals(ClassHierarchy.THROWABLE)) {
                exceptionEdge(x, h.target());
                return;
            }
            if (!cx.layout.hierarchy().isClass(type)) continue;
            cx.emit(Instr.localGet(exception));
            cx.emit(Instr.refTest(RefType.nonNull(cx.struct(type))));
            open(Instr.if_(BlockType.EMPTY), Kind.IF, null);
            exceptionEdge(x, h.target());
            close();
        }
        cx.emit(Instr.localGet(exception));
        cx.emit(Instr.simple(Op.REF_AS_NON_NULL));
        cx.emit(Instr.throw_(cx.helpers.exceptionTag()));
    }

    private void exceptionEdge(Block from, Block handler) {
        copies(from, handler);
        Value caught = handler.instructions().get(0).result();
        Local l = caught == null ? null : cx.localIfLive(caught);
        if (l != null) {
            cx.emit(Instr.localGet(exceptionLocal()));
            cx.coerce(cx.throwableRef().asNullable(), cx.typeOf(caught));
            cx.emit(Instr.localSet(l));
        }
        jump(from, handler);
    }
}
