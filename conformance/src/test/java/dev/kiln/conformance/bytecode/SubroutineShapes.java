package dev.kiln.conformance.bytecode;

import static dev.kiln.conformance.bytecode.ClassBuilder.println;
import static dev.kiln.conformance.bytecode.ClassBuilder.throwIllegalState;
import static org.objectweb.asm.Opcodes.*;

import java.util.Map;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * {@code class_versions.SubroutineShapes}: subroutines no compiler's finally produces but the JVM accepts, in a
 * class file of version 49 (Java 5, the last version the JVM verifies only by type inference, and the last
 * whose subroutines JDK 17 runs): a branching subroutine with several callers, values left on the operand
 * stack across a call, return addresses in wide locals, a handler inside a subroutine, and a subroutine left
 * by a jump. A subroutine with two ret instructions is valid too, but HotSpot's verifier rejects it
 * ("Multiple returns to single jsr"), so only the lifter's unit tests (SubroutinesTest) cover that shape.
 */
final class SubroutineShapes implements BytecodeGenerator {
    private static final String NAME = "class_versions/SubroutineShapes";

    @Override
    public Map<String, byte[]> classFiles() {
        return Map.of(NAME, new ClassBuilder(NAME, V1_5)
                .method("branches", "(I)I", SubroutineShapes::branches)
                .method("stackAcrossCall", "(I)I", SubroutineShapes::stackAcrossCall)
                .method("wideLocals", "(I)I", SubroutineShapes::wideLocals)
                .method("catchInSubroutine", "(I)I", SubroutineShapes::catchInSubroutine)
                .method("leaveByJump", "(I)I", SubroutineShapes::leaveByJump)
                .build());
    }

    /**
     * Three calls of one subroutine that adds x to the sum when x is odd and 100 when it is even, then
     * returns from one ret; x counts down between calls.
     */
    private static void branches(MethodVisitor mv) {
        Label sub = new Label();
        Label even = new Label();
        Label done = new Label();
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, 1);
        mv.visitJumpInsn(JSR, sub);
        mv.visitIincInsn(0, -1);
        mv.visitJumpInsn(JSR, sub);
        mv.visitIincInsn(0, -1);
        mv.visitJumpInsn(JSR, sub);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitInsn(IRETURN);
        mv.visitLabel(sub);
        mv.visitVarInsn(ASTORE, 2);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IAND);
        mv.visitJumpInsn(IFEQ, even);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitInsn(IADD);
        mv.visitVarInsn(ISTORE, 1);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(even);
        mv.visitIincInsn(1, 100);
        mv.visitLabel(done);
        mv.visitVarInsn(RET, 2);
    }

    /** {@code x * (x + 1)} with both operands on the stack while a subroutine prints. */
    private static void stackAcrossCall(MethodVisitor mv) {
        Label sub = new Label();
        mv.visitVarInsn(ILOAD, 0);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IADD);
        mv.visitJumpInsn(JSR, sub);
        mv.visitInsn(IMUL);
        mv.visitInsn(IRETURN);
        mv.visitLabel(sub);
        mv.visitVarInsn(ASTORE, 1);
        println(mv, "subroutine under two operands");
        mv.visitVarInsn(RET, 1);
    }

    /** The return address in local 300 (wide astore and wide ret), the value in local 299 (wide iinc). */
    private static void wideLocals(MethodVisitor mv) {
        Label sub = new Label();
        mv.visitVarInsn(ILOAD, 0);
        mv.visitVarInsn(ISTORE, 299);
        mv.visitJumpInsn(JSR, sub);
        mv.visitJumpInsn(JSR, sub);
        mv.visitVarInsn(ILOAD, 299);
        mv.visitInsn(IRETURN);
        mv.visitLabel(sub);
        mv.visitVarInsn(ASTORE, 300);
        mv.visitIincInsn(299, 1000);
        mv.visitVarInsn(RET, 300);
    }

    /**
     * A subroutine whose own try/catch catches what it throws for x == 0: it sets the result to -1 there and
     * to {@code 100 / x} otherwise.
     */
    private static void catchInSubroutine(MethodVisitor mv) {
        Label sub = new Label();
        Label tryStart = new Label();
        Label nonZero = new Label();
        Label tryEnd = new Label();
        Label handler = new Label();
        Label done = new Label();
        mv.visitTryCatchBlock(tryStart, tryEnd, handler, "java/lang/IllegalStateException");
        mv.visitJumpInsn(JSR, sub);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitInsn(IRETURN);
        mv.visitLabel(sub);
        mv.visitVarInsn(ASTORE, 2);
        mv.visitLabel(tryStart);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitJumpInsn(IFNE, nonZero);
        throwIllegalState(mv, "zero inside the subroutine");
        mv.visitLabel(nonZero);
        mv.visitIntInsn(BIPUSH, 100);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitInsn(IDIV);
        mv.visitVarInsn(ISTORE, 1);
        mv.visitLabel(tryEnd);
        mv.visitJumpInsn(GOTO, done);
        mv.visitLabel(handler);
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Throwable", "getMessage", "()Ljava/lang/String;", false);
        mv.visitFieldInsn(GETSTATIC, "java/lang/System", "out", "Ljava/io/PrintStream;");
        mv.visitInsn(SWAP);
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/io/PrintStream", "println", "(Ljava/lang/String;)V", false);
        mv.visitInsn(ICONST_M1);
        mv.visitVarInsn(ISTORE, 1);
        mv.visitLabel(done);
        mv.visitVarInsn(RET, 2);
    }

    /**
     * A loop whose subroutine leaves by a jump to code after the loop once the counter passes 3 (as a
     * {@code break} inside {@code finally} would), and otherwise returns; the code after the loop is reached
     * only from inside the subroutine.
     */
    private static void leaveByJump(MethodVisitor mv) {
        Label loop = new Label();
        Label sub = new Label();
        Label back = new Label();
        Label out = new Label();
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, 1);
        mv.visitLabel(loop);
        mv.visitIincInsn(1, 1);
        mv.visitJumpInsn(JSR, sub);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitJumpInsn(IF_ICMPLT, loop);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitInsn(INEG);
        mv.visitInsn(IRETURN);
        mv.visitLabel(out);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitIntInsn(BIPUSH, 10);
        mv.visitInsn(IMUL);
        mv.visitInsn(IRETURN);
        mv.visitLabel(sub);
        mv.visitVarInsn(ASTORE, 2);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitInsn(ICONST_3);
        mv.visitJumpInsn(IF_ICMPLE, back);
        mv.visitJumpInsn(GOTO, out);
        mv.visitLabel(back);
        mv.visitVarInsn(RET, 2);
    }
}
