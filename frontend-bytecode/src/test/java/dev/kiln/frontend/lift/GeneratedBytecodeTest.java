package dev.kiln.frontend.lift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.objectweb.asm.Opcodes.*;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.tree.ClassNode;

/**
 * Bytecode javac does not emit but the JVM accepts, generated with ASM and compared with goldens named
 * after what they exercise: every form of the stack-manipulation opcodes, exact constants, string
 * concatenation of Object arguments and numeric constants, class initialisation of interfaces, a handler
 * that normal flow also enters, and dead code.
 */
class GeneratedBytecodeTest {
    private static final String CONCAT_BOOTSTRAP = "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
            + "Ljava/lang/invoke/MethodType;Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;";
    private static final String MAKE_CONCAT_BOOTSTRAP = "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
            + "Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;";

    private final ClassNodes classes = new ClassNodes();
    private final TestContext ctx = new TestContext(classes);

    @Test
    void everyStackManipulationForm() {
        ClassNode cn = new Generated(classes, "gen/StackForms", V1_8)
                .method("dupX2LongUnderInt", "(JI)I", mv -> {
                    mv.visitVarInsn(LLOAD, 0);
                    mv.visitVarInsn(ILOAD, 2);
                    mv.visitInsn(DUP_X2);
                    mv.visitInsn(POP);
                    mv.visitInsn(L2I);
                    mv.visitInsn(ISUB);
                    mv.visitInsn(IRETURN);
                })
                .method("dup2X1IntsOverInt", "(III)I", mv -> {
                    for (int i = 0; i < 3; i++) mv.visitVarInsn(ILOAD, i);
                    mv.visitInsn(DUP2_X1);
                    for (int i = 0; i < 4; i++) mv.visitInsn(ISUB);
                    mv.visitInsn(IRETURN);
                })
                .method("dup2X1LongOverInt", "(IJ)J", mv -> {
                    mv.visitVarInsn(ILOAD, 0);
                    mv.visitVarInsn(LLOAD, 1);
                    mv.visitInsn(DUP2_X1);
                    mv.visitVarInsn(LSTORE, 3);
                    mv.visitInsn(I2L);
                    mv.visitInsn(LSUB);
                    mv.visitVarInsn(LLOAD, 3);
                    mv.visitInsn(LMUL);
                    mv.visitInsn(LRETURN);
                })
                .method("dup2X2IntsOverInts", "(IIII)I", mv -> {
                    for (int i = 0; i < 4; i++) mv.visitVarInsn(ILOAD, i);
                    mv.visitInsn(DUP2_X2);
                    for (int i = 0; i < 5; i++) mv.visitInsn(ISUB);
                    mv.visitInsn(IRETURN);
                })
                .method("dup2X2LongOverInts", "(IIJ)J", mv -> {
                    mv.visitVarInsn(ILOAD, 0);
                    mv.visitVarInsn(ILOAD, 1);
                    mv.visitVarInsn(LLOAD, 2);
                    mv.visitInsn(DUP2_X2);
                    mv.visitVarInsn(LSTORE, 4);
                    mv.visitInsn(ISUB);
                    mv.visitInsn(I2L);
                    mv.visitInsn(LSUB);
                    mv.visitVarInsn(LLOAD, 4);
                    mv.visitInsn(LMUL);
                    mv.visitInsn(LRETURN);
                })
                .method("dup2X2IntsOverLong", "(JII)I", mv -> {
                    mv.visitVarInsn(LLOAD, 0);
                    mv.visitVarInsn(ILOAD, 2);
                    mv.visitVarInsn(ILOAD, 3);
                    mv.visitInsn(DUP2_X2);
                    mv.visitInsn(ISUB);
                    mv.visitInsn(I2L);
                    mv.visitInsn(LSUB);
                    mv.visitInsn(L2I);
                    mv.visitInsn(ISUB);
                    mv.visitInsn(ISUB);
                    mv.visitInsn(IRETURN);
                })
                .method("dup2X2LongOverLong", "(JJ)J", mv -> {
                    mv.visitVarInsn(LLOAD, 0);
                    mv.visitVarInsn(LLOAD, 2);
                    mv.visitInsn(DUP2_X2);
                    mv.visitInsn(LSUB);
                    mv.visitInsn(LSUB);
                    mv.visitInsn(LRETURN);
                })
                .method("swapDup2Pop2", "(II)I", mv -> {
                    mv.visitVarInsn(ILOAD, 0);
                    mv.visitVarInsn(ILOAD, 1);
                    mv.visitInsn(SWAP);
                    mv.visitInsn(DUP2);
                    mv.visitInsn(POP2);
                    mv.visitInsn(ISUB);
                    mv.visitInsn(IRETURN);
                })
                .method("pop2Long", "(JI)I", mv -> {
                    mv.visitVarInsn(LLOAD, 0);
                    mv.visitInsn(POP2);
                    mv.visitVarInsn(ILOAD, 2);
                    mv.visitInsn(IRETURN);
                })
                .build();
        Golden.check("generated-stack-forms", LiftAssertions.listing(cn, ctx));
    }

