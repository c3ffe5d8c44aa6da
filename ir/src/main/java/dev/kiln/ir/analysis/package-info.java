/**
 * Control-flow analyses over a {@link dev.kiln.ir.Function}'s blocks, shared by the verifier, the
 * optimizer and the backend's stackifier: {@link dev.kiln.ir.analysis.ReversePostorder},
 * {@link dev.kiln.ir.analysis.DominatorTree} and {@link dev.kiln.ir.analysis.LoopInfo}.
 *
 * <p>All of them see one graph: the normal edges of each block's terminator plus its exception edges
 * to handler blocks, because a value or a loop that ignores exception edges is wrong the first time
 * something throws. Blocks not reachable from the entry are left out of every result. The analyses are
 * snapshots: recompute them after changing the control flow.
 */
package dev.kiln.ir.analysis;
