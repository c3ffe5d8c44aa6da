package dev.kiln.frontend.lift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.objectweb.asm.Opcodes.*;

import dev.kiln.ir.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;

/**
 * What Kiln cannot compile yet, and bytecode the JVM would reject, fail with diagnostics that name the
 * construct and locate it: file, class, method and position. One diagnostic per problem, all at once.
 */
class DiagnosticsTest {
    private static final Handle BOOTSTRAP = new Handle(H_INVOKESTATIC, "gen/Bootstraps", "constant",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);

    private final ClassNodes classes = new ClassNodes();
    private final TestContext ctx = new TestContext(classes);

    /** Unknown bootstraps and call sites their bootstrap would reject are reported at the call site, all at once. */
    @Test
    void unlinkableCallSitesAreReportedAtOnce() {
        Handle metafactory = new Handle(H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory", "metafactory",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodType;"
                        + "Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;", false);
        Handle objectMethods = new Handle(H_INVOKESTATIC, "java/lang/runtime/ObjectMethods", "bootstrap",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/TypeDescriptor;Ljava/lang/Class;"
                        + "Ljava/lang/String;[Ljava/lang/invoke/MethodHandle;)Ljava/lang/Object;", false);
        Handle callBootstrap = new Handle(H_INVOKESTATIC, "gen/Bootstraps", "call",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;", false);
        Handle abs = new Handle(H_INVOKESTATIC, "java/lang/Math", "abs", "(I)I", false);
        ClassNode cn = new Generated(classes, "gen/Indy", V17)
                .method("sites", "(Ljava/lang/String;)V", mv -> {
                    mv.visitVarInsn(ALOAD, 0);
                    mv.visitInvokeDynamicInsn("answer", "(Ljava/lang/String;)I", callBootstrap);
                    mv.visitInsn(POP);
                    mv.visitInvokeDynamicInsn("apply", "()Ljava/util/function/IntUnaryOperator;", metafactory,
                            Type.getMethodType("(I)I"), abs);
                    mv.visitInsn(POP);
                    mv.visitInvokeDynamicInsn("apply", "()Ljava/util/function/IntUnaryOperator;", metafactory,
                            Type.getMethodType("(I)I"), abs, Type.getMethodType("(Z)I"));
                    mv.visitInsn(POP);
                    mv.visitVarInsn(ALOAD, 0);
                    mv.visitInvokeDynamicInsn("hashCode", "(Ljava/lang/String;)I", objectMethods, Type.getType(String.class), "a;b");
                    mv.visitInsn(POP);
                    mv.visitInsn(RETURN);
                })
                .build();
        assertEquals(List.of(
                "Indy.j: error: invokedynamic answer(java.lang.String)int with bootstrap gen.Bootstraps.call is not supported "
                        + "[gen.Indy.sites(java.lang.String)void, bytecode offset 1]",
                "Indy.j: error: invalid lambda call site: expected a method type, a method handle and a method type as bootstrap "
                        + "arguments [gen.Indy.sites(java.lang.String)void, bytecode offset 7]",
                "Indy.j: error: invalid lambda call site: argument 0 of (I)I: int does not widen to boolean "
                        + "[gen.Indy.sites(java.lang.String)void, bytecode offset 13]",
                "Indy.j: error: invalid ObjectMethods call site: 2 component names but 0 getters "
                        + "[gen.Indy.sites(java.lang.String)void, bytecode offset 20]"),
                formatted(LiftAssertions.failures(cn, "sites", ctx)));
    }

    @Test
    void invokedynamicNeedsJava7ClassFiles() {
        Handle concat = new Handle(H_INVOKESTATIC, "java/lang/invoke/StringConcatFactory", "makeConcat",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;",
                false);
        ClassNode cn = new Generated(classes, "gen/OldIndy", V1_6)
                .method("text", "()Ljava/lang/String;", mv -> {
                    mv.visitInvokeDynamicInsn("concat", "()Ljava/lang/String;", concat);
                    mv.visitInsn(ARETURN);
                })
                .build();
        assertEquals(List.of("OldIndy.j: error: invalid bytecode: invokedynamic in a class file of version 50 (it needs version 51 "
                + "or later) [gen.OldIndy.text()java.lang.String, bytecode offset 0]"), formatted(LiftAssertions.failures(cn, "text", ctx)));
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
