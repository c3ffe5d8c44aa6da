/**
 * The optimizer's passes, one per class, named for what they do. Their order is in
 * {@link dev.kiln.opt.Pipeline}.
 */
package dev.kiln.opt.passes;
