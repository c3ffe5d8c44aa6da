package dev.kiln.frontend.lift;

import static org.objectweb.asm.Opcodes.*;

import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Makes the monitor of a {@code synchronized} method explicit (JVMS 2.11.10: the JVM enters it on
 * invocation and exits it on every normal or abrupt completion), in the shape javac gives a
 * {@code synchronized} block, so the rest of the lifter sees only ordinary monitorenter and monitorexit:
 * <pre>
 *   before:  synchronized T m(...) { code }
 *   after:   lock = this (or, for a static method, the class literal); monitorenter lock
 *            code, each return preceded by: monitorexit lock
 *            and an any-handler covering all of it, last in the exception table: monitorexit lock; athrow
 * </pre>
 * The lock is reloaded where it is needed: the class literal, {@code this}, or, if the code ever stores into
 * local 0, a fresh local that keeps the receiver, so such a store cannot change which monitor is exited.
 * Reloading {@code this} rather than a copy lets the lifter see the lock is never null.
 * Every original instruction keeps its bytecode offset and line; the instructions added stand for the
 * method's invocation or abrupt completion (offset 0, the first line) or for the return they precede, and
 * take that offset and line (see {@link BytecodeOffsets}).
 */
final class SynchronizedMethods {
    private SynchronizedMethods() {}

    /** {@code method} itself unless it is synchronized; otherwise a new method node with explicit monitors. */
    static MethodNode lower(ClassNode owner, MethodNode method, String file) {
        if ((method.access & ACC_SYNCHRONIZED) == 0) return method;
        MethodCode code = MethodCode.of(owner, method, file);
        MethodNode out = new MethodNode(ASM9, method.access, method.name, method.desc, method.signature,
                method.exceptions.toArray(new String[0]));
        Lock lock = new Lock(owner, code);
        out.maxLocals = code.maxLocals() + (lock.local < 0 ? 0 : 1);
        out.maxStack = method.maxStack + 2;
        LabelNode[] labels = new LabelNode[code.size()];
        for (int i = 0; i < labels.length; i++) labels[i] = at(code, i);
        LabelNode end = new LabelNode();
        Map<LabelNode, LabelNode> targets = new HashMap<>();
        for (AbstractInsnNode n = method.instructions.getFirst(); n != null; n = n.getNext()) {
            if (n instanceof LabelNode l) targets.put(l, code.indexOf(l) < labels.length ? labels[code.indexOf(l)] : end);
        }
        LabelNode handler = new LabelNode(new LiftableClass.OffsetLabel(0));

        InsnList insns = out.instructions;
        LabelNode entry = new LabelNode(new LiftableClass.OffsetLabel(0));
        insns.add(entry);
        insns.add(new LineNumberNode(code.pos(0).line(), entry));
        if (lock.local >= 0) {
            add(insns, 0, new VarInsnNode(ALOAD, 0));
            add(insns, 0, new VarInsnNode(ASTORE, lock.local));
        }
        add(insns, 0, lock.load());
        add(insns, 0, new InsnNode(MONITORENTER));
        int line = code.pos(0).line();
        for (int i = 0; i < code.size(); i++) {
            insns.add(labels[i]);
            if (code.pos(i).line() != line) {
                line = code.pos(i).line();
                insns.add(new LineNumberNode(line, labels[i]));
            }
            AbstractInsnNode n = code.insn(i);
            if (n.getOpcode() >= IRETURN && n.getOpcode() <= RETURN) {
                int offset = code.pos(i).bytecodeOffset();
                add(insns, offset, lock.load());
                add(insns, offset, new InsnNode(MONITOREXIT));
                insns.add(at(code, i));
            }
            insns.add(InsnCopies.copy(n, targets));
        }
        insns.add(end);
        insns.add(handler);
        insns.add(new LineNumberNode(code.pos(0).line(), handler));
        add(insns, 0, lock.load());
        add(insns, 0, new InsnNode(MONITOREXIT));
        add(insns, 0, new InsnNode(ATHROW));

        for (MethodCode.TryCatch tc : code.tryCatches()) {
            LabelNode tcEnd = tc.end() == code.size() ? end : labels[tc.end()];
            String type = tc.catchType() == null ? null : tc.catchType().replace('.', '/');
            out.tryCatchBlocks.add(new TryCatchBlockNode(labels[tc.start()], tcEnd, labels[tc.handler()], type));
        }
        out.tryCatchBlocks.add(new TryCatchBlockNode(labels[0], end, handler, null));
        return out;
    }

    /** Where the monitor's object comes from: the class, {@code this}, or the local that keeps {@code this}. */
    private static final class Lock {
        final String owner;
        final boolean isStatic;
        /** The fresh local holding {@code this}, or -1 if local 0 is never overwritten. */
        final int local;

        Lock(ClassNode owner, MethodCode code) {
            this.owner = owner.name;
            this.isStatic = code.isStatic();
            this.local = !isStatic && storesToLocalZero(code) ? code.maxLocals() : -1;
        }

        AbstractInsnNode load() {
            if (isStatic) return new LdcInsnNode(Type.getObjectType(owner));
            return new VarInsnNode(ALOAD, local < 0 ? 0 : local);
        }

        private static boolean storesToLocalZero(MethodCode code) {
            for (int i = 0; i < code.size(); i++) {
                if (code.insn(i) instanceof VarInsnNode v && v.getOpcode() == ASTORE && v.var == 0) return true;
            }
            return false;
        }
    }

    /** Adds an instruction standing for the one at bytecode offset {@code offset}, and so given that offset. */
    private static void add(InsnList insns, int offset, AbstractInsnNode n) {
        insns.add(new LabelNode(new LiftableClass.OffsetLabel(offset)));
        insns.add(n);
    }

    /** A label carrying instruction {@code i}'s bytecode offset. */
    private static LabelNode at(MethodCode code, int i) {
        return new LabelNode(new LiftableClass.OffsetLabel(code.pos(i).bytecodeOffset()));
    }
}
