package dev.kiln.opt.flow;

import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.MethodRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The runtime methods through which the generated code raises the exceptions that no {@code throw} or call of the
 * program shows, for the {@link TypeFlowAnalysis}. Each is reached only where it can run, so that a program that
 * cannot fail in some way carries none of the code for it:
 *
 * <ul>
 *   <li>{@code uncaught}: what {@code _start} calls with an exception that escapes the entry point, the startup
 *       methods or the initialisation of their classes; reached once one can;</li>
 *   <li>the factories a failed check calls, then throws what they return: {@code nullCheck} (for {@code nullcheck};
 *       the backend picks one of the list), {@code boundsCheck}, {@code zeroCheck}, {@code storeCheck},
 *       {@code castCheck} (every {@code checkcast}) and {@code negativeLength} (an array allocation whose length is
 *       not a non-negative constant); reached by the first reached instruction that can fail (a null check once null
 *       reaches its value, a store check once a value may meet an array of another component type);</li>
 *   <li>{@code initFailure}: what a class's initialisation function calls when an initializer of the class or of
 *       its prerequisites throws; reached once one can;</li>
 *   <li>{@code stackOverflow}: the factory of the StackOverflowError a frame beyond the stack limit throws; reached
 *       if the program can recurse (a cycle among the calls reached) or its calls nest very deep, and then any
 *       method may throw what it returns (see {@link TypeFlowAnalysis} for what counts as recursion).</li>
 * </ul>
 *
 * A null entry (or an empty list) stands for a situation the generated code never reports.
 */
public record ExceptionSources(MethodRef uncaught, List<MethodRef> nullCheck, MethodRef boundsCheck, MethodRef zeroCheck,
                               MethodRef storeCheck, MethodRef castCheck, MethodRef negativeLength,
                               List<MethodRef> initFailure, MethodRef stackOverflow) {
    /** No hooks: the implicit exceptions are not modelled (for tests of other parts of the analysis). */
    public static final ExceptionSources NONE = new ExceptionSources(null, List.of(), null, null, null, null, null, List.of(), null);

    public ExceptionSources {
        nullCheck = List.copyOf(nullCheck);
        initFailure = List.copyOf(initFailure);
    }

    /** Every hook, nulls left out. */
    List<MethodRef> all() {
        List<MethodRef> out = new ArrayList<>(nullCheck);
        out.addAll(initFailure);
        for (MethodRef ref : Arrays.asList(uncaught, boundsCheck, zeroCheck, storeCheck, castCheck, negativeLength, stackOverflow)) {
            if (ref != null) out.add(ref);
        }
        return out;
    }

    /** The factories {@code check} calls when it fails (none for an instruction that is no check). */
    List<MethodRef> factoriesOf(Instruction check) {
        if (check instanceof Insn.NullCheck) return nullCheck;
        MethodRef ref = check instanceof Insn.BoundsCheck ? boundsCheck
                : check instanceof Insn.ZeroCheck ? zeroCheck
                : check instanceof Insn.StoreCheck ? storeCheck
                : check instanceof Insn.CheckCast ? castCheck
                : check instanceof Insn.NewArray || check instanceof Insn.NewMultiArray ? negativeLength : null;
        return ref == null ? List.of() : List.of(ref);
    }
}
