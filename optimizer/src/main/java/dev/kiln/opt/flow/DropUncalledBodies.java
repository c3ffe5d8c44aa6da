package dev.kiln.opt.flow;

import dev.kiln.ir.Block;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.MethodRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Drops the bodies of the methods nothing calls any more once {@code InlineSmallMethods} has copied them into their
 * callers, so the module has no function for them: a constructor, static or private method that no call names, and an
 * instance method whose name and descriptor no virtual or interface call names (no dispatch can select it). The
 * entry points, the hooks the generated code calls (the type flow's roots) and static initializers stay. Dropping a
 * body can leave more methods uncalled: a worklist of call counts finds them without scanning the program again. The methods stay declared: an inlined copy's
 * position names its method, which the frame table lists for stack traces.
 *
 * <p>Runs once, on the whole program, after the per-method passes' last run (the compiler driver, {@code Kiln}).
 */
public final class DropUncalledBodies {
    private DropUncalledBodies() {}

    /** Drops the bodies; returns how many. {@code roots}: what the generated code calls besides the program's calls. */
    public static int run(IrProgram program, Set<MethodRef> roots) {
        // How many calls name each method, and how many virtual or interface calls each name and descriptor; a dropped
        // body's calls no longer count, and the methods they named are looked at again.
        Map<MethodRef, Integer> named = new HashMap<>();
        Map<String, Integer> dispatched = new HashMap<>();
        Map<String, List<IrMethod>> byNameAndSig = new HashMap<>();
        Deque<IrMethod> work = new ArrayDeque<>();
        for (IrClass c : program.classes()) {
            for (IrMethod m : c.methods()) {
                if (m.body() == null) continue;
                work.add(m);
                byNameAndSig.computeIfAbsent(m.ref().nameAndSig(), k -> new ArrayList<>()).add(m);
                forEachCall(m, call -> {
                    named.merge(call.method(), 1, Integer::sum);
                    if (dispatches(call)) dispatched.merge(call.method().nameAndSig(), 1, Integer::sum);
                });
            }
        }
        int dropped = 0;
        while (!work.isEmpty()) {
            IrMethod m = work.poll();
            if (m.body() == null || m.isStaticInitializer() || roots.contains(m.ref()) || named.getOrDefault(m.ref(), 0) > 0) {
                continue;
            }
            boolean dispatchable = !m.isStatic() && !m.isPrivate() && !m.isConstructor();
            if (dispatchable && dispatched.getOrDefault(m.ref().nameAndSig(), 0) > 0) continue;
            forEachCall(m, call -> {
                named.merge(call.method(), -1, Integer::sum);
                IrMethod callee = program.method(call.method());
                if (callee != null) work.add(callee);
                if (dispatches(call)) {
                    dispatched.merge(call.method().nameAndSig(), -1, Integer::sum);
                    work.addAll(byNameAndSig.getOrDefault(call.method().nameAndSig(), List.of()));
                }
            });
            m.setBody(null);
            dropped++;
        }
        return dropped;
    }

    private static boolean dispatches(Insn.Invoke call) {
        return call.kind() == InvokeKind.VIRTUAL || call.kind() == InvokeKind.INTERFACE;
    }

    private static void forEachCall(IrMethod m, Consumer<Insn.Invoke> action) {
        for (Block b : m.body().blocks()) {
            for (Instruction i : b.instructions()) {
                if (i instanceof Insn.Invoke call) action.accept(call);
            }
        }
    }
}
