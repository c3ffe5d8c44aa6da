package dev.kiln.frontend.lift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.objectweb.asm.Opcodes.*;

import dev.kiln.ir.Diagnostic;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.tree.ClassNode;

/**
 * {@code @dev.kiln.runtime.TrustedArrayAccess}: the runtime's array helpers whose callers check the ranges get no
 * null or bounds checks on their array accesses (and keep every other check); anywhere but in
 * {@code dev.kiln.runtime} the annotation is a compile error, since the checks it drops are Java's.
 */
class TrustedArrayAccessTest {
    private static final String TRUSTED = "Ldev/kiln/runtime/TrustedArrayAccess;";

    private final ClassNodes classes = new ClassNodes();
    private final TestContext ctx = new TestContext(classes);

    /** {@code static int copy(byte[] a, int[] b, int i)}: {@code b[i] = a[i] + a.length + 10 / i}. */
    private static Consumer<MethodVisitor> body(boolean trusted) {
        return mv -> {
            if (trusted) mv.visitAnnotation(TRUSTED, false).visitEnd();
            mv.visitVarInsn(ALOAD, 1);
            mv.visitVarInsn(ILOAD, 2);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(ILOAD, 2);
            mv.visitInsn(BALOAD);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitInsn(ARRAYLENGTH);
            mv.visitInsn(IADD);
            mv.visitIntInsn(BIPUSH, 10);
            mv.visitVarInsn(ILOAD, 2);
            mv.visitInsn(IDIV);
            mv.visitInsn(IADD);
            mv.visitInsn(IASTORE);
            mv.visitInsn(RETURN);
        };
    }

    /** The lifted IR of {@code copy} in class {@code internalName}, with or without the annotation. */
    private String lifted(String internalName, boolean trusted) {
        ClassNode cn = new Generated(classes, internalName, V17).method("copy", "([B[II)V", body(trusted)).build();
        return LiftAssertions.lift(cn, "copy", ctx).toString();
    }

    @Test
    void runtimeHelpersHaveNoArrayChecks() {
        String ir = lifted("dev/kiln/runtime/Helper", true);
        assertFalse(ir.contains("nullcheck"), ir);
        assertFalse(ir.contains("boundscheck"), ir);
        assertTrue(ir.contains("zerocheck v2"), ir);
        assertTrue(ir.contains("aload byte v0, v2"), ir);
        assertTrue(ir.contains("astore int v1, v2"), ir);
    }

    @Test
    void withoutTheAnnotationEveryAccessIsChecked() {
        String ir = lifted("dev/kiln/runtime/Plain", false);
        assertTrue(ir.contains("nullcheck v0"), ir);
        assertTrue(ir.contains("boundscheck v0, v2"), ir);
        assertTrue(ir.contains("nullcheck v1"), ir);
        assertTrue(ir.contains("boundscheck v1, v2"), ir);
    }

    @Test
    void outsideTheRuntimeTheAnnotationIsAnError() {
        for (String name : List.of("app/Helper", "dev/kiln/runtime/substitutions/java/util/Helper")) {
            ClassNode cn = new Generated(classes, name, V17).method("copy", "([B[II)V", body(true)).build();
            String simple = name.substring(name.lastIndexOf('/') + 1);
            assertEquals(List.of(simple + ".j: error: @TrustedArrayAccess drops Java's array checks and is only for Kiln's runtime "
                            + "(package dev.kiln.runtime) [" + name.replace('/', '.') + ".copy(byte[],int[],int)void, bytecode offset 0]"),
                    LiftAssertions.failures(cn, "copy", ctx).stream().map(Diagnostic::format).toList());
        }
    }
}
