package dev.kiln.conformance.bytecode;

import static dev.kiln.conformance.bytecode.ClassBuilder.println;
import static dev.kiln.conformance.bytecode.ClassBuilder.printlnInt;
import static dev.kiln.conformance.bytecode.ClassBuilder.throwIllegalState;
import static org.objectweb.asm.Opcodes.*;

import java.util.Map;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * {@code class_versions.Finally14}: try/finally as javac 1.4 compiled it into a class file of version 48. The
 * finally block is a subroutine: {@code jsr} before every exit from the try block (falling out, return,
 * break, continue) and in a catch-all handler that rethrows; the subroutine stores its return address, runs
 * the finally code and returns with {@code ret}. A return inside the try saves its value in a local first,
 * so the finally block cannot change it. Each method's Java source is in its Javadoc.
 */
final class Finally14 implements BytecodeGenerator {
    private static final String NAME = "class_versions/Finally14";

    @Override
    public Map<String, byte[]> classFiles() {
        return Map.of(NAME, new ClassBuilder(NAME, V1_4)
                .method("returnInTry", "(I)I", Finally14::returnInTry)
                .method("throwThroughFinally", "(I)I", Finally14::throwThroughFinally)
                .method("loopWithFinally", "(I)I", Finally14::loopWithFinally)
                .method("nestedFinally", "(I)I", Finally14::nestedFinally)
                .method("returnInFinally", "(I)I", Finally14::returnInFinally)
                .build());
    }

    /**
     * {@code try { if (x > 0) return x * 10; println("try falls through"); } finally { println("finally"); }
     * return -1;}
     */
    private static void returnInTry(MethodVisitor mv) {
        Label start = new Label();
        Label negative = new Label();
        Label end = new Label();
        Label handler = new Label();
        Label fin = new Label();
        Label after = new Label();
        mv.visitTryCatchBlock(start, end, handler, null);
        mv.visitLabel(start);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitJumpInsn(IFLE, negative);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitIntInsn(BIPUSH, 10);
        mv.visitInsn(IMUL);
        mv.visitVarInsn(ISTORE, 1);
        mv.visitJumpInsn(JSR, fin);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitInsn(IRETURN);
        mv.visitLabel(negative);
        println(mv, "try falls through");
        mv.visitLabel(end);
        mv.visitJumpInsn(JSR, fin);
        mv.visitJumpInsn(GOTO, after);
        rethrowHandler(mv, handler, 2, fin);
        mv.visitLabel(fin);
        mv.visitVarInsn(ASTORE, 3);
        println(mv, "finally");
        mv.visitVarInsn(RET, 3);
        mv.visitLabel(after);
        mv.visitInsn(ICONST_M1);
        mv.visitInsn(IRETURN);
    }

    /**
     * {@code try { if (x == 0) throw new IllegalStateException("zero"); return 100 / x; }
     * finally { println("cleanup"); println(x); }}
     */
    private static void throwThroughFinally(MethodVisitor mv) {
        Label start = new Label();
        Label nonZero = new Label();
        Label handler = new Label();
        Label fin = new Label();
        mv.visitTryCatchBlock(start, handler, handler, null);
        mv.visitLabel(start);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitJumpInsn(IFNE, nonZero);
        throwIllegalState(mv, "zero");
        mv.visitLabel(nonZero);
        mv.visitIntInsn(BIPUSH, 100);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitInsn(IDIV);
        mv.visitVarInsn(ISTORE, 1);
        mv.visitJumpInsn(JSR, fin);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitInsn(IRETURN);
        rethrowHandler(mv, handler, 2, fin);
        mv.visitLabel(fin);
        mv.visitVarInsn(ASTORE, 3);
        println(mv, "cleanup");
        printlnInt(mv, 0);
        mv.visitVarInsn(RET, 3);
    }

