package dev.kiln.frontend.reach;

import dev.kiln.ir.MethodRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Where reachability starts: the program's {@code main} (several in a multi-call module), plus what the backend
 * itself calls or allocates (the runtime hooks of docs/RUNTIME-CONTRACT.md, exceptions the generated code throws).
 * Method references name their declaring class; a static root also initialises its class, as the JVM does before
 * running it.
 */
public record Roots(List<MethodRef> entryPoints, List<MethodRef> extraMethods, List<String> extraInstantiated) {
    public Roots {
        entryPoints = List.copyOf(entryPoints);
        extraMethods = List.copyOf(extraMethods);
        extraInstantiated = List.copyOf(extraInstantiated);
    }

    /** A program with one {@code main}. */
    public Roots(MethodRef entryPoint, List<MethodRef> extraMethods, List<String> extraInstantiated) {
        this(List.of(entryPoint), extraMethods, extraInstantiated);
    }

    /** The entry points first, then the extra methods. */
    public List<MethodRef> methods() {
        List<MethodRef> all = new ArrayList<>(entryPoints);
        all.addAll(extraMethods);
        return all;
    }
}
