package dev.kiln.frontend.lift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.objectweb.asm.Opcodes.*;

import dev.kiln.ir.Block;
import dev.kiln.ir.Diagnostic;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.SourcePos;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * jsr/ret subroutines, as javac up to 1.4 compiled {@code finally} (class file version 48, no stack map
 * frames), generated with ASM: each call gets its own copy of the subroutine, nested calls are copied per copy
 * of their caller, each ret returns to the call its copy serves, and every copy keeps the original's offset
 * and line. Subroutines the lifter cannot inline faithfully are reported.
 */
class SubroutinesTest {
    private static final String OWNER = "gen/Finally";

    private final ClassNodes classes = new ClassNodes();
    private final TestContext ctx = new TestContext(classes);

    /** {@code static void mark(int)} and {@code static int side(int)}: calls the tests count. */
    private Generated finallyClass() {
        return new Generated(classes, OWNER, V1_4)
                .method("mark", "(I)V", mv -> mv.visitInsn(RETURN))
                .method("side", "(I)I", mv -> {
                    mv.visitVarInsn(ILOAD, 0);
                    mv.visitInsn(IRETURN);
                });
    }

    private static void mark(MethodVisitor mv, int n) {
        mv.visitIntInsn(BIPUSH, n);
        mv.visitMethodInsn(INVOKESTATIC, OWNER, "mark", "(I)V", false);
    }

    private static void side(MethodVisitor mv) {
        mv.visitMethodInsn(INVOKESTATIC, OWNER, "side", "(I)I", false);
    }

    /**
     * {@code try { if (x > 0) return side(x); side(-1); } finally { mark(7); } return 0;} as javac 1.4 wrote it:
     * the subroutine is called before the return, on the normal path and from the catch-all handler.
     */
    private static void tryFinally(MethodVisitor mv) {
        Label start = new Label();
        Label negative = new Label();
        Label end = new Label();
        Label handler = new Label();
        Label sub = new Label();
        Label after = new Label();
        mv.visitTryCatchBlock(start, end, handler, null);
        mv.visitLabel(start);
        mv.visitLineNumber(10, start);
        mv.visitVarInsn(ILOAD, 0);
        mv.visitJumpInsn(IFLE, negative);
        mv.visitVarInsn(ILOAD, 0);
        side(mv);
        mv.visitVarInsn(ISTORE, 1);
        mv.visitJumpInsn(JSR, sub);
        mv.visitVarInsn(ILOAD, 1);
        mv.visitInsn(IRETURN);
        mv.visitLabel(negative);
        mv.visitInsn(ICONST_M1);
        side(mv);
        mv.visitInsn(POP);
        mv.visitLabel(end);
        mv.visitJumpInsn(JSR, sub);
        mv.visitJumpInsn(GOTO, after);
        mv.visitLabel(handler);
        mv.visitVarInsn(ASTORE, 2);
        mv.visitJumpInsn(JSR, sub);
        mv.visitVarInsn(ALOAD, 2);
        mv.visitInsn(ATHROW);
        mv.visitLabel(sub);
        mv.visitLineNumber(20, sub);
        mv.visitVarInsn(ASTORE, 3);
        mark(mv, 7);
        mv.visitVarInsn(RET, 3);
        mv.visitLabel(after);
        mv.visitLineNumber(30, after);
        mv.visitInsn(ICONST_0);
        mv.visitInsn(IRETURN);
    }

    @Test
    void everyCallGetsItsOwnCopyAtTheOriginalOffsetAndLine() {
        ClassNode cn = finallyClass().method("tryFinally", "(I)I", SubroutinesTest::tryFinally).build();
        Function fn = LiftAssertions.lift(cn, "tryFinally", ctx);
        SourcePos original = originalPos(cn, "tryFinally", "mark");
        assertEquals(20, original.line());
        List<SourcePos> copies = positionsOfCalls(fn, "mark");
        assertEquals(List.of(original, original, original), copies);
        Golden.check("generated-subroutines", LiftAssertions.listing(cn, ctx));
    }

