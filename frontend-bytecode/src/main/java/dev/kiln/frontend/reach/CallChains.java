package dev.kiln.frontend.reach;

import dev.kiln.frontend.lift.Site;
import dev.kiln.frontend.model.MethodInfo;
import dev.kiln.ir.Diagnostic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Explains reachability errors. In a closed-world compiler a missing class or an unbound native is only an
 * error because something reaches it, and the user needs to know what: every diagnostic raised while
 * compiling a method below a root gets the chain of first callers from the root down to that method,
 * e.g. {@code ; reached from com.example.Main.main → com.example.Worker.run}.
 */
final class CallChains {
    private final Map<MethodInfo, ReachedFrom> reached;

    CallChains(Map<MethodInfo, ReachedFrom> reached) {
        this.reached = reached;
    }

    /** {@code root → ... → m}, each as {@code owner.name}. */
    String chain(MethodInfo m) {
        List<String> names = new ArrayList<>();
        for (MethodInfo k = m; k != null; k = reached.get(k).caller()) names.add(k.owner().name() + "." + k.name());
        Collections.reverse(names);
        return String.join(" → ", names);
    }

    /**
     * The diagnostic with the chain to {@code m} appended, unless {@code m} is a root (the location already
     * names it); one raised without a location (a question the lifter asked about types) is placed in {@code m}.
     */
    Diagnostic explain(Diagnostic d, MethodInfo m) {
        String message = reached.get(m).caller() == null ? d.message() : d.message() + "; reached from " + chain(m);
        if (d.file() == null && d.className() == null && d.method() == null) {
            Site site = m.site();
            return new Diagnostic(d.severity(), site.file(), site.className(), site.method(), -1, -1, message);
        }
        return new Diagnostic(d.severity(), d.file(), d.className(), d.method(), d.bytecodeOffset(), d.line(), message);
    }

    /** A native method without a binding, reported at the call that first reached it. */
    Diagnostic unboundNative(MethodInfo m) {
        ReachedFrom from = reached.get(m);
        String message = "native method " + m + " has neither @Import nor @Intrinsic";
        if (from.caller() == null) return m.site().error(message);
        return from.site().error(message + "; reached from " + chain(from.caller()));
    }
}
