/**
 * Facts about int values within one function: {@link dev.kiln.opt.range.IndexRanges} proves bounds such as
 * {@code 0 <= i < a.length} on demand, for the passes that remove checks which cannot fail.
 */
package dev.kiln.opt.range;
