/**
 * Whole-program analysis that runs once, before the per-method passes: {@link dev.kiln.opt.flow.TypeFlowAnalysis}
 * (which run-time types reach each value, so which methods calls really dispatch to) and
 * {@link dev.kiln.opt.flow.TypeFlowPruning}, which removes what it found cannot run.
 */
package dev.kiln.opt.flow;