    @Test
    void constantsAreBitExact() {
        float nanFloat = Float.intBitsToFloat(0x7fc00001);
        double nanDouble = Double.longBitsToDouble(0x7ff8000000000001L);
        List<Object> constants = List.of(nanFloat, nanDouble, -0.0f, -0.0, Float.MIN_VALUE, Double.MAX_VALUE,
                Float.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Integer.MIN_VALUE, Long.MAX_VALUE, "");
        ClassNode cn = new Generated(classes, "gen/Constants", V1_8)
                .method("constants", "()V", mv -> {
                    for (Object c : constants) {
                        mv.visitLdcInsn(c);
                        mv.visitInsn(c instanceof Long || c instanceof Double ? POP2 : POP);
                    }
                    mv.visitInsn(RETURN);
                })
                .build();
        Function fn = LiftAssertions.lift(cn, "constants", ctx);
        List<Object> lifted = new ArrayList<>();
        for (Instruction i : fn.entry().instructions()) if (i instanceof Insn.Const c) lifted.add(c.value());
        assertEquals(constants.size(), lifted.size());
        for (int k = 0; k < constants.size(); k++) assertEquals(bits(constants.get(k)), bits(lifted.get(k)));
        Golden.check("generated-constants", LiftAssertions.listing(cn, ctx));
    }

    private static Object bits(Object constant) {
        if (constant instanceof Float f) return Float.floatToRawIntBits(f);
        if (constant instanceof Double d) return Double.doubleToRawLongBits(d);
        return constant;
    }

    @Test
    void concatenationOfObjectsAndConstants() {
        Handle withConstants = new Handle(H_INVOKESTATIC, "java/lang/invoke/StringConcatFactory",
                "makeConcatWithConstants", CONCAT_BOOTSTRAP, false);
        Handle plain = new Handle(H_INVOKESTATIC, "java/lang/invoke/StringConcatFactory", "makeConcat",
                MAKE_CONCAT_BOOTSTRAP, false);
        ClassNode cn = new Generated(classes, "gen/Concat", V11)
                .method("objectsAndConstants", "(Ljava/lang/Object;Ljava/lang/CharSequence;)Ljava/lang/String;", mv -> {
                    mv.visitVarInsn(ALOAD, 0);
                    mv.visitVarInsn(ALOAD, 1);
                    mv.visitInvokeDynamicInsn("makeConcatWithConstants",
                            "(Ljava/lang/Object;Ljava/lang/CharSequence;)Ljava/lang/String;", withConstants,
                            "<\u0001|\u0002\u0002|\u0001\u0002>", 42, 1.5, "text");
                    mv.visitInsn(ARETURN);
                })
                .method("noRecipe", "(I[CLjava/lang/String;)Ljava/lang/String;", mv -> {
                    mv.visitVarInsn(ILOAD, 0);
                    mv.visitVarInsn(ALOAD, 1);
                    mv.visitVarInsn(ALOAD, 2);
                    mv.visitInvokeDynamicInsn("makeConcat", "(I[CLjava/lang/String;)Ljava/lang/String;", plain);
                    mv.visitInsn(ARETURN);
                })
                .build();
        Golden.check("generated-concat", LiftAssertions.listing(cn, ctx));
    }

