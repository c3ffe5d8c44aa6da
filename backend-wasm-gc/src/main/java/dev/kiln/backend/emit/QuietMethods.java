package dev.kiln.backend.emit;

import dev.kiln.backend.layout.ProgramLayout;
import dev.kiln.ir.Block;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.IrMethod;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The methods that can never be on the stack when a stack trace is captured or the stack overflows, so
 * they need no shadow-stack frame and their callers need not record the call site: a method is
 * <em>quiet</em> if everything it calls is quiet, where intrinsics and host imports count as quiet and
 * a call that dispatches at run time, a class initialisation, a check that throws a Java exception
 * ({@link StackPlan#throwsJavaException}; {@code new} only allocates) and reading the shadow stack itself
 * do not. This is the least fixpoint, so a recursive method is never quiet: its frames must count towards
 * the stack limit.
 *
 * <p>Getters, arithmetic helpers and the like come out quiet, which keeps the shadow stack off the
 * hottest small calls.
 */
final class QuietMethods {
    private final Set<IrMethod> quiet = new HashSet<>();

    QuietMethods(ProgramLayout layout, Collection<IrMethod> methods) {
        Map<IrMethod, List<IrMethod>> callers = new HashMap<>();
        Map<IrMethod, Integer> unknownCallees = new HashMap<>();
        Deque<IrMethod> ready = new ArrayDeque<>();
        for (IrMethod m : methods) {
            Set<IrMethod> callees = callees(layout, m);
            if (callees == null) continue;
            unknownCallees.put(m, callees.size());
            for (IrMethod c : callees) callers.computeIfAbsent(c, k -> new ArrayList<>()).add(m);
            if (callees.isEmpty()) ready.add(m);
        }
        while (!ready.isEmpty()) {
            IrMethod m = ready.remove();
            quiet.add(m);
            for (IrMethod caller : callers.getOrDefault(m, List.of())) {
                if (unknownCallees.merge(caller, -1, Integer::sum) == 0) ready.add(caller);
            }
        }
    }

    boolean isQuiet(IrMethod m) {
        return quiet.contains(m);
    }

    /** The methods with a body that {@code m} calls, or null if it does anything that is never quiet. */
    private static Set<IrMethod> callees(ProgramLayout layout, IrMethod m) {
        Set<IrMethod> out = new HashSet<>();
        for (Block b : m.body().blocks()) {
            for (Instruction insn : b.instructions()) {
                if (insn instanceof Insn.Invoke i) {
                    IrMethod target = Calls.directTarget(layout, i);
                    if (target == null || ShadowStack.readsStack(target)) return null;
                    if (target.nativeBinding() == null) out.add(target);
                } else if (!(insn instanceof Insn.Terminator || insn instanceof Insn.New)
                        && StackPlan.throwsJavaException(insn)) {
                    return null;
                }
            }
        }
        return out;
    }
}
