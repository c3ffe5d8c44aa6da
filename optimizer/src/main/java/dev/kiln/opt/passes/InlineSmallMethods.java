package dev.kiln.opt.passes;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.InsnCopier;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.NativeBinding;
import dev.kiln.ir.Phi;
import dev.kiln.ir.Value;
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
 * and the calls {@code DevirtualizeCalls} made direct) of a small method that can neither throw nor call anything
 * that could by a copy of its body: getters, setters, constructors that store their arguments, small arithmetic.
 *
 * <pre>
 *   v5 = invoke.special t.Point.getX()int v3          →     v9 = getfield t.Point.x:int v3
 *   v6 = add int v5, v5                                     v6 = add int v9, v9
 * </pre>
 *
 * A callee qualifies when its body has at most {@link #MAX_INSTRUCTIONS} instructions, no exception handlers, no
 * {@code throw} or {@code unreachable}, at least one {@code return}, no phi in its entry block, and no instruction that may throw except calls of methods that qualify
 * themselves (its own calls are inlined in turn: {@code Object.<init>} inside a constructor) and of intrinsics that
 * do not read the shadow stack. Such a method is never on the stack when a stack trace is taken, so removing its frame
 * changes no trace, and no exception edge is needed for the copy. A one-block callee is spliced in where the call
 * was; a larger one gets its blocks copied, the call's block split after the call, each {@code return} a
 * {@code goto} to the rest and the result a phi there. The copies take the call's position (line), since they
 * stand for it in the caller. Calls in blocks with exception handlers are left alone
 * (they need the handlers' phis kept exact), as is a call of the function itself.
 *
 * <p>Not done here: callees that may throw (their frame would be missing from the exception's stack trace; that
 * needs inlined frames in the frame table) and virtual calls with several targets (a guarded inline).
 */
public final class InlineSmallMethods implements Pass {
    /** The most instructions (terminators included) a callee's body may have. */
    static final int MAX_INSTRUCTIONS = 24;
    /** The most calls inlined into one function in one run, which bounds its growth. */
    static final int MAX_INLINED = 200;
    private static final int MAX_DEPTH = 4;
    private static final Set<String> STACK_INTRINSICS = Set.of("kiln.stack_top", "kiln.stack_slot", "kiln.frame_table");

    @Override
    public boolean run(PassContext ctx, Function fn) {
        Map<IrMethod, Boolean> verdicts = new HashMap<>();
        int inlined = 0;
        boolean progress = true;
        while (progress && inlined < MAX_INLINED) {
            progress = false;
            for (Block b : List.copyOf(fn.blocks())) {
                if (!b.handlers().isEmpty()) continue;
                for (Instruction i : b.instructions()) {
                    if (!(i instanceof Insn.Invoke call) || call.kind() == InvokeKind.VIRTUAL || call.kind() == InvokeKind.INTERFACE) {
                        continue;
                    }
                    IrMethod callee = ctx.program().method(call.method());
                    if (callee == null || callee.body() == null || callee.body() == fn
                            || !qualifies(ctx, callee, verdicts, 0, new HashSet<>())) {
                        continue;
                    }
                    inline(fn, b, call, callee.body());
                    inlined++;
                    progress = true;
                    break;
                }
                if (progress) break;
            }
        }
        return inlined > 0;
    }

    /** True if {@code m}'s body may replace a call of it (see the class comment). */
    private static boolean qualifies(PassContext ctx, IrMethod m, Map<IrMethod, Boolean> verdicts, int depth, Set<IrMethod> open) {
        Boolean known = verdicts.get(m);
        if (known != null) return known;
        if (depth > MAX_DEPTH || !open.add(m)) return false;
        boolean ok = check(ctx, m, verdicts, depth, open);
        open.remove(m);
        verdicts.put(m, ok);
        return ok;
    }

    private static boolean check(PassContext ctx, IrMethod m, Map<IrMethod, Boolean> verdicts, int depth, Set<IrMethod> open) {
        Function body = m.body();
        if (body == null || !body.entry().phis().isEmpty()) return false;
        int size = 0;
        boolean returns = false;
        for (Block b : body.blocks()) {
            if (!b.handlers().isEmpty()) return false;
            for (Instruction i : b.instructions()) {
                if (++size > MAX_INSTRUCTIONS || i instanceof Insn.Unreachable) return false;
                returns |= i instanceof Insn.Return;
                if (!i.mayThrow()) continue;
                if (!(i instanceof Insn.Invoke call) || call.kind() == InvokeKind.VIRTUAL || call.kind() == InvokeKind.INTERFACE) {
                    return false;
                }
                IrMethod callee = ctx.program().method(call.method());
                if (callee == null) return false;
                if (callee.nativeBinding() instanceof NativeBinding.Intrinsic intrinsic) {
                    if (STACK_INTRINSICS.contains(intrinsic.name())) return false;
                } else if (!qualifies(ctx, callee, verdicts, depth + 1, open)) {
                    return false;
                }
            }
        }
        return returns;
    }

    /** Replaces {@code call}, in {@code b}, by a copy of {@code callee}. */
    private static void inline(Function fn, Block b, Insn.Invoke call, Function callee) {
        Map<Value, Value> values = new HashMap<>();
        for (int k = 0; k < callee.params().size(); k++) values.put(callee.params().get(k), call.operand(k));
        if (callee.blocks().size() == 1) {
            spliceOneBlock(fn, b, call, callee.entry(), values);
        } else {
            copyBlocks(fn, b, call, callee, values);
        }
    }

    private static void spliceOneBlock(Function fn, Block b, Insn.Invoke call, Block body, Map<Value, Value> values) {
        InsnCopier copier = new InsnCopier(fn, values, Map.of());
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
                    out.add(copier.copy(ci).at(call.pos()));
                }
            }
        }
        b.replaceInstructions(out);
        if (call.result() != null) fn.replaceAllUses(call.result(), returned);
    }

    private static void copyBlocks(Function fn, Block b, Insn.Invoke call, Function callee, Map<Value, Value> values) {
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
        Map<Block, Block> blocks = new HashMap<>();
        for (Block cb : order) blocks.put(cb, fn.newBlock());
        InsnCopier copier = new InsnCopier(fn, values, blocks);
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
                    copy.add(copier.copy(ci).at(call.pos()));
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
