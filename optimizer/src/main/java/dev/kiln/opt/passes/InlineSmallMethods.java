package dev.kiln.opt.passes;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.HiddenFrames;
import dev.kiln.ir.Insn;
import dev.kiln.ir.InsnCopier;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.NativeBinding;
import dev.kiln.ir.Phi;
import dev.kiln.ir.SourcePos;
import dev.kiln.ir.Value;
import dev.kiln.ir.analysis.LoopInfo;
import dev.kiln.ir.analysis.ReversePostorder;
import dev.kiln.opt.Pass;
import dev.kiln.opt.PassContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces each direct call ({@code invoke.static}, {@code invoke.special}: constructors, private and super methods,
 * and the calls {@code DevirtualizeCalls} made direct) of a small method by a copy of its body: getters, setters,
 * constructors, {@code String.charAt}, {@code ArrayList.get}, small arithmetic.
 *
 * <pre>
 *   v5 = invoke.special t.Point.getX()int v3 @4:7    →     v9 = getfield t.Point.x:int v3 @1:12 inlined t.Point.getX()int @4:7
 *   v6 = add int v5, v5                                     v6 = add int v9, v9
 * </pre>
 *
 * A callee qualifies when its body has at most {@link #MAX_INSTRUCTIONS} instructions, no exception handlers, no
 * monitor, no phi in its entry block, at least one {@code return}, and no call of an intrinsic that reads the shadow
 * stack. Each copied instruction keeps its position in the callee, {@linkplain SourcePos#inlinedInto inlined at} the
 * call's: a check or call in it records an inlined site, and the runtime shows the callee's frame above the caller's,
 * as the call would have (docs/RUNTIME-CONTRACT.md, "Stack traces"). So a callee that may throw is inlined only where
 * frames show: not into methods of hidden classes ({@link HiddenFrames}: Kiln's runtime, lambda proxies), unless it
 * is hidden too, or {@linkplain Verdict#QUIET quiet}. A quiet callee (a getter, a constructor that stores its
 * arguments) costs little more than its call, so it is copied wherever it is called; one that may throw carries its
 * checks and calls along, so it is copied only into loops, unless it has at most {@link #MAX_OUTSIDE_LOOPS}
 * instructions. When size matters more ({@link PassContext#favorSize}: {@code -Os}, {@code -Oz}), only quiet callees
 * of at most {@link #MAX_FOR_SIZE} instructions are copied: Binaryen cannot undo a copy. A one-block callee is spliced in where the call was; a larger
 * one gets its blocks copied, the call's block split after the call, each {@code return} a {@code goto} to the rest
 * and the result a phi there. Methods on a cycle of calls are not copied. The copies' own direct calls are inlined in turn, but never a method into code inlined
 * from it (that would unroll a recursion), and a function grows by at most {@link #MAX_INLINED} calls and
 * {@link #MAX_GROWTH} instructions.
 *
 * <p>Calls in a block that ends in {@code throw} or {@code unreachable} stay calls: that code builds an exception.
 *
 * <p>Not done here: calls in blocks with exception handlers (each throwing copy would need the handlers, and blocks
 * split so that each has one instruction that may throw), callees with handlers, and virtual calls with several
 * targets (a guarded inline).
 */
public final class InlineSmallMethods implements Pass {
    /** The most instructions (terminators included) a callee's body may have. */
    static final int MAX_INSTRUCTIONS = 16;
    /** The most instructions of a callee copied when size matters ({@link PassContext#favorSize}): quiet ones only. */
    static final int MAX_FOR_SIZE = 8;
    /** The most instructions a callee that may throw may have to be copied outside loops, where a copy costs size. */
    static final int MAX_OUTSIDE_LOOPS = 8;
    /** The most calls inlined into one function in one run, and the most instructions they may add: bounds growth. */
    static final int MAX_INLINED = 200;
    static final int MAX_GROWTH = 2000;
    private static final int MAX_DEPTH = 4;
    private static final Set<String> STACK_INTRINSICS = Set.of("kiln.stack_top", "kiln.stack_slot", "kiln.frame_table");

    /** What a callee's body is to a caller. */
    private enum Verdict {
        /** Not copied: too large, handlers, no return, a monitor, a read of the shadow stack. */
        NO,
        /** Cannot throw, nor call anything but methods that cannot and intrinsics: never on the stack in a trace. */
        QUIET,
        /** May throw or call: its instructions keep their positions in it, inlined at the call (SourcePos.inlined). */
        VISIBLE
    }

    @Override
    public boolean run(PassContext ctx, Function fn) {
        Map<IrMethod, Verdict> verdicts = new HashMap<>();
        // The blocks in loops, found when a callee first needs it, and then the copies made in them.
        Set<Block> inLoops = null;
        boolean hiddenCaller = fn.method() != null && HiddenFrames.isHidden(ctx.program(), fn.method().owner());
        int inlined = 0;
        int growth = 0;
        boolean progress = true;
        // Blocks before the one last inlined into are done: the scan resumes at that block, whose copies' own calls
        // come next, and reaches the blocks the copy added at the end.
        int from = 0;
        while (progress && inlined < MAX_INLINED && growth < MAX_GROWTH) {
            progress = false;
            for (int index = from; index < fn.blocks().size(); index++) {
                Block b = fn.blocks().get(index);
                // A block that ends by throwing builds the exception: cold code, where a copy only costs size.
                if (!b.handlers().isEmpty() || b.terminator() instanceof Insn.Throw || b.terminator() instanceof Insn.Unreachable) {
                    continue;
                }
                for (Instruction i : b.instructions()) {
                    if (!(i instanceof Insn.Invoke call) || call.kind() == InvokeKind.VIRTUAL || call.kind() == InvokeKind.INTERFACE) {
                        continue;
                    }
                    IrMethod callee = ctx.program().method(call.method());
                    if (callee == null || callee.body() == null || callee.body() == fn || inlinedFrom(call, callee)) continue;
                    Verdict v = verdict(ctx, callee, verdicts, 0, new HashSet<>());
                    // A caller without frames (Kiln's runtime, a lambda proxy) could not show the callee's.
                    if (v == Verdict.NO || v == Verdict.VISIBLE && hiddenCaller
                            && !HiddenFrames.isHidden(ctx.program(), callee.owner())
                            || ctx.favorSize() && (v == Verdict.VISIBLE || size(callee) > MAX_FOR_SIZE)) {
                        continue;
                    }
                    if (v == Verdict.VISIBLE && size(callee) > MAX_OUTSIDE_LOOPS) {
                        if (inLoops == null) inLoops = blocksInLoops(fn);
                        if (!inLoops.contains(b)) continue;
                    }
                    int blocksBefore = fn.blocks().size();
                    growth += inline(fn, b, call, callee);
                    if (inLoops != null && inLoops.contains(b)) inLoops.addAll(fn.blocks().subList(blocksBefore, fn.blocks().size()));
                    inlined++;
                    progress = true;
                    from = index;
                    break;
                }
                if (progress) break;
            }
        }
        return inlined > 0;
    }

    private static Set<Block> blocksInLoops(Function fn) {
        LoopInfo loops = LoopInfo.compute(fn);
        Set<Block> in = new HashSet<>();
        for (Block b : fn.blocks()) if (loops.depth(b) > 0) in.add(b);
        return in;
    }

    private static int size(IrMethod m) {
        int size = 0;
        for (Block b : m.body().blocks()) size += b.instructions().size();
        return size;
    }

    /** True if the call is in code inlined from {@code callee}: copying it again would unroll a recursion. */
    private static boolean inlinedFrom(Insn.Invoke call, IrMethod callee) {
        for (SourcePos p = call.pos(); p.inlined() != null; p = p.inlined().site()) {
            if (p.inlined().method().equals(callee.ref())) return true;
        }
        return false;
    }

    private static Verdict verdict(PassContext ctx, IrMethod m, Map<IrMethod, Verdict> verdicts, int depth, Set<IrMethod> open) {
        Verdict known = verdicts.get(m);
        if (known != null) return known;
        if (depth > MAX_DEPTH || !open.add(m)) return Verdict.NO;
        Verdict v = check(ctx, m, verdicts, depth, open);
        open.remove(m);
        verdicts.put(m, v);
        return v;
    }

    private static Verdict check(PassContext ctx, IrMethod m, Map<IrMethod, Verdict> verdicts, int depth, Set<IrMethod> open) {
        Function body = m.body();
        if (body == null || !body.entry().phis().isEmpty()) return Verdict.NO;
        // A method on a cycle of calls (the type flow lists them): copying it unrolls a recursion, which rarely pays.
        Set<MethodRef> recursive = ctx.program().stackLimitCheckers();
        if (recursive != null && recursive.contains(m.ref())) return Verdict.NO;
        int size = 0;
        boolean returns = false;
        boolean quiet = true;
        for (Block b : body.blocks()) {
            if (!b.handlers().isEmpty()) return Verdict.NO;
            for (Instruction i : b.instructions()) {
                if (++size > MAX_INSTRUCTIONS || i instanceof Insn.Monitor || i instanceof Insn.Caught) return Verdict.NO;
                returns |= i instanceof Insn.Return;
                if (!i.mayThrow() && !(i instanceof Insn.Unreachable)) continue;
                if (!(i instanceof Insn.Invoke call)) {
                    quiet = false;
                    continue;
                }
                IrMethod callee = ctx.program().method(call.method());
                if (callee != null && callee.nativeBinding() instanceof NativeBinding.Intrinsic intrinsic) {
                    if (STACK_INTRINSICS.contains(intrinsic.name())) return Verdict.NO;
                } else if (call.kind() == InvokeKind.VIRTUAL || call.kind() == InvokeKind.INTERFACE || callee == null
                        || verdict(ctx, callee, verdicts, depth + 1, open) != Verdict.QUIET) {
                    quiet = false;
                }
            }
        }
        if (!returns) return Verdict.NO;
        return quiet ? Verdict.QUIET : Verdict.VISIBLE;
    }

    /** Replaces {@code call}, in {@code b}, by a copy of {@code method}'s body; returns how many instructions that added. */
    private static int inline(Function fn, Block b, Insn.Invoke call, IrMethod method) {
        Function callee = method.body();
        Map<Value, Value> values = new HashMap<>();
        for (int k = 0; k < callee.params().size(); k++) values.put(callee.params().get(k), call.operand(k));
        InsnCopier copier = new InsnCopier(fn, values, new HashMap<>(), pos -> pos.inlinedInto(method.ref(), call.pos()));
        int size = size(method);
        if (callee.blocks().size() == 1 && callee.entry().terminator() instanceof Insn.Return) {
            spliceOneBlock(fn, b, call, callee.entry(), values, copier);
        } else {
            copyBlocks(fn, b, call, callee, values, copier);
        }
        return size;
    }

    private static void spliceOneBlock(Function fn, Block b, Insn.Invoke call, Block body, Map<Value, Value> values,
                                       InsnCopier copier) {
        List<Instruction> out = new ArrayList<>();
        Value returned = null;
        for (Instruction i : b.instructions()) {
            if (i != call) {
                out.add(i);
                continue;
            }
            for (Instruction ci : body.instructions()) {
                if (ci instanceof Insn.Return r) {
                    returned = r.value() == null ? null : values.getOrDefault(r.value(), r.value());
                } else {
                    out.add(copier.copy(ci));
                }
            }
        }
        b.replaceInstructions(out);
        if (call.result() != null) fn.replaceAllUses(call.result(), returned);
    }

    private static void copyBlocks(Function fn, Block b, Insn.Invoke call, Function callee, Map<Value, Value> values,
                                   InsnCopier copier) {
        // Split b after the call: the rest moves to a new block, which b's successors now see as their predecessor.
        Block rest = fn.newBlock();
        List<Instruction> before = new ArrayList<>();
        List<Instruction> after = new ArrayList<>();
        boolean seen = false;
        for (Instruction i : b.instructions()) {
            if (i == call) {
                seen = true;
            } else if (seen) {
                after.add(i);
            } else {
                before.add(i);
            }
        }
        for (Block s : b.successors()) {
            for (Phi p : s.phis()) {
                for (Phi.Input in : p.inputs()) if (in.from() == b) in.setFrom(rest);
            }
        }

        // In reverse postorder, so that each value is copied before its uses (a definition dominates its uses);
        // blocks the callee's entry cannot reach are left out.
        List<Block> order = ReversePostorder.of(callee);
        Map<Block, Block> blocks = copier.blocks();
        for (Block cb : order) blocks.put(cb, fn.newBlock());
        // Phis first, all of them, so that copies of instructions can refer to phis of later blocks.
        List<Phi> phiCopies = new ArrayList<>();
        for (Block cb : order) {
            for (Phi p : cb.phis()) {
                Phi copy = new Phi(fn.newValue(p.result().type()));
                values.put(p.result(), copy.result());
                blocks.get(cb).addPhi(copy);
                phiCopies.add(copy);
            }
        }
        List<Block> returning = new ArrayList<>();
        List<Value> results = new ArrayList<>();
        for (Block cb : order) {
            Block copy = blocks.get(cb);
            for (Instruction ci : cb.instructions()) {
                if (ci instanceof Insn.Return r) {
                    returning.add(copy);
                    if (r.value() != null) results.add(r.value());
                    copy.add(new Insn.Goto(rest).at(call.pos()));
                } else {
                    copy.add(copier.copy(ci));
                }
            }
        }
        int k = 0;
        for (Block cb : order) {
            for (Phi p : cb.phis()) {
                Phi copy = phiCopies.get(k++);
                for (Phi.Input in : p.inputs()) {
                    Block from = blocks.get(in.from());
                    if (from != null) copy.addInput(from, values.getOrDefault(in.value(), in.value()));
                }
            }
        }
        before.add(new Insn.Goto(blocks.get(callee.entry())).at(call.pos()));
        b.replaceInstructions(before);
        rest.replaceInstructions(after);

        if (call.result() == null) return;
        Value result;
        if (returning.size() == 1) {
            result = values.getOrDefault(results.get(0), results.get(0));
        } else {
            Phi merge = new Phi(fn.newValue(call.result().type()));
            for (int r = 0; r < returning.size(); r++) {
                Value v = results.get(r);
                merge.addInput(returning.get(r), values.getOrDefault(v, v));
            }
            rest.addPhi(merge);
            result = merge.result();
        }
        fn.replaceAllUses(call.result(), result);
    }
}
