package dev.kiln.frontend.lift;

import dev.kiln.ir.Function;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Lifts one method's bytecode to an SSA {@link Function}: the stages run in this order.
 * <ol>
 *   <li>{@link SubroutineInliner}: give every jsr its own copy of the subroutine (old class files only);</li>
 *   <li>{@link SynchronizedMethods}: make a synchronized method's monitor explicit bytecode;</li>
 *   <li>{@link LowerFieldHandles}: turn accesses through VarHandles and Unsafe offsets into field and array
 *       bytecode (with its own type flow);</li>
 *   <li>{@link MethodCode}: index the instructions, their offsets and lines, the exception table;</li>
 *   <li>{@link TypeFlow}: the static type of every local and stack entry (and a light verification);</li>
 *   <li>{@link UnsupportedConstructs}: reject what Kiln cannot compile yet, all problems at once;</li>
 *   <li>{@link ReflectionCalls}: reject calls of reflection APIs, all at once;</li>
 *   <li>{@link BlockPartition}: cut the reachable code into basic blocks;</li>
 *   <li>{@link BodyBuilder}: translate block by block ({@link InsnTranslator}) while constructing SSA
 *       ({@link SsaBuilder}), splitting blocks at throwing instructions inside try ranges
 *       ({@link BlockEmitter});</li>
 *   <li>{@link UnreachableBlocks} and {@link RedundantPhis}: tidy what construction leaves behind;</li>
 *   <li>{@link LiteralRegexCalls}: call {@code String} methods without regular expressions where the expression
 *       is a constant that matches only itself, before reachability sees the calls;</li>
 *   <li>{@link PropertyReads}: read named system properties with {@code System.getProperty} instead of through the
 *       properties object;</li>
 *   <li>{@link TypedArrayCopies}: call the typed overload of {@code System.arraycopy} where both arrays' types are
 *       known.</li>
 * </ol>
 */
public final class MethodLifter {
    private MethodLifter() {}

    /**
     * Lifts {@code method}, which must have code. Read the class with {@link LiftableClass#read} for exact
     * bytecode offsets.
     *
     * @param owner the class declaring the method
     * @param ctx answers questions about the rest of the program
     * @param file what diagnostics name as the file: the source file, else the class file's name
     * @throws dev.kiln.ir.CompileError if the method uses something Kiln cannot compile, or its bytecode is invalid
     */
    public static Function lift(ClassNode owner, MethodNode method, LiftContext ctx, String file) {
        MethodNode monitored = SynchronizedMethods.lower(owner, SubroutineInliner.inline(owner, method, file), file);
        MethodNode plain = LowerFieldHandles.lower(owner, monitored, ctx, file);
        MethodCode code = MethodCode.of(owner, plain, file);
        TypeFrame[] frames = TypeFlow.analyze(code, ctx);
        UnsupportedConstructs.check(code, frames);
        ReflectionCalls.check(code, frames, ctx);
        Function fn = new BodyBuilder(code, ctx, frames, BlockPartition.of(code, frames)).build();
        UnreachableBlocks.remove(fn);
        RedundantPhis.remove(fn);
        LiteralRegexCalls.rewrite(fn);
        PropertyReads.rewrite(fn);
        TypedArrayCopies.rewrite(fn);
        return fn;
    }
}
