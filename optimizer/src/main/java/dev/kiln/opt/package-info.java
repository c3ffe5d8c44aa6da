/**
 * The optimizer: {@link dev.kiln.opt.Pipeline} lists the passes in order, {@link dev.kiln.opt.PassManager}
 * runs them over every method body (verifying after each when asked), and the passes themselves live in
 * {@link dev.kiln.opt.passes}, one per class. Before them, {@link dev.kiln.opt.flow} analyses the whole program
 * once and removes what its type flow shows cannot run.
 */
package dev.kiln.opt;
