package dev.kiln.backend.emit;

import dev.kiln.ir.Instruction;
import dev.kiln.ir.IrMethod;
import dev.kiln.wasm.model.BlockType;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Local;
import dev.kiln.wasm.model.NumType;
import dev.kiln.wasm.model.Op;
import java.util.List;

/**
 * One function's frame on the {@link ShadowStack}, and the places its code touches it: the prologue, each
 * call site that may lead to a stack trace being captured, each {@code return}, and each landing pad.
 * Instruction selectors call {@link #callSite} right before any call into code that may capture a trace or
 * overflow the stack (a Java method that is not {@linkplain QuietMethods quiet}, a class initialiser, a
 * runtime function that makes an implicit exception), so that the frame names the line the JVM would.
 *
 * <p>How much the function does depends on its {@link Mode}. An {@linkplain Mode#EAGER eager} frame is
 * pushed in the prologue and popped at each {@code return}. A {@linkplain Mode#DEFERRED deferred} one is
 * pushed (idempotently) at each call site and popped at each {@code return} only if a call site can be
 * followed by one: a method whose only such calls are on a rare branch, or on paths that can only end by
 * throwing ({@link ColdBlocks}: an argument check, an implicit exception), then costs two instructions
 * on its usual path, or four. A frame pushed on the way to a throw needs no pop: the landing pad that
 * catches the exception sets {@code top}.
 */
final class Frame {
    /** What a function does with the shadow stack. */
    enum Mode {
        /** Nothing: a quiet method, or Kiln's own runtime without a landing pad. */
        NONE,
        /** Remembers {@code top} on entry and restores it in landing pads: Kiln's runtime with a landing pad. */
        SAVED,
        /**
         * Remembers {@code top} on entry, pushes the frame before each call site, restores {@code top} at
         * each return (if it can have been pushed there) and in landing pads.
         */
        DEFERRED,
        /** Pushes the frame in the prologue, pops it at each {@code return}, re-pushes it in landing pads. */
        EAGER
    }

    private final ShadowStack stack;
    private final IrMethod method;
    private final Func func;
    private final Mode mode;
    /** For an eager or deferred frame, the method's code that can only end by throwing. */
    private final ColdBlocks cold;
    /** For a deferred frame: whether a return can follow a push, so that returns must pop. */
    private final boolean popsAtReturn;
    private final Local pointer;
    private int weight;
    /** The site last stored on the main path (not in a check's failing branch), and where: the body's length right after. */
    private int storedSite = -1;
    private final Since stored = new Since();
    /** For a deferred frame, where it was last pushed on the main path, or not at all. */
    private final Since pushed = new Since();
    /** The body's length after the last landing pad's reset of {@code top}, or -1. */
    private int caughtAt = -1;

    Frame(ShadowStack stack, IrMethod method, Func func, Mode mode, ColdBlocks cold, boolean popsAtReturn) {
        this.stack = stack;
        this.method = method;
        this.func = func;
        this.mode = mode;
        this.cold = cold;
        this.popsAtReturn = mode == Mode.EAGER || popsAtReturn;
        this.pointer = mode == Mode.NONE ? null : func.addLocal("frame", NumType.I32);
    }

    /**
     * The prologue, emitted once every local but scratch ones exists (they decide the weight): remembers
     * {@code top} as the frame pointer, and for an eager frame pushes the frame after checking the limit.
     */
    void enter() {
        if (mode == Mode.NONE) return;
        weight = ShadowStack.weight(func);
        List<Instr> b = func.body();
        b.add(Instr.globalGet(stack.top()));
        if (mode != Mode.EAGER) {
            b.add(Instr.localSet(pointer));
            return;
        }
        b.add(Instr.localTee(pointer));
        push(b);
    }

    /**
     * Records that the frame is at {@code at}'s line, before a call that may capture a stack trace or
     * overflow the stack; a deferred frame is pushed first. Nothing is pushed or stored again that
     * straight-line code since (several calls on one line) left in place. In {@linkplain ColdBlocks cold}
     * code, all of it is one call of {@link ShadowStack#enterFunction}, which saves space.
     */
    void callSite(Instruction at) {
        if (mode != Mode.EAGER && mode != Mode.DEFERRED) return;
        if (cold.isCold(at.block())) {
            failureSite(at, true);
            return;
        }
        List<Instr> b = func.body();
        if (mode == Mode.DEFERRED && !pushed.reaches(b)) {
            b.add(Instr.localGet(pointer));
            push(b);
            pushed.at(b.size());
        }
        int site = stack.site(method, weight, at.pos());
        if (site == storedSite && stored.reaches(b)) return;
        b.add(Instr.localGet(pointer));
        b.add(Instr.i32Const(site));
        b.add(ShadowStack.storeSite());
        storedSite = site;
        stored.at(b.size());
    }