    /**
     * {@code try { side(x); } finally { try { mark(1); } finally { mark(2); } }}: the inner subroutine is called
     * twice from each of the outer one's two copies.
     */
    @Test
    void nestedSubroutinesAreCopiedPerCopyOfTheirCaller() {
        ClassNode cn = finallyClass().method("nested", "(I)V", mv -> {
            Label start = new Label();
            Label end = new Label();
            Label handler = new Label();
            Label outer = new Label();
            Label inner = new Label();
            Label innerStart = new Label();
            Label innerEnd = new Label();
            Label innerHandler = new Label();
            Label outerDone = new Label();
            Label done = new Label();
            mv.visitTryCatchBlock(start, end, handler, null);
            mv.visitTryCatchBlock(innerStart, innerEnd, innerHandler, null);
            mv.visitLabel(start);
            mv.visitVarInsn(ILOAD, 0);
            side(mv);
            mv.visitInsn(POP);
            mv.visitLabel(end);
            mv.visitJumpInsn(JSR, outer);
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(handler);
            mv.visitVarInsn(ASTORE, 1);
            mv.visitJumpInsn(JSR, outer);
            mv.visitVarInsn(ALOAD, 1);
            mv.visitInsn(ATHROW);
            mv.visitLabel(outer);
            mv.visitVarInsn(ASTORE, 2);
            mv.visitLabel(innerStart);
            mark(mv, 1);
            mv.visitLabel(innerEnd);
            mv.visitJumpInsn(JSR, inner);
            mv.visitJumpInsn(GOTO, outerDone);
            mv.visitLabel(innerHandler);
            mv.visitVarInsn(ASTORE, 3);
            mv.visitJumpInsn(JSR, inner);
            mv.visitVarInsn(ALOAD, 3);
            mv.visitInsn(ATHROW);
            mv.visitLabel(inner);
            mv.visitVarInsn(ASTORE, 4);
            mark(mv, 2);
            mv.visitVarInsn(RET, 4);
            mv.visitLabel(outerDone);
            mv.visitVarInsn(RET, 2);
            mv.visitLabel(done);
            mv.visitInsn(RETURN);
        }).build();
        Function fn = LiftAssertions.lift(cn, "nested", ctx);
        assertEquals(2, marks(fn, 1));
        assertEquals(4, marks(fn, 2));
    }

    /**
     * A subroutine with two rets, called from two sites: each copy's rets both return to its own call, so
     * the method returns {@code x + 1 + 2} through four distinct return paths.
     */
    @Test
    void everyRetOfACopyReturnsToItsCall() {
        ClassNode cn = finallyClass().method("twoRets", "(I)I", mv -> {
            Label sub = new Label();
            Label zero = new Label();
            mv.visitJumpInsn(JSR, sub);
            mv.visitIincInsn(0, 1);
            mv.visitJumpInsn(JSR, sub);
            mv.visitIincInsn(0, 2);
            mv.visitVarInsn(ILOAD, 0);
            mv.visitInsn(IRETURN);
            mv.visitLabel(sub);
            mv.visitVarInsn(ASTORE, 1);
            mv.visitVarInsn(ILOAD, 0);
            mv.visitJumpInsn(IFEQ, zero);
            mark(mv, 3);
            mv.visitVarInsn(RET, 1);
            mv.visitLabel(zero);
            mark(mv, 4);
            mv.visitVarInsn(RET, 1);
        }).build();
        Function fn = LiftAssertions.lift(cn, "twoRets", ctx);
        assertEquals(2, marks(fn, 3));
        assertEquals(2, marks(fn, 4));
        long returns = fn.blocks().stream().filter(b -> b.terminator() instanceof Insn.Return).count();
        assertEquals(1, returns, "both copies rejoin the code after their own call");
        Golden.check("generated-subroutine-two-rets", LiftAssertions.listing(cn, ctx));
    }

    /**
     * No stack map frames (version 48): the lifter infers types itself, including a local holding an int on
     * one path and a String on the other (unusable after the merge) and a reference merge.
     */
    @Test
    void codeWithoutFramesLifts() {
        ClassNode cn = finallyClass().method("noFrames", "(I)Ljava/lang/Object;", mv -> {
            Label loop = new Label();
            Label odd = new Label();
            Label next = new Label();
            Label exit = new Label();
            mv.visitInsn(ACONST_NULL);
            mv.visitVarInsn(ASTORE, 1);
            mv.visitLabel(loop);
            mv.visitVarInsn(ILOAD, 0);
            mv.visitJumpInsn(IFLE, exit);
            mv.visitVarInsn(ILOAD, 0);
            mv.visitInsn(ICONST_1);
            mv.visitInsn(IAND);
            mv.visitJumpInsn(IFNE, odd);
            mv.visitLdcInsn("even");
            mv.visitVarInsn(ASTORE, 1);
            mv.visitInsn(ICONST_0);
            mv.visitVarInsn(ISTORE, 2);
            mv.visitJumpInsn(GOTO, next);
            mv.visitLabel(odd);
            mv.visitTypeInsn(NEW, "java/lang/Object");
            mv.visitInsn(DUP);
            mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
            mv.visitVarInsn(ASTORE, 1);
            mv.visitLdcInsn("odd");
            mv.visitVarInsn(ASTORE, 2);
            mv.visitLabel(next);
            mv.visitIincInsn(0, -1);
            mv.visitJumpInsn(GOTO, loop);
            mv.visitLabel(exit);
            mv.visitVarInsn(ALOAD, 1);
            mv.visitInsn(ARETURN);
        }).build();
        for (AbstractInsnNode n : LiftAssertions.method(cn, "noFrames").instructions) assertTrue(!(n instanceof FrameNode));
        Function fn = LiftAssertions.lift(cn, "noFrames", ctx);
        assertTrue(fn.blocks().stream().anyMatch(b -> !b.phis().isEmpty()), "the loop merges local 1");
    }