    /**
     * {@code int sum = 0; for (int i = 0; i < n; i++) { try { if (i == 2) continue; if (i == 5) break; sum += i; }
     * finally { sum += 100; } } return sum;} The finally block changes a local of the loop: every copy of the
     * subroutine must hand the new value on.
     */
    private static void loopWithFinally(MethodVisitor mv) {
        Label loop = new Label();
        Label tryStart = new Label();
        Label notTwo = new Label();
        Label notFive = new Label();
        Label tryEnd = new Label();
        Label handler = new Label();
        Label fin = new Label();
        Label increment = new Label();
        Label exit = new Label();
        mv.visitTryCatchBlock(tryStart, tryEnd, handler, null);
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, 1);
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, 2);
        mv.visitLabel(loop);
        mv.visitVarInsn(ILOAD, 2);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitJumpInsn(IF_ICMPGE, exit);
        mv.visitLabel(tryStart);
        mv.visitVarInsn(ILOAD, 2);
        mv.visitInsn(ICONST_2);
        mv.visitJumpInsn(IF_ICMPNE, notTwo);
        mv.visitJumpInsn(JSR, fin);
        mv.visitJumpInsn(GOTO, increment);
        mv.visitLabel(notTwo);
        mv.visitVarInsn(ILOAD, 2);
        mv.visitInsn(ICONST_5);
        mv.visitJumpInsn(IF_ICMPNE, notFive);
        mv.visitJumpInsn(JSR, fin);
        mv.visitJumpInsn(GOTO, exit);
        mv.visitLabel(notFive);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitVarInsn(ILOAD, 2);
        mv.visitInsn(IADD);
        mv.visitVarInsn(ISTORE, 1);
        mv.visitLabel(tryEnd);
        mv.visitJumpInsn(JSR, fin);
        mv.visitJumpInsn(GOTO, increment);
        rethrowHandler(mv, handler, 3, fin);
        mv.visitLabel(fin);
        mv.visitVarInsn(ASTORE, 4);
        mv.visitIincInsn(1, 100);
        mv.visitVarInsn(RET, 4);
        mv.visitLabel(increment);
        mv.visitIincInsn(2, 1);
        mv.visitJumpInsn(GOTO, loop);
        mv.visitLabel(exit);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitInsn(IRETURN);
    }

    /**
     * {@code int r = x; try { try { r += 1; if (x < 0) return r; } finally { r *= 2; println("inner finally"); } }
     * finally { try { r += 3; println("outer try"); } finally { println("deep finally"); r -= 1; } } return r;}
     * The outer finally calls the deep one (a subroutine calling a subroutine); the return leaves both try
     * blocks, calling the inner subroutine and then the outer one. The outer try covers the inner finally's
     * code, so its handler is reached from inside a copy of the inner subroutine too.
     */
    private static void nestedFinally(MethodVisitor mv) {
        Label outerStart = new Label();
        Label innerNormal = new Label();
        Label innerEnd = new Label();
        Label innerHandler = new Label();
        Label innerFin = new Label();
        Label outerEnd = new Label();
        Label outerHandler = new Label();
        Label outerFin = new Label();
        Label deepStart = new Label();
        Label deepEnd = new Label();
        Label deepHandler = new Label();
        Label deepFin = new Label();
        Label outerFinDone = new Label();
        Label after = new Label();
        mv.visitTryCatchBlock(outerStart, innerEnd, innerHandler, null);
        mv.visitTryCatchBlock(outerStart, outerEnd, outerHandler, null);
        mv.visitTryCatchBlock(deepStart, deepEnd, deepHandler, null);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitVarInsn(ISTORE, 1);
        mv.visitLabel(outerStart);
        mv.visitIincInsn(1, 1);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitJumpInsn(IFGE, innerNormal);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitVarInsn(ISTORE, 2);
        mv.visitJumpInsn(JSR, innerFin);
        mv.visitJumpInsn(JSR, outerFin);
        mv.visitVarInsn(ILOAD, 2);
        mv.visitInsn(IRETURN);
        mv.visitLabel(innerNormal);
        mv.visitLabel(innerEnd);
        mv.visitJumpInsn(JSR, innerFin);
        mv.visitJumpInsn(GOTO, outerEnd);
        rethrowHandler(mv, innerHandler, 3, innerFin);
        mv.visitLabel(innerFin);
        mv.visitVarInsn(ASTORE, 4);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitInsn(ICONST_2);
        mv.visitInsn(IMUL);
        mv.visitVarInsn(ISTORE, 1);
        println(mv, "inner finally");
        mv.visitVarInsn(RET, 4);
        mv.visitLabel(outerEnd);
        mv.visitJumpInsn(JSR, outerFin);
        mv.visitJumpInsn(GOTO, after);
        rethrowHandler(mv, outerHandler, 5, outerFin);
        mv.visitLabel(outerFin);
        mv.visitVarInsn(ASTORE, 6);
        mv.visitLabel(deepStart);
        mv.visitIincInsn(1, 3);
        println(mv, "outer try");
        mv.visitLabel(deepEnd);
        mv.visitJumpInsn(JSR, deepFin);
        mv.visitJumpInsn(GOTO, outerFinDone);
        rethrowHandler(mv, deepHandler, 7, deepFin);
        mv.visitLabel(deepFin);
        mv.visitVarInsn(ASTORE, 8);
        println(mv, "deep finally");
        mv.visitIincInsn(1, -1);
        mv.visitVarInsn(RET, 8);
        mv.visitLabel(outerFinDone);
        mv.visitVarInsn(RET, 6);
        mv.visitLabel(after);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitInsn(IRETURN);
    }

    /**
     * {@code try { if (x > 0) return x; } finally { if (x > 10) return 10; } return 0;} The subroutine returns
     * from the method on one path and with ret on the other.
     */
    private static void returnInFinally(MethodVisitor mv) {
        Label start = new Label();
        Label skip = new Label();
        Label handler = new Label();
        Label fin = new Label();
        Label keep = new Label();
        Label after = new Label();
        mv.visitTryCatchBlock(start, skip, handler, null);
        mv.visitLabel(start);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitJumpInsn(IFLE, skip);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitVarInsn(ISTORE, 1);
        mv.visitJumpInsn(JSR, fin);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitInsn(IRETURN);
        mv.visitLabel(skip);
        mv.visitJumpInsn(JSR, fin);
        mv.visitJumpInsn(GOTO, after);
        rethrowHandler(mv, handler, 2, fin);
        mv.visitLabel(fin);
        mv.visitVarInsn(ASTORE, 3);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitIntInsn(BIPUSH, 10);
        mv.visitJumpInsn(IF_ICMPLE, keep);
        mv.visitIntInsn(BIPUSH, 10);
        mv.visitInsn(IRETURN);
        mv.visitLabel(keep);
        mv.visitVarInsn(RET, 3);
        mv.visitLabel(after);
        mv.visitInsn(ICONST_0);
        mv.visitInsn(IRETURN);
    }

    /** javac 1.4's catch-all handler: {@code astore t; jsr finally; aload t; athrow}. */
    private static void rethrowHandler(MethodVisitor mv, Label handler, int local, Label fin) {
        mv.visitLabel(handler);
        mv.visitVarInsn(ASTORE, local);
        mv.visitJumpInsn(JSR, fin);
        mv.visitVarInsn(ALOAD, local);
        mv.visitInsn(ATHROW);
    }
}
