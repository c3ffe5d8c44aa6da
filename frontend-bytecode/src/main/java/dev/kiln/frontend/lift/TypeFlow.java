package dev.kiln.frontend.lift;

import dev.kiln.ir.CompileError;
import dev.kiln.ir.JType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * The static type of every local and stack entry before every instruction: a forward dataflow over the
 * bytecode to a fixed point, with {@link TypeTransfer} as the transfer function and {@link TypeMerger}
 * (which asks the class model for common supertypes) as the join. It doubles as a light verifier: code
 * the JVM would reject is reported instead of lifted.
 *
 * <p>An exception handler receives, from every instruction its range covers, the locals as they were
 * before that instruction and a stack holding just the caught exception (JVMS 4.10.1.6); the class model
 * is asked whether the caught class exists. Instructions never reached get no frame: they are dead and
 * the lifter drops them.
 */
final class TypeFlow {
    private final MethodCode code;
    private final LiftContext ctx;
    private final TypeMerger merger;
    private final Set<MethodCode.TryCatch> checkedCatchTypes = new HashSet<>();
    private final TypeFrame[] frames;
    private final Deque<Integer> work = new ArrayDeque<>();
    private final boolean[] queued;

    private TypeFlow(MethodCode code, LiftContext ctx) {
        this.code = code;
        this.ctx = ctx;
        this.merger = new TypeMerger(ctx);
        this.frames = new TypeFrame[code.size()];
        this.queued = new boolean[code.size()];
    }

    /** The frame before each instruction, or null for an unreachable one. */
    static TypeFrame[] analyze(MethodCode code, LiftContext ctx) {
        TypeFlow flow = new TypeFlow(code, ctx);
        flow.frames[0] = entryFrame(code);
        flow.enqueue(0);
        while (!flow.work.isEmpty()) flow.step(flow.work.poll());
        return flow.frames;
    }

    private static TypeFrame entryFrame(MethodCode code) {
        TypeFrame f = new TypeFrame(code.maxLocals());
        int slot = 0;
        if (!code.isStatic()) f.store(slot++, JType.object(code.className));
        for (Type t : Type.getArgumentTypes(code.method.desc)) {
            f.store(slot, JType.fromDescriptor(t.getDescriptor()).computational());
            slot += t.getSize();
        }
        return f;
    }

    private void step(int i) {
        queued[i] = false;
        TypeFrame in = frames[i];
        try {
            for (MethodCode.TryCatch tc : code.handlersAt(i)) {
                if (tc.catchType() != null && checkedCatchTypes.add(tc)) {
                    ctx.requireType(tc.caughtType(), code.site(tc.handler()));
                }
                TypeFrame h = in.copy();
                h.stack.clear();
                h.stack.push(tc.caughtType());
                flowInto(tc.handler(), h);
            }
            TypeFrame out = in.copy();
            TypeTransfer.execute(code.insn(i), out, code.ref.sig().ret());
            if (out.stack.size() > code.maxStack()) throw new InvalidBytecode("operand stack overflow");
            for (int s : code.successors(i)) flowInto(s, out);
        } catch (InvalidBytecode e) {
            throw new CompileError(code.site(i).error("invalid bytecode: " + e.getMessage()));
        }
    }

    private void flowInto(int target, TypeFrame f) {
        if (frames[target] == null) {
            frames[target] = f.copy();
            enqueue(target);
        } else if (frames[target].merge(f, merger)) {
            enqueue(target);
        }
    }

    private void enqueue(int i) {
        if (!queued[i]) {
            queued[i] = true;
            work.add(i);
        }
    }
}
