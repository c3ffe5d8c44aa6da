package dev.kiln.opt.flow;

import dev.kiln.ir.Block;
import dev.kiln.ir.Flag;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.JType;
import dev.kiln.ir.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes each virtual or interface call whose receivers all select one method a direct call of that method, from the
 * {@link TypeFlowAnalysis}'s types: the types that reach the receiver at that call, not only the classes the program
 * instantiates, so a {@code List} that is only ever an {@code ArrayList} there calls {@code ArrayList.size} directly.
 *
 * <pre>
 *   nullcheck v3 "..."
 *   v4 = invoke.interface java.util.List.size()int v3        (only ArrayLists reach v3)
 *   →
 *   nullcheck v3 "..."
 *   v4 = invoke.special java.util.ArrayList.size()int v3
 * </pre>
 *
 * The receiver's null check is its own instruction before the call, so it stays as it was. A call no receiver reaches
 * (only null, or nothing yet) is left alone; so is a call of a native method (an intrinsic or host import stands for
 * the declared method, and dispatch never selects one). Direct calls let the per-method passes inline the callee
 * ({@code InlineSmallMethods}) and the backend call it without a table lookup.
 *
 * <p>Runs before the pruning, which keeps a method some call names as a slot ({@code named}).
 *
 * <p>An interface call with several targets whose classes share a superclass that declares the method publicly goes
 * through that class's vtable instead: {@code List.get} on {@code ArrayList}s and {@code Arrays.asList} lists is
 * {@code AbstractList.get}'s slot. A vtable call loads the function from the receiver's vtable; an interface call
 * loads the itable from the vtable, the interface's method table from the itable, casts it, and loads the function
 * from it (measured in docs/OPTIMIZER.md). The receiver gets a {@code cast} to the superclass, which the type flow
 * proved: every receiver selects one of the targets, so it is a subclass of their common superclass.
 *
 * <pre>
 *   v4 = invoke.interface java.util.List.get(int)java.lang.Object v3, v2       (ArrayList and Arrays$ArrayList)
 *   →
 *   v5 = cast java.util.AbstractList v3
 *   v4 = invoke.virtual java.util.AbstractList.get(int)java.lang.Object v5, v2
 * </pre>
 */
final class DevirtualizeCalls {
    private DevirtualizeCalls() {}

    /** Rewrites the calls of {@code m}'s body; returns how many became direct or went from an itable to a vtable. */
    static int run(IrProgram program, IrMethod m, Map<Insn.Invoke, Set<IrMethod>> targets, Set<IrMethod> named) {
        int changed = 0;
        for (Block b : m.body().blocks()) {
            List<Instruction> insns = new ArrayList<>(b.instructions());
            boolean any = false;
            for (int k = 0; k < insns.size(); k++) {
                if (!(insns.get(k) instanceof Insn.Invoke call)
                        || call.kind() != InvokeKind.VIRTUAL && call.kind() != InvokeKind.INTERFACE) {
                    continue;
                }
                Set<IrMethod> selected = targets.get(call);
                if (selected == null || selected.isEmpty()) continue;
                if (selected.size() > 1) {
                    IrMethod shared = call.kind() == InvokeKind.INTERFACE ? sharedSlot(program, call, selected) : null;
                    if (shared == null) continue;
                    named.add(shared); // the slot the call now dispatches through
                    List<Value> args = new ArrayList<>(call.operands());
                    String common = commonSuperclass(program, selected);
                    Value receiver = m.body().newValue(JType.object(common));
                    insns.add(k, new Insn.CheckCast(receiver, JType.object(common), args.get(0), true).at(call.pos()));
                    args.set(0, receiver);
                    insns.set(++k, new Insn.Invoke(call.result(), InvokeKind.VIRTUAL, shared.ref(), args).at(call.pos()));
                    any = true;
                    changed++;
                    continue;
                }
                IrMethod target = selected.iterator().next();
                if (target.isNative() || target.isAbstract()) continue;
                insns.set(k, new Insn.Invoke(call.result(), InvokeKind.SPECIAL, target.ref(), call.operands()).at(call.pos()));
                any = true;
                changed++;
            }
            if (any) b.replaceInstructions(insns);
        }
        return changed;
    }

    /**
     * The public instance method of the targets' common superclass (declared there or inherited) that an interface
     * call of {@code call}'s method can dispatch through, or null: the targets must all be class methods, and the
     * common superclass other than {@code Object} (whose few public methods no interface call dispatches to usefully).
     */
    private static IrMethod sharedSlot(IrProgram program, Insn.Invoke call, Set<IrMethod> selected) {
        String common = commonSuperclass(program, selected);
        if (common == null || common.equals("java.lang.Object")) return null;
        for (IrClass c = program.clazz(common); c != null; c = c.superName() == null ? null : program.clazz(c.superName())) {
            for (IrMethod d : c.methods()) {
                if (d.ref().sameNameAndSig(call.method())) {
                    boolean dispatchable = !d.isStatic() && !d.isPrivate() && !d.isNative() && d.flags().contains(Flag.PUBLIC)
                            && !c.isInterface();
                    return dispatchable ? d : null;
                }
            }
        }
        return null;
    }

    /** The nearest class that every target's class is or extends, or null if a target is an interface's. */
    private static String commonSuperclass(IrProgram program, Set<IrMethod> selected) {
        String common = null;
        for (IrMethod t : selected) {
            IrClass owner = program.clazz(t.owner());
            if (owner == null || owner.isInterface()) return null;
            if (common == null) {
                common = owner.name();
                continue;
            }
            while (common != null && !program.isSubclassOf(owner.name(), common)) {
                IrClass c = program.clazz(common);
                common = c == null ? null : c.superName();
            }
            if (common == null) return null;
        }
        return common;
    }
}
