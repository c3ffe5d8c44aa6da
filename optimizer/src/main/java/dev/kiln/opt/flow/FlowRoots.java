package dev.kiln.opt.flow;

import dev.kiln.ir.MethodRef;
import java.util.List;

/**
 * What the generated code does beyond the program's own code, for the {@link TypeFlowAnalysis}: the runtime
 * methods it calls (their reference parameters get whatever their types allow, or the exceptions thrown for a
 * {@code Throwable}; a returned {@code Throwable} is thrown), the classes it instantiates itself (string literals,
 * {@code Class} objects, whose fields it fills), and the runtime's monitor hooks it calls for
 * {@code monitorenter} and {@code monitorexit}.
 */
public record FlowRoots(List<MethodRef> methods, List<String> instantiatedByBackend, MethodRef monitorEnter, MethodRef monitorExit) {
    public FlowRoots {
        methods = List.copyOf(methods);
        instantiatedByBackend = List.copyOf(instantiatedByBackend);
    }
}
