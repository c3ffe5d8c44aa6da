package dev.kiln.opt;

import dev.kiln.ir.Function;

/**
 * One IR-to-IR transformation over a single function. Each implementation's class comment states its
 * rewrite as before → after, and what it deliberately leaves alone.
 *
 * <p>A pass receives valid IR (see {@link dev.kiln.ir.verify.IrVerifier}) and must leave valid IR; the
 * {@link PassManager} checks that after every pass when verification is on. Passes keep no state between
 * runs, so one instance serves every function.
 */
@FunctionalInterface
public interface Pass {
    /** Transforms {@code fn} in place; returns true if it changed anything. */
    boolean run(PassContext ctx, Function fn);
}
