package dev.kiln.frontend.lift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.objectweb.asm.Opcodes.*;

import dev.kiln.ir.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * What Kiln cannot compile yet, and bytecode the JVM would reject, fail with diagnostics that name the
 * construct and locate it: file, class, method and position. One diagnostic per problem, all at once.
 */
class DiagnosticsTest {
    private static final Handle BOOTSTRAP = new Handle(H_INVOKESTATIC, "gen/Bootstraps", "constant",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);

    private final ClassNodes classes = new ClassNodes();
    private final TestContext ctx = new TestContext(classes);

    /** The expected diagnostics sit in the fixture's source, under the lines they are about. */
    @Test
    void lambdasAreReportedWhereTheyAre() throws IOException {
        ClassNode cn = classes.find("dev/kiln/frontend/lift/fixtures/Lambdas");
        List<String> expected = new ArrayList<>();
        List<String> source = Files.readAllLines(sourceRoot().resolve("dev/kiln/frontend/lift/fixtures/Lambdas.java"));
        for (int k = 0; k < source.size(); k++) {
            String line = source.get(k).trim();
            if (line.startsWith("// error: ")) expected.add("Lambdas.java:" + k + ": " + line.substring(3));
        }
        List<String> actual = new ArrayList<>();
        for (MethodNode m : cn.methods) {
            if (!m.name.startsWith("lambda$") && !m.name.equals("<init>")) {
                for (Diagnostic d : LiftAssertions.failures(cn, m.name, ctx)) {
                    assertEquals("dev.kiln.frontend.lift.fixtures.Lambdas", d.className());
                    assertTrue(d.method().startsWith("dev.kiln.frontend.lift.fixtures.Lambdas." + m.name + "("), d.method());
                    actual.add(d.file() + ":" + d.line() + ": error: " + d.message());
                }
            }
        }
        assertEquals(expected, actual);
    }

    private static Path sourceRoot() {
        String root = System.getProperty("kiln.repo.root", "");
        return (root.isEmpty() ? Path.of("..") : Path.of(root)).resolve("frontend-bytecode/src/test/java");
    }

    @Test
    void everyUnsupportedConstantIsReportedAtOnce() {
        Handle handle = new Handle(H_INVOKESTATIC, "java/lang/Math", "abs", "(I)I", false);
        ClassNode cn = new Generated(classes, "gen/Constants", V11)
                .method("constants", "()V", mv -> {
                    mv.visitLdcInsn(handle);
                    mv.visitInsn(POP);
                    mv.visitLdcInsn(Type.getMethodType("(I)I"));
                    mv.visitInsn(POP);
                    mv.visitLdcInsn(new ConstantDynamic("answer", "I", BOOTSTRAP));
                    mv.visitInsn(POP);
                    mv.visitInsn(RETURN);
                })
                .build();
        assertEquals(List.of(
                "Constants.j: error: ldc of a MethodHandle constant is not supported yet [gen.Constants.constants()void, bytecode offset 0]",
                "Constants.j: error: ldc of a MethodType constant is not supported yet [gen.Constants.constants()void, bytecode offset 3]",
                "Constants.j: error: ldc of a dynamic constant (bootstrap gen.Bootstraps.constant) is not supported yet "
                        + "[gen.Constants.constants()void, bytecode offset 6]"),
                formatted(LiftAssertions.failures(cn, "constants", ctx)));
    }

    @Test
    void unsupportedDeadCodeIsDroppedNotReported() {
        ClassNode cn = new Generated(classes, "gen/DeadJsr", V1_5)
                .method("dead", "()V", mv -> {
                    Label sub = new Label();
                    mv.visitInsn(RETURN);
                    mv.visitJumpInsn(JSR, sub);
                    mv.visitLabel(sub);
                    mv.visitInsn(RETURN);
                })
                .build();
        assertEquals(1, LiftAssertions.lift(cn, "dead", ctx).blocks().size());
    }

    @Test
    void invalidBytecodeIsReportedNotLifted() {
        ClassNode cn = new Generated(classes, "gen/Invalid", V1_8)
                .method("mixesKinds", "()I", mv -> {
                    mv.visitInsn(ICONST_1);
                    mv.visitInsn(FCONST_1);
                    mv.visitInsn(IADD);
                    mv.visitInsn(IRETURN);
                })
                .method("underflows", "()V", mv -> {
                    mv.visitInsn(POP);
                    mv.visitInsn(RETURN);
                })
                .method("readsUnassigned", "()I", mv -> {
                    mv.visitVarInsn(ILOAD, 0);
                    mv.visitInsn(IRETURN);
                })
                .method("fallsOffTheEnd", "()V", mv -> mv.visitInsn(NOP))
                .method("returnsWrongKind", "()Ljava/lang/Object;", mv -> {
                    mv.visitInsn(ICONST_0);
                    mv.visitInsn(IRETURN);
                })
                .build();
        assertEquals(List.of("Invalid.j: error: invalid bytecode: operand of type float used as int "
                + "[gen.Invalid.mixesKinds()int, bytecode offset 2]"), formatted(LiftAssertions.failures(cn, "mixesKinds", ctx)));
        assertEquals(List.of("Invalid.j: error: invalid bytecode: operand stack underflow "
                + "[gen.Invalid.underflows()void, bytecode offset 0]"), formatted(LiftAssertions.failures(cn, "underflows", ctx)));
        assertEquals(List.of("Invalid.j: error: invalid bytecode: local 0 read as int but holds nothing usable "
                + "[gen.Invalid.readsUnassigned()int, bytecode offset 0]"),
                formatted(LiftAssertions.failures(cn, "readsUnassigned", ctx)));
        assertEquals(List.of("Invalid.j: error: invalid bytecode: execution falls off the end of the code "
                + "[gen.Invalid.fallsOffTheEnd()void, bytecode offset 0]"),
                formatted(LiftAssertions.failures(cn, "fallsOffTheEnd", ctx)));
        assertEquals(List.of("Invalid.j: error: invalid bytecode: value return in a method returning java.lang.Object "
                + "[gen.Invalid.returnsWrongKind()java.lang.Object, bytecode offset 1]"),
                formatted(LiftAssertions.failures(cn, "returnsWrongKind", ctx)));
    }

    @Test
    void missingClassesAreReportedAtTheirUse() {
        ClassNode cn = new Generated(classes, "gen/Missing", V1_8)
                .method("create", "()Ljava/lang/Object;", mv -> {
                    mv.visitInsn(ICONST_0);
                    mv.visitTypeInsn(ANEWARRAY, "gen/Nowhere");
                    mv.visitInsn(ARETURN);
                })
                .build();
        assertEquals(List.of("Missing.j: error: class gen.Nowhere not found [gen.Missing.create()java.lang.Object, bytecode offset 1]"),
                formatted(LiftAssertions.failures(cn, "create", ctx)));
    }

    private static List<String> formatted(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::format).toList();
    }
}
