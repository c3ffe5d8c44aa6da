package dev.kiln.opt;

import dev.kiln.ir.CompileError;
import dev.kiln.ir.Function;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.text.IrPrinter;
import dev.kiln.ir.verify.IrVerifier;
import dev.kiln.ir.verify.VerifierResult;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs a {@link Pipeline} over every method body of a program, one function at a time, all passes in
 * order on each.
 *
 * <p>Like Binaryen's pass-debug mode, with verification on it checks the input and then the IR after every
 * pass, so a broken invariant is blamed on the pass that broke it rather than found stages later; the
 * failure names the pass, class and method and shows the listing with the errors inline. A pass that
 * throws is reported with its function's IR: in verify mode the IR as it was before that pass (printed
 * ahead of the first pass and again after every pass that reports a change, since one that reports none left
 * the IR as it was), otherwise the IR as the crash left it, so production compiles pay nothing for crash
 * reports. {@link CompileError}s are the user's problem, not a bug, and pass through
 * unwrapped.
 *
 * <p>Dumps ({@code --dump-ir-after=NAME}) go to a sink as a comment line naming the pass followed by the
 * function's listing, so a dump can be pasted straight into an optimizer test.
 */
public final class PassManager {
    private final Pipeline pipeline;
    private final boolean verify;
    private final Set<String> dumpAfter;
    private final Consumer<String> dumpSink;

    public PassManager(Pipeline pipeline) {
        this(pipeline, false, Set.of(), dump -> { });
    }

    private PassManager(Pipeline pipeline, boolean verify, Set<String> dumpAfter, Consumer<String> dumpSink) {
        this.pipeline = pipeline;
        this.verify = verify;
        this.dumpAfter = Set.copyOf(dumpAfter);
        this.dumpSink = dumpSink;
        for (String name : this.dumpAfter) pipeline.find(name);
    }

    /** The same manager, verifying the input and the IR after every pass. */
    public PassManager withVerify(boolean on) {
        return new PassManager(pipeline, on, dumpAfter, dumpSink);
    }

    /** The same manager, writing each function's IR to {@code sink} after each of the named passes. */
    public PassManager withDumpAfter(Set<String> passNames, Consumer<String> sink) {
        return new PassManager(pipeline, verify, passNames, sink);
    }

    /** Optimizes every method body; returns true if any pass changed anything. */
    public boolean run(IrProgram program) {
        return run(new PassContext(program));
    }

    /**
     * Optimizes every method body of the context's program, sharing what the context has found about it (its stable
     * fields) with earlier runs; returns true if any pass changed anything.
     */
    public boolean run(PassContext ctx) {
        boolean changed = false;
        for (IrClass c : ctx.program().classes()) {
            for (IrMethod m : c.methods()) {
                if (m.body() != null) changed |= run(ctx, m.body());
            }
        }
        return changed;
    }

    /** Runs the pipeline on one function; returns true if any pass changed it. */
    public boolean run(PassContext ctx, Function fn) {
        if (verify) {
            VerifierResult input = IrVerifier.verify(fn, ctx.program());
            if (!input.isValid()) throw PassFailure.invalidInput(fn.method(), input.render());
        }
        boolean changedAny = false;
        String before = null;
        for (NamedPass p : pipeline.passes()) {
            if (verify && before == null) before = IrPrinter.print(fn);
            boolean changed;
            try {
                changed = p.pass().run(ctx, fn);
            } catch (CompileError e) {
                throw e;
            } catch (RuntimeException | StackOverflowError | AssertionError e) {
                throw PassFailure.crashed(p.name(), fn.method(), verify ? before : IrPrinter.print(fn), verify, e);
            }
            if (verify) {
                VerifierResult after = IrVerifier.verify(fn, ctx.program());
                if (!after.isValid()) throw PassFailure.invalidAfter(p.name(), fn.method(), after.render());
            }
            if (dumpAfter.contains(p.name())) {
                dumpSink.accept("; IR after " + p.name() + (changed ? "" : " (unchanged)") + "\n" + IrPrinter.print(fn));
            }
            changedAny |= changed;
            if (changed) before = null;
        }
        return changedAny;
    }
}
