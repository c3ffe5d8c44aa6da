package dev.kiln.conformance.bytecode;

import static org.objectweb.asm.Opcodes.*;

import java.util.Map;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * {@code class_versions.Frameless50}: a class file of version 50 (Java 6) without stack map frames, which the
 * JVM verifies by type inference after the frame-based check fails. Kiln must infer the types at every merge
 * itself: loops, a local that holds an int on one path and a String on the other, a stack slot that holds
 * a String or a StringBuilder, and long locals around a switch.
 */
final class Frameless50 implements BytecodeGenerator {
    private static final String NAME = "class_versions/Frameless50";

    @Override
    public Map<String, byte[]> classFiles() {
        return Map.of(NAME, new ClassBuilder(NAME, V1_6)
                .method("collatzSteps", "(I)I", Frameless50::collatzSteps)
                .method("sign", "(I)Ljava/lang/String;", Frameless50::sign)
                .method("pick", "(I)Ljava/lang/String;", Frameless50::pick)
                .method("weightedSum", "(I)J", Frameless50::weightedSum)
                .build());
    }

    /** {@code int steps = 0; while (n != 1) { n = n % 2 == 0 ? n / 2 : 3 * n + 1; steps++; } return steps;} */
    private static void collatzSteps(MethodVisitor mv) {
        Label loop = new Label();
        Label odd = new Label();
        Label next = new Label();
        Label done = new Label();
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, 1);
        mv.visitLabel(loop);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitInsn(ICONST_1);
        mv.visitJumpInsn(IF_ICMPEQ, done);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitInsn(ICONST_2);
        mv.visitInsn(IREM);
        mv.visitJumpInsn(IFNE, odd);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitInsn(ICONST_2);
        mv.visitInsn(IDIV);
        mv.visitJumpInsn(GOTO, next);
        mv.visitLabel(odd);
        mv.visitInsn(ICONST_3);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitInsn(IMUL);
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IADD);
        mv.visitLabel(next);
        mv.visitVarInsn(ISTORE, 0);
        mv.visitIincInsn(1, 1);
        mv.visitJumpInsn(GOTO, loop);
        mv.visitLabel(done);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitInsn(IRETURN);
    }

    /** Local 1 is a String on one path and an int on the other; after they meet only local 2 is read. */
    private static void sign(MethodVisitor mv) {
        Label nonNegative = new Label();
        Label join = new Label();
        mv.visitVarInsn(ILOAD, 0);
        mv.visitJumpInsn(IFGE, nonNegative);
        mv.visitLdcInsn("negative");
        mv.visitVarInsn(ASTORE, 1);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitVarInsn(ASTORE, 2);
        mv.visitJumpInsn(GOTO, join);
        mv.visitLabel(nonNegative);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitVarInsn(ISTORE, 1);
        mv.visitLdcInsn("not negative");
        mv.visitVarInsn(ASTORE, 2);
        mv.visitLabel(join);
        mv.visitVarInsn(ALOAD, 2);
        mv.visitInsn(ARETURN);
    }

    /** {@code (x == 0 ? (Object) new StringBuilder("a builder").append(x) : "a string").toString()}. */
    private static void pick(MethodVisitor mv) {
        Label builder = new Label();
        Label join = new Label();
        mv.visitVarInsn(ILOAD, 0);
        mv.visitJumpInsn(IFEQ, builder);
        mv.visitLdcInsn("a string");
        mv.visitJumpInsn(GOTO, join);
        mv.visitLabel(builder);
        mv.visitTypeInsn(NEW, "java/lang/StringBuilder");
        mv.visitInsn(DUP);
        mv.visitLdcInsn("a builder ");
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "(Ljava/lang/String;)V", false);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/StringBuilder", "append", "(I)Ljava/lang/StringBuilder;", false);
        mv.visitLabel(join);
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "toString", "()Ljava/lang/String;", false);
        mv.visitInsn(ARETURN);
    }

    /**
     * {@code long sum = 0; for (int i = 0; i < n; i++) { switch (i % 3) { case 0: sum += i; break; case 1:
     * sum -= 2L * i; break; default: sum *= 3; } } return sum;}
     */
    private static void weightedSum(MethodVisitor mv) {
        Label loop = new Label();
        Label zero = new Label();
        Label one = new Label();
        Label other = new Label();
        Label next = new Label();
        Label done = new Label();
        mv.visitInsn(LCONST_0);
        mv.visitVarInsn(LSTORE, 1);
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, 3);
        mv.visitLabel(loop);
        mv.visitVarInsn(ILOAD, 3);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitJumpInsn(IF_ICMPGE, done);
        mv.visitVarInsn(ILOAD, 3);
        mv.visitInsn(ICONST_3);
        mv.visitInsn(IREM);
        mv.visitTableSwitchInsn(0, 1, other, zero, one);
        mv.visitLabel(zero);
        mv.visitVarInsn(LLOAD, 1);
        mv.visitVarInsn(ILOAD, 3);
        mv.visitInsn(I2L);
        mv.visitInsn(LADD);
        mv.visitVarInsn(LSTORE, 1);
        mv.visitJumpInsn(GOTO, next);
        mv.visitLabel(one);
        mv.visitVarInsn(LLOAD, 1);
        mv.visitLdcInsn(2L);
        mv.visitVarInsn(ILOAD, 3);
        mv.visitInsn(I2L);
        mv.visitInsn(LMUL);
        mv.visitInsn(LSUB);
        mv.visitVarInsn(LSTORE, 1);
        mv.visitJumpInsn(GOTO, next);
        mv.visitLabel(other);
        mv.visitVarInsn(LLOAD, 1);
        mv.visitLdcInsn(3L);
        mv.visitInsn(LMUL);
        mv.visitVarInsn(LSTORE, 1);
        mv.visitLabel(next);
        mv.visitIincInsn(3, 1);
        mv.visitJumpInsn(GOTO, loop);
        mv.visitLabel(done);
        mv.visitVarInsn(LLOAD, 1);
        mv.visitInsn(LRETURN);
    }
}
