package dev.kiln.frontend.lift;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import dev.kiln.ir.Function;
import dev.kiln.ir.text.IrPrinter;
import dev.kiln.ir.verify.IrVerifier;
import dev.kiln.ir.verify.VerifierResult;
import java.util.List;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/** Lifting helpers shared by the lifter tests. */
final class LiftAssertions {
    private LiftAssertions() {}

    static MethodNode method(ClassNode cn, String name) {
        for (MethodNode m : cn.methods) if (m.name.equals(name)) return m;
        throw new IllegalArgumentException("no method " + name + " in " + cn.name);
    }

    /** Lifts a method, checks it with the IR verifier and checks the lifter's promised shape. */
    static Function lift(ClassNode cn, String name, LiftContext ctx) {
        return lift(cn, method(cn, name), ctx);
    }

    static Function lift(ClassNode cn, MethodNode m, LiftContext ctx) {
        Function fn = MethodLifter.lift(cn, m, ctx, cn.sourceFile);
        VerifierResult result = IrVerifier.verify(fn);
        assertTrue(result.isValid(), () -> "invalid IR:\n" + result.render());
        LiftedShape.check(fn);
        return fn;
    }

    /** The listing of every method of {@code cn} that has code, as the golden files hold them. */
    static String listing(ClassNode cn, LiftContext ctx) {
        StringBuilder out = new StringBuilder("; " + cn.name.replace('/', '.') + " lifted\n");
        for (MethodNode m : cn.methods) {
            if (m.instructions.size() == 0) continue;
            out.append('\n').append(IrPrinter.print(lift(cn, m, ctx)));
        }
        return out.toString();
    }

    /** The diagnostics lifting a method must fail with. */
    static List<Diagnostic> failures(ClassNode cn, String name, LiftContext ctx) {
        return assertThrows(CompileError.class, () -> MethodLifter.lift(cn, method(cn, name), ctx, cn.sourceFile))
                .diagnostics();
    }
}
