package dev.kiln.ir.verify;

import dev.kiln.ir.Function;
import dev.kiln.ir.IrProgram;

/**
 * Checks that a function is well-formed IR: the invariants below hold after the frontend and after
 * every optimizer pass, and every later stage relies on them instead of checking again. Each violation
 * is reported against the instruction, phi, handler or block it is about, and
 * {@link VerifierResult#render()} prints it under that line.
 *
 * <p>Invariants:
 * <ol>
 *   <li><b>Blocks.</b> The function has at least one block. Every block ends in exactly one terminator and
 *       has no terminator elsewhere. Block names are unique, and every branch and handler target is a
 *       block of this function.</li>
 *   <li><b>Entry.</b> The entry (first) block has no predecessors, normal or exceptional, and no phis.</li>
 *   <li><b>Definitions.</b> Every value is defined exactly once (as a parameter, phi or instruction
 *       result), no two values share a name, and every value has a computational type: int, long,
 *       float, double or a reference.</li>
 *   <li><b>Dominance.</b> Every use is dominated by its definition: earlier in the same block, or in a
 *       block that dominates the user. A phi input counts as a use at the end of its predecessor. An
 *       exception edge leaves its block just before the throwing instruction, so that instruction's
 *       result (and anything after it) is not available along the edge: not as a phi input on it, and
 *       not in any block reached through it without passing the throwing block again.</li>
 *   <li><b>Phis.</b> A phi has exactly one input per predecessor (over normal and exception edges) and
 *       no input from anything else; inputs have the phi's kind.</li>
 *   <li><b>Exceptions.</b> Handler targets start with {@code caught}; {@code caught} appears nowhere but
 *       first in a handler block, and no normal edge enters a handler block. A block with handlers holds
 *       at most one instruction that may throw, and it is the terminator or directly precedes it.</li>
 *   <li><b>Types.</b> Operands have the computational kind their instruction needs: binary operands
 *       match the operation type (shift counts are int; {@code cmp} is for long, {@code cmpl}/{@code
 *       cmpg} for float and double; bitwise operations for int and long), conversions are JVM
 *       conversions of an operand of the source type, field and array accesses take references, int
 *       indexes and values of the field or component kind, {@code if} compares ints, or references with
 *       eq/ne only, {@code switch} takes an int and ascending keys, {@code throw} and monitors take
 *       references. Checks: {@code nullcheck} takes a reference and has a message, {@code boundscheck} an
 *       array reference and an int index, {@code zerocheck} an int or long, {@code storecheck} two
 *       references. An invoke has the receiver (unless static) and one argument per parameter, each of
 *       the parameter's kind. {@code return} matches the function's return type, and the parameters
 *       match its signature, {@code this} first for instance methods.</li>
 *   <li><b>Results.</b> An instruction defines a value exactly when its operation produces one (a call to
 *       a non-void method may drop its result), with the kind it produces
 *       ({@link dev.kiln.ir.ResultTypes}); a reference result may be narrower than produced.</li>
 *   <li><b>Members</b> (only with a program, and only for owners the program holds). Fields and methods
 *       exist in their owner class with the referenced type, and static accesses name static members.
 *       {@code invoke.interface} names an interface method; {@code invoke.virtual} names a class method or,
 *       when an invokevirtual resolved to a default method a class inherits, an interface method.</li>
 * </ol>
 *
 * <p>If an edge leaves the function, graph-based checks (entry, phis, dominance) are skipped, since
 * predecessors and dominators are not defined; the edge is reported instead.
 */
public final class IrVerifier {
    private IrVerifier() {}

    public static VerifierResult verify(Function fn) {
        return verify(fn, null);
    }

    /** Verifies {@code fn}; {@code program}, if not null, is used to look up the members it references. */
    public static VerifierResult verify(Function fn, IrProgram program) {
        Errors errors = new Errors();
        boolean graphIntact = StructureCheck.run(fn, errors);
        Definitions defs = Definitions.collect(fn, errors);
        if (graphIntact) DominanceCheck.run(fn, defs, errors);
        TypeCheck.run(fn, program, errors);
        return new VerifierResult(fn, errors.list());
    }
}
