package dev.kiln.frontend.lift;

import static org.objectweb.asm.Opcodes.*;

import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodSig;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Rejects every reachable call of a reflection API, one diagnostic each at the call, naming the API. A
 * Kiln program is compiled ahead of time as a closed world and keeps no metadata about members, so such
 * a call can only be refused: answering it (an empty {@code getMethods()}, a {@code newInstance} of
 * nothing) would be a program that means something else. The reflection APIs are the methods of
 * {@code java.lang.reflect}, {@code java.lang.invoke} and {@code java.lang.ClassLoader}, and the methods of
 * {@code java.lang.Class} that the runtime library does not provide (members, constructors,
 * {@code newInstance}, annotations, class loaders, resources and the like). What {@code java.lang.Class}
 * does provide (names, the hierarchy, {@code isInstance}, {@code forName}, enum constants) needs no
 * metadata beyond the class graph and works, and so do {@code java.lang.reflect.Array.newInstance(Class, int)}
 * and {@code getLength}.
 */
final class ReflectionCalls {
    private static final String CLASS = "java.lang.Class";
    private static final List<String> PACKAGES = List.of("java.lang.reflect.", "java.lang.invoke.");
    private static final String CLASS_LOADER = "java.lang.ClassLoader";
    /**
     * Methods in those packages that need no member metadata and that runtime-lib provides
     * (docs/CLASS-LIBRARY.md, "Arrays from Class objects").
     */
    private static final Set<String> PROVIDED = Set.of(
            "java.lang.reflect.Array.newInstance(Ljava/lang/Class;I)Ljava/lang/Object;",
            "java.lang.reflect.Array.getLength(Ljava/lang/Object;)I",
            "java.lang.reflect.Array.newArray(Ljava/lang/Class;I)Ljava/lang/Object;");

    private ReflectionCalls() {}

    static void check(MethodCode code, TypeFrame[] frames, LiftContext ctx) {
        List<Diagnostic> problems = new ArrayList<>();
        for (int i = 0; i < code.size(); i++) {
            if (frames[i] != null && code.insn(i) instanceof MethodInsnNode call && isReflection(call, ctx, code.site(i))) {
                problems.add(code.site(i).error("reflection is not supported: " + describe(call)
                        + " needs run-time metadata about classes and members, which a Kiln program does not have"));
            }
        }
        if (!problems.isEmpty()) throw new CompileError(problems);
    }

    private static boolean isReflection(MethodInsnNode call, LiftContext ctx, Site site) {
        String owner = JType.fromInternalName(call.owner).toString();
        if (owner.equals(CLASS_LOADER)) return true;
        if (PROVIDED.contains(owner + "." + call.name + call.desc)) return false;
        for (String p : PACKAGES) if (owner.startsWith(p)) return true;
        if (!owner.equals(CLASS)) return false;
        try {
            ctx.resolveMethod(kind(call), owner, call.name, MethodSig.fromDescriptor(call.desc), call.itf, site);
            return false;
        } catch (CompileError notProvided) {
            return true;
        }
    }

    private static InvokeKind kind(MethodInsnNode call) {
        return switch (call.getOpcode()) {
            case INVOKESTATIC -> InvokeKind.STATIC;
            case INVOKESPECIAL -> InvokeKind.SPECIAL;
            case INVOKEINTERFACE -> InvokeKind.INTERFACE;
            default -> InvokeKind.VIRTUAL;
        };
    }

    /** {@code java.lang.Class.getMethods()}: the owner, name and parameter types as in source. */
    private static String describe(MethodInsnNode call) {
        StringBuilder sb = new StringBuilder(JType.fromInternalName(call.owner).toString()).append('.').append(call.name).append('(');
        List<JType> params = MethodSig.fromDescriptor(call.desc).params();
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(params.get(i));
        }
        return sb.append(')').toString();
    }
}
