package dev.kiln.opt.flow;

import dev.kiln.ir.Block;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.MethodRef;
import java.util.HashSet;
import java.util.Set;

/**
 * Drops the bodies of the methods nothing calls any more once {@code InlineSmallMethods} has copied them into their
 * callers, so the module has no function for them: a constructor, static or private method that no call names, and an
 * instance method whose name and descriptor no virtual or interface call names (no dispatch can select it). The
 * entry points, the hooks the generated code calls (the type flow's roots) and static initializers stay. Dropping a
 * body can leave more methods uncalled, so it repeats until none is. The methods stay declared: an inlined copy's
 * position names its method, which the frame table lists for stack traces.
 *
 * <p>Runs once, on the whole program, after the per-method passes' last run (the compiler driver, {@code Kiln}).
 */
public final class DropUncalledBodies {
    private DropUncalledBodies() {}

    /** Drops the bodies; returns how many. {@code roots}: what the generated code calls besides the program's calls. */
    public static int run(IrProgram program, Set<MethodRef> roots) {
        int dropped = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            Set<MethodRef> named = new HashSet<>();
            Set<String> dispatched = new HashSet<>();
            for (IrClass c : program.classes()) {
                for (IrMethod m : c.methods()) {
                    if (m.body() == null) continue;
                    for (Block b : m.body().blocks()) {
                        for (Instruction i : b.instructions()) {
                            if (!(i instanceof Insn.Invoke call)) continue;
                            named.add(call.method());
                            if (call.kind() == InvokeKind.VIRTUAL || call.kind() == InvokeKind.INTERFACE) {
                                dispatched.add(call.method().nameAndSig());
                            }
                        }
                    }
                }
            }
            for (IrClass c : program.classes()) {
                for (IrMethod m : c.methods()) {
                    if (m.body() == null || m.isStaticInitializer() || roots.contains(m.ref()) || named.contains(m.ref())) continue;
                    boolean dispatchable = !m.isStatic() && !m.isPrivate() && !m.isConstructor();
                    if (dispatchable && dispatched.contains(m.ref().nameAndSig())) continue;
                    m.setBody(null);
                    dropped++;
                    changed = true;
                }
            }
        }
        return dropped;
    }
}
