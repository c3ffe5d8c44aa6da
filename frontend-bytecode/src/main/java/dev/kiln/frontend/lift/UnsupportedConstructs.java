package dev.kiln.frontend.lift;

import static org.objectweb.asm.Opcodes.*;

import dev.kiln.frontend.indy.SyntheticClasses;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;

/**
 * Rejects, before any IR is built, the reachable instructions Kiln cannot compile yet, one diagnostic
 * each, so a user sees every problem in a method at once and never gets a function that means something
 * else: invokedynamic with a bootstrap Kiln does not link (see {@link SyntheticClasses}; StringConcatFactory's
 * is the lifter's own) or with bootstrap arguments it cannot link, invokedynamic in class files older than
 * Java 7's, and ldc of method handles, method types and dynamic constants. Dead code is not checked: the lifter
 * drops it.
 */
final class UnsupportedConstructs {
    /** The first class file version with invokedynamic (Java 7, JVMS 4.10.1.9). */
    private static final int INVOKEDYNAMIC_VERSION = 51;

    private UnsupportedConstructs() {}

    static void check(MethodCode code, TypeFrame[] frames) {
        List<Diagnostic> problems = new ArrayList<>();
        for (int i = 0; i < code.size(); i++) {
            if (frames[i] == null) continue;
            String problem = problem(code.insn(i), code.owner.version & 0xFFFF);
            if (problem != null) problems.add(code.site(i).error(problem));
        }
        if (!problems.isEmpty()) throw new CompileError(problems);
    }

    /** @param major the class file's major version */
    private static String problem(AbstractInsnNode n, int major) {
        return switch (n.getOpcode()) {
            case INVOKEDYNAMIC -> {
                InvokeDynamicInsnNode indy = (InvokeDynamicInsnNode) n;
                if (major < INVOKEDYNAMIC_VERSION) {
                    yield "invalid bytecode: invokedynamic in a class file of version " + major + " (it needs version "
                            + INVOKEDYNAMIC_VERSION + " or later)";
                }
                yield ConcatRecipe.isConcat(indy) ? ConcatRecipe.of(indy).problem() : SyntheticClasses.problem(indy);
            }
            case LDC -> {
                Object cst = ((LdcInsnNode) n).cst;
                if (cst instanceof Handle) yield "ldc of a MethodHandle constant is not supported yet";
                if (cst instanceof Type t && t.getSort() == Type.METHOD) {
                    yield "ldc of a MethodType constant is not supported yet";
                }
                if (cst instanceof ConstantDynamic cd) {
                    yield "ldc of a dynamic constant (bootstrap " + name(cd.getBootstrapMethod()) + ") is not supported yet";
                }
                yield null;
            }
            default -> null;
        };
    }

    private static String name(Handle h) {
        return h.getOwner().replace('/', '.') + "." + h.getName();
    }
}