    @Test
    void recursiveSubroutineIsInvalid() {
        ClassNode cn = finallyClass().method("recursive", "()V", mv -> {
            Label sub = new Label();
            mv.visitJumpInsn(JSR, sub);
            mv.visitInsn(RETURN);
            mv.visitLabel(sub);
            mv.visitVarInsn(ASTORE, 0);
            mv.visitJumpInsn(JSR, sub);
            mv.visitVarInsn(RET, 0);
        }).build();
        assertEquals(List.of("Finally.j: error: invalid bytecode: jsr calls the subroutine at offset 4 from inside itself "
                + "[gen.Finally.recursive()void, bytecode offset 5]"), formatted(cn, "recursive"));
    }

    @Test
    void retOutsideASubroutineIsInvalid() {
        ClassNode cn = finallyClass().method("stray", "()V", mv -> {
            mv.visitInsn(ACONST_NULL);
            mv.visitVarInsn(ASTORE, 0);
            mv.visitVarInsn(RET, 0);
        }).build();
        assertEquals(List.of("Finally.j: error: invalid bytecode: ret outside a subroutine "
                + "[gen.Finally.stray()void, bytecode offset 2]"), formatted(cn, "stray"));
    }

    /** The JVM allowed it, compilers never emitted it, and inlining per call cannot express it. */
    @Test
    void returnFromAnOuterSubroutineIsReported() {
        ClassNode cn = finallyClass().method("multiLevel", "()V", mv -> {
            Label outer = new Label();
            Label inner = new Label();
            mv.visitJumpInsn(JSR, outer);
            mv.visitInsn(RETURN);
            mv.visitLabel(outer);
            mv.visitVarInsn(ASTORE, 0);
            mv.visitJumpInsn(JSR, inner);
            mv.visitInsn(RETURN);
            mv.visitLabel(inner);
            mv.visitVarInsn(ASTORE, 1);
            mv.visitVarInsn(RET, 0);
        }).build();
        assertEquals(List.of("Finally.j: error: ret reads local 0, but the subroutine at offset 9 keeps its return "
                + "address in local 1; returning from an outer subroutine is not supported "
                + "[gen.Finally.multiLevel()void, bytecode offset 10]"), formatted(cn, "multiLevel"));
    }

    @Test
    void subroutineNotStoringItsReturnAddressFirstIsReported() {
        ClassNode cn = finallyClass().method("late", "()V", mv -> {
            Label sub = new Label();
            mv.visitJumpInsn(JSR, sub);
            mv.visitInsn(RETURN);
            mv.visitLabel(sub);
            mv.visitInsn(NOP);
            mv.visitVarInsn(ASTORE, 0);
            mv.visitVarInsn(RET, 0);
        }).build();
        assertEquals(List.of("Finally.j: error: the subroutine at offset 4 does not begin by storing its return address "
                + "(astore), so which subroutine this ret returns from is unknown; not supported "
                + "[gen.Finally.late()void, bytecode offset 6]"), formatted(cn, "late"));
    }

    /** A subroutine that never returns (a finally ending in return) needs no code after its calls. */
    @Test
    void subroutineThatNeverReturnsLeavesNoPathBack() {
        ClassNode cn = finallyClass().method("returnsInFinally", "()I", mv -> {
            Label sub = new Label();
            mv.visitJumpInsn(JSR, sub);
            mv.visitLabel(new Label());
            mv.visitInsn(ICONST_1);
            mv.visitInsn(IRETURN);
            mv.visitLabel(sub);
            mv.visitVarInsn(ASTORE, 0);
            mark(mv, 5);
            mv.visitInsn(ICONST_2);
            mv.visitInsn(IRETURN);
        }).build();
        Function fn = LiftAssertions.lift(cn, "returnsInFinally", ctx);
        List<Object> returned = new ArrayList<>();
        for (Block b : fn.blocks()) {
            for (Instruction i : b.instructions()) {
                if (i instanceof Insn.Const c && c.value() instanceof Integer) returned.add(c.value());
            }
        }
        assertEquals(List.of(5, 2), returned);
    }

