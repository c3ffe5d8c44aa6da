package dev.kiln.frontend.lift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.objectweb.asm.Opcodes.*;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Handler;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.JType;
import dev.kiln.ir.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.ClassNode;

/**
 * A synchronized method is lifted with its monitor explicit: entered first, exited before every return
 * and, through a catch-all handler tried after the method's own, on every exception leaving it. The lock
 * is the receiver as it was on entry (the class literal for a static method), and the original
 * instructions keep their bytecode offsets.
 */
class SynchronizedMethodsTest {
    private static final String FIXTURE = "dev/kiln/frontend/lift/fixtures/Synchronization";

    private final ClassNodes classes = new ClassNodes();
    private final TestContext ctx = new TestContext(classes);

    @Test
    void instanceMethodLocksTheReceiverOnEveryPath() {
        Function fn = LiftAssertions.lift(classes.find(FIXTURE), "early", ctx);
        Value receiver = fn.params().get(0);
        Insn.Monitor enter = (Insn.Monitor) fn.entry().instructions().get(0);
        assertTrue(enter.isEnter());
        assertEquals(receiver, enter.operand(0));
        assertEquals(0, enter.pos().bytecodeOffset());
        assertExitsBeforeEveryReturn(fn, v -> v == receiver, 2);
        assertUnlockingHandler(fn, v -> v == receiver);
    }

    @Test
    void staticMethodLocksItsClass() {
        Function fn = LiftAssertions.lift(classes.find(FIXTURE), "twice", ctx);
        Predicate<Value> isClass = v -> v.definition() instanceof Insn.Const c
                && c.value().equals(JType.object("dev.kiln.frontend.lift.fixtures.Synchronization"));
        Insn.Monitor enter = (Insn.Monitor) fn.entry().instructions().get(1);
        assertTrue(enter.isEnter() && isClass.test(enter.operand(0)));
        assertExitsBeforeEveryReturn(fn, isClass, 1);
        assertUnlockingHandler(fn, isClass);
    }

    @Test
    void methodHandlersComeBeforeTheUnlockingOne() {
        Function fn = LiftAssertions.lift(classes.find(FIXTURE), "caught", ctx);
        Block call = blockWith(fn, Insn.Invoke.class);
        List<Handler> handlers = call.handlers();
        assertEquals("java.lang.IllegalStateException", handlers.get(0).catchType());
        assertNull(handlers.get(handlers.size() - 1).catchType());
        assertExitsBeforeEveryReturn(fn, v -> v == fn.params().get(0), 2);
    }

    @Test
    void originalInstructionsKeepTheirOffsets() {
        ClassNode cn = classes.find(FIXTURE);
        List<String> synchronizedOffsets = offsets(LiftAssertions.lift(cn, "early", ctx));
        LiftAssertions.method(cn, "early").access &= ~ACC_SYNCHRONIZED;
        List<String> plainOffsets = offsets(LiftAssertions.lift(cn, "early", ctx));
        assertEquals(plainOffsets, synchronizedOffsets);
    }

    /** Storing into local 0 does not change the monitor the method exits. */
    @Test
    void theLockSurvivesAStoreToLocalZero() {
        ClassNode cn = new Generated(classes, "gen/Overwrite", V17)
                .method(ACC_SYNCHRONIZED, "clear", "()V", mv -> {
                    mv.visitInsn(ACONST_NULL);
                    mv.visitVarInsn(ASTORE, 0);
                    mv.visitInsn(RETURN);
                })
                .build();
        Function fn = LiftAssertions.lift(cn, "clear", ctx);
        assertExitsBeforeEveryReturn(fn, v -> v == fn.params().get(0), 1);
    }

    /** The copied invokedynamic still names its call site: the lambda's class is the one the class file's site gets. */
    @Test
    void aLambdaInASynchronizedMethodKeepsItsCallSite() {
        Function fn = LiftAssertions.lift(classes.find(FIXTURE), "task", ctx);
        Insn.New proxy = (Insn.New) blockWith(fn, Insn.New.class).instructions().stream()
                .filter(i -> i instanceof Insn.New).findFirst().orElseThrow();
        assertEquals("dev.kiln.frontend.lift.fixtures.Synchronization$$Lambda$0", proxy.className());
    }

    private static void assertExitsBeforeEveryReturn(Function fn, Predicate<Value> isLock, int returns) {
        int seen = 0;
        for (Block b : fn.blocks()) {
            List<Instruction> insns = b.instructions();
            Instruction last = insns.get(insns.size() - 1);
            if (!(last instanceof Insn.Return)) continue;
            seen++;
            Insn.Monitor exit = (Insn.Monitor) insns.get(insns.size() - 2);
            assertTrue(!exit.isEnter() && isLock.test(exit.operand(0)), () -> "no monitorexit before the return in " + b);
            assertEquals(last.pos(), exit.pos());
        }
        assertEquals(returns, seen);
    }

    /** One handler block exits the monitor and rethrows; every other block that can throw after entry reaches it last. */
    private static void assertUnlockingHandler(Function fn, Predicate<Value> isLock) {
        Block withHandlers = fn.blocks().stream().filter(b -> !b.handlers().isEmpty()).findFirst().orElseThrow();
        Block unlock = withHandlers.handlers().get(withHandlers.handlers().size() - 1).target();
        List<Instruction> insns = unlock.instructions();
        assertTrue(insns.get(0) instanceof Insn.Caught);
        Insn.Monitor exit = (Insn.Monitor) insns.get(insns.size() - 2);
        assertTrue(!exit.isEnter() && isLock.test(exit.operand(0)));
        assertEquals(insns.get(0).result(), ((Insn.Throw) insns.get(insns.size() - 1)).operand(0));
        for (Block b : fn.blocks()) {
            if (b == fn.entry() || b == unlock || b.instructions().stream().noneMatch(Instruction::mayThrow)) continue;
            assertTrue(!b.handlers().isEmpty(), () -> "no handler in " + b);
            Handler last = b.handlers().get(b.handlers().size() - 1);
            assertTrue(last.catchType() == null && last.target() == unlock, () -> "no catch-all to " + unlock + " in " + b);
        }
    }

    private static Block blockWith(Function fn, Class<? extends Instruction> kind) {
        for (Block b : fn.blocks()) {
            for (Instruction i : b.instructions()) if (kind.isInstance(i)) return b;
        }
        throw new AssertionError("no " + kind.getSimpleName() + " in " + fn);
    }

    /** Opcode and bytecode offset of every instruction except those the lowering adds. */
    private static List<String> offsets(Function fn) {
        List<String> out = new ArrayList<>();
        for (Block b : fn.blocks()) {
            for (Instruction i : b.instructions()) {
                if (i instanceof Insn.Monitor || i instanceof Insn.Caught || i instanceof Insn.Throw || i instanceof Insn.Goto) continue;
                out.add(i.opcode() + "@" + i.pos().bytecodeOffset());
            }
        }
        out.sort(null);
        return out;
    }
}