    /**
     * {@link #callSite} for a call whose result the code then throws: the failing path of a check. It pushes
     * the frame (idempotently, even an eager one) and stores the site with one call of
     * {@link ShadowStack#enterFunction}.
     */
    void failureSite(Instruction at) {
        failureSite(at, false);
    }

    /**
     * {@code onMainPath}: the call site is in a cold block, whose code runs straight on from here; otherwise it is in a
     * check's failing branch, which ends by throwing, and the main path after the branch does not get its push.
     */
    private void failureSite(Instruction at, boolean onMainPath) {
        if (mode != Mode.EAGER && mode != Mode.DEFERRED) return;
        int site = stack.site(method, weight, at.pos());
        List<Instr> b = func.body();
        if (site == storedSite && stored.reaches(b) && (mode == Mode.EAGER || pushed.reaches(b))) return;
        b.add(Instr.localGet(pointer));
        b.add(Instr.i32Const(weight));
        b.add(Instr.i32Const(site));
        b.add(Instr.call(stack.enterFunction()));
        if (!onMainPath) return;
        storedSite = site;
        stored.at(b.size());
        pushed.at(b.size());
    }

    /** True if a call to {@code callee} needs {@link #callSite} first. */
    boolean recordsCallsTo(IrMethod callee) {
        return (mode == Mode.EAGER || mode == Mode.DEFERRED) && stack.recordsCallsTo(callee);
    }

    /** Pops the frame, before a {@code return}. */
    void leave() {
        if (!popsAtReturn) return;
        func.body().add(Instr.localGet(pointer));
        func.body().add(Instr.globalSet(stack.top()));
    }

    /**
     * In a landing pad: {@code top} back to what it is in this function outside calls, wherever the
     * exception came from: the end of an eager frame, else the frame pointer (a deferred frame is pushed
     * again at its next call site).
     */
    void afterCatch() {
        if (mode == Mode.NONE) return;
        List<Instr> b = func.body();
        caughtAt = b.size();
        b.add(Instr.localGet(pointer));
        if (mode == Mode.EAGER) {
            b.add(Instr.i32Const(ShadowStack.bytes(weight)));
            b.add(Instr.simple(Op.I32_ADD));
        }
        b.add(Instr.globalSet(stack.top()));
    }

    /**
     * With the frame pointer on the stack: checks the limit (if the program can overflow and this method is on a cycle
     * of calls, {@link ShadowStack#checksLimit(IrMethod)}) and pushes the frame.
     */
    private void push(List<Instr> b) {
        if (stack.checksLimit(method)) {
            b.add(Instr.globalGet(stack.limit()));
            b.add(Instr.simple(Op.I32_GE_U));
            b.add(Instr.if_(BlockType.EMPTY));
            b.add(Instr.call(stack.overflowFunction()));
            b.add(Instr.end());
            b.add(Instr.localGet(pointer));
        }
        b.add(Instr.i32Const(ShadowStack.bytes(weight)));
        b.add(Instr.simple(Op.I32_ADD));
        b.add(Instr.globalSet(stack.top()));
    }

    /**
     * A point of the body on the main path (where a push or a store was emitted), and whether every path to the body's
     * current end passes through it: since then the code may open and close blocks of its own (a check's failing
     * branch, an inner loop) but closes none it is in, takes no {@code else} of one, and resets {@code top} in no
     * landing pad. Wasm enters a block only at its start, so the point's block is then only reached through the
     * point. The scan resumes where the last one stopped.
     */
    private final class Since {
        private int from = -1;
        private int scanned;
        private int depth;
        private boolean reaches;

        void at(int position) {
            from = position;
            scanned = position;
            depth = 0;
            reaches = true;
        }

        boolean reaches(List<Instr> body) {
            if (from < 0 || caughtAt >= from) return false;
            for (; reaches && scanned < body.size(); scanned++) {
                Op op = body.get(scanned).op;
                if (op.opensBlock()) {
                    depth++;
                } else if (op == Op.END) {
                    if (--depth < 0) reaches = false;
                } else if (op == Op.ELSE && depth == 0) {
                    reaches = false;
                }
            }
            return reaches;
        }
    }
}