    /** Return addresses in wide locals: a wide ret is four bytes, so the offsets after it stay exact. */
    @Test
    void wideRetKeepsOffsets() {
        ClassNode cn = finallyClass().method("wide", "(I)I", mv -> {
            Label sub = new Label();
            mv.visitJumpInsn(JSR, sub);
            mv.visitVarInsn(ILOAD, 0);
            mv.visitInsn(IRETURN);
            mv.visitLabel(sub);
            mv.visitVarInsn(ASTORE, 300);
            mv.visitVarInsn(RET, 300);
        }).method("afterWide", "(I)I", mv -> {
            Label sub = new Label();
            Label after = new Label();
            mv.visitJumpInsn(JSR, sub);
            mv.visitJumpInsn(GOTO, after);
            mv.visitLabel(sub);
            mv.visitVarInsn(ASTORE, 300);
            mv.visitVarInsn(RET, 300);
            mv.visitLabel(after);
            mark(mv, 9);
            mv.visitVarInsn(ILOAD, 0);
            mv.visitInsn(IRETURN);
        }).build();
        LiftAssertions.lift(cn, "wide", ctx);
        // jsr 0-2, goto 3-5, wide astore 6-9, wide ret 10-13, bipush 14-15, invokestatic 16.
        assertEquals(List.of(new SourcePos(16, -1)), positionsOfCalls(LiftAssertions.lift(cn, "afterWide", ctx), "mark"));
    }

    /**
     * Each subroutine calls the next one twice, so copying doubles per level: the method is reported before
     * the copies exhaust memory.
     */
    @Test
    void exponentialCopyingIsReported() {
        int depth = 17;
        ClassNode cn = finallyClass().method("doubling", "()V", mv -> {
            Label[] subs = new Label[depth];
            for (int k = 0; k < depth; k++) subs[k] = new Label();
            mv.visitJumpInsn(JSR, subs[0]);
            mv.visitInsn(RETURN);
            for (int k = 0; k < depth; k++) {
                mv.visitLabel(subs[k]);
                mv.visitVarInsn(ASTORE, k);
                if (k + 1 < depth) {
                    mv.visitJumpInsn(JSR, subs[k + 1]);
                    mv.visitJumpInsn(JSR, subs[k + 1]);
                }
                mv.visitVarInsn(RET, k);
            }
        }).build();
        List<String> errors = formatted(cn, "doubling");
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("copying its subroutines for every call would make this method longer than "
                + SubroutineInliner.MAX_INSTRUCTIONS + " instructions"), errors.get(0));
    }

    private List<String> formatted(ClassNode cn, String method) {
        return LiftAssertions.failures(cn, method, ctx).stream().map(Diagnostic::format).toList();
    }

    /** The position of the first call to {@code callee} in the method as the class file has it. */
    private static SourcePos originalPos(ClassNode cn, String method, String callee) {
        MethodCode code = MethodCode.of(cn, LiftAssertions.method(cn, method), cn.sourceFile);
        for (int i = 0; i < code.size(); i++) {
            AbstractInsnNode n = code.insn(i);
            if (n instanceof MethodInsnNode call && call.name.equals(callee)) return code.pos(i);
        }
        throw new IllegalArgumentException("no call to " + callee);
    }

    private static List<SourcePos> positionsOfCalls(Function fn, String callee) {
        List<SourcePos> out = new ArrayList<>();
        for (Block b : fn.blocks()) {
            for (Instruction i : b.instructions()) {
                if (i instanceof Insn.Invoke call && call.method().name().equals(callee)) out.add(i.pos());
            }
        }
        return out;
    }

    /** How many calls {@code mark(n)} the function makes. */
    private static int marks(Function fn, int n) {
        int count = 0;
        for (Block b : fn.blocks()) {
            Object last = null;
            for (Instruction i : b.instructions()) {
                if (i instanceof Insn.Const c) last = c.value();
                if (i instanceof Insn.Invoke call && call.method().name().equals("mark") && Integer.valueOf(n).equals(last)) {
                    count++;
                }
            }
        }
        return count;
    }
}