    @Test
    void interfaceInitialisation() {
        new Generated(classes, "gen/Settings", V1_8, ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT)
                .field(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, "CONSTANT", "I", 7)
                .field(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, "COMPUTED", "Ljava/lang/Object;", null)
                .method("<clinit>", "()V", mv -> {
                    mv.visitTypeInsn(NEW, "java/lang/Object");
                    mv.visitInsn(DUP);
                    mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
                    mv.visitFieldInsn(PUTSTATIC, "gen/Settings", "COMPUTED", "Ljava/lang/Object;");
                    mv.visitInsn(RETURN);
                })
                .method("helper", "()I", mv -> {
                    mv.visitInsn(ICONST_1);
                    mv.visitInsn(IRETURN);
                })
                .build();
        ClassNode cn = new Generated(classes, "gen/UsesSettings", V1_8)
                .method("constantReadNeedsNoInit", "()I", mv -> {
                    mv.visitFieldInsn(GETSTATIC, "gen/Settings", "CONSTANT", "I");
                    mv.visitInsn(IRETURN);
                })
                .method("computedReadInitialises", "()Ljava/lang/Object;", mv -> {
                    mv.visitFieldInsn(GETSTATIC, "gen/Settings", "COMPUTED", "Ljava/lang/Object;");
                    mv.visitInsn(ARETURN);
                })
                .method("staticCallInitialises", "()I", mv -> {
                    mv.visitMethodInsn(INVOKESTATIC, "gen/Settings", "helper", "()I", true);
                    mv.visitInsn(IRETURN);
                })
                .build();
        Golden.check("generated-interface-initialisation", LiftAssertions.listing(cn, ctx));
    }

    /** Exceptions arrive in a landing block of their own; the handler's code merges them with normal flow. */
    @Test
    void handlerAlsoReachedByNormalFlow() {
        ClassNode cn = new Generated(classes, "gen/SharedHandler", V1_8)
                .method("shared", "(I)I", mv -> {
                    Label start = new Label();
                    Label end = new Label();
                    Label handler = new Label();
                    mv.visitTryCatchBlock(start, end, handler, "java/lang/ArithmeticException");
                    mv.visitLabel(start);
                    mv.visitVarInsn(ILOAD, 0);
                    mv.visitVarInsn(ILOAD, 0);
                    mv.visitInsn(IDIV);
                    mv.visitVarInsn(ISTORE, 0);
                    mv.visitLabel(end);
                    mv.visitTypeInsn(NEW, "java/lang/IllegalStateException");
                    mv.visitInsn(DUP);
                    mv.visitMethodInsn(INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "()V", false);
                    mv.visitJumpInsn(GOTO, handler);
                    mv.visitLabel(handler);
                    mv.visitVarInsn(ASTORE, 1);
                    mv.visitVarInsn(ILOAD, 0);
                    mv.visitInsn(IRETURN);
                })
                .build();
        Function fn = LiftAssertions.lift(cn, "shared", ctx);
        long landings = fn.blocks().stream().filter(b -> startsWithCaught(b)).count();
        assertEquals(1, landings);
        Golden.check("generated-handler-reached-normally", LiftAssertions.listing(cn, ctx));
    }

    private static boolean startsWithCaught(Block b) {
        return b.instructions().get(0) instanceof Insn.Caught;
    }

    /** Dead code is dropped, and so is a handler whose range holds nothing that can throw. */
    @Test
    void deadCodeAndUselessHandlersAreDropped() {
        ClassNode cn = new Generated(classes, "gen/Dead", V1_8)
                .method("dead", "(I)I", mv -> {
                    Label start = new Label();
                    Label end = new Label();
                    Label handler = new Label();
                    Label after = new Label();
                    mv.visitTryCatchBlock(start, end, handler, null);
                    mv.visitLabel(start);
                    mv.visitIincInsn(0, 1);
                    mv.visitLabel(end);
                    mv.visitJumpInsn(GOTO, after);
                    mv.visitInsn(ICONST_2);
                    mv.visitInsn(IRETURN);
                    mv.visitLabel(handler);
                    mv.visitInsn(ATHROW);
                    mv.visitLabel(after);
                    mv.visitVarInsn(ILOAD, 0);
                    mv.visitInsn(IRETURN);
                })
                .build();
        Function fn = LiftAssertions.lift(cn, "dead", ctx);
        assertEquals(2, fn.blocks().size());
        Golden.check("generated-dead-code", LiftAssertions.listing(cn, ctx));
    }
}
