package dev.kiln.opt.flow;

import dev.kiln.ir.FieldRef;
import dev.kiln.ir.MethodRef;
import java.util.List;

/**
 * What the generated code does beyond the program's own code, for the {@link TypeFlowAnalysis}: the runtime
 * methods it calls ({@code methods}: their parameters get whatever their types allow), those {@code _start} calls
 * around the entry point ({@code startup}: what escapes them is uncaught), the classes it instantiates itself (string
 * literals, {@code Class} objects, whose fields it fills, {@code nonNullByBackend} those of their fields it never leaves
 * null before the program's code runs), the runtime's monitor hooks it calls for
 * {@code monitorenter} and {@code monitorexit}, the hooks through which it raises exceptions
 * ({@link ExceptionSources}), and the classes it needs whatever the program does ({@code requiredClasses}: pruning
 * never removes them, {@link UnusedClasses}).
 */
public record FlowRoots(List<MethodRef> methods, List<MethodRef> startup, List<String> instantiatedByBackend,
                        List<FieldRef> nonNullByBackend, MethodRef monitorEnter, MethodRef monitorExit,
                        ExceptionSources exceptions, List<String> requiredClasses) {
    public FlowRoots {
        requiredClasses = List.copyOf(requiredClasses);
        methods = List.copyOf(methods);
        startup = List.copyOf(startup);
        instantiatedByBackend = List.copyOf(instantiatedByBackend);
        nonNullByBackend = List.copyOf(nonNullByBackend);
    }
}
