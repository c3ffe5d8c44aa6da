/**
 * Whole-program analysis that runs once, between two runs of the per-method passes:
 * {@link dev.kiln.opt.flow.TypeFlowAnalysis} (which run-time types, null included, reach each value, so which methods
 * calls really dispatch to, and which exceptions each method may let escape) and
 * {@link dev.kiln.opt.flow.TypeFlowPruning}, which removes what it found cannot run.
 */
package dev.kiln.opt.flow;
