package dev.kiln.opt.flow;

import dev.kiln.ir.IrMethod;
import dev.kiln.ir.MethodRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Why the type flow kept a method: for every method it reached, the method whose code reached it first (a call, a
 * class initialisation it runs, a failing check's factory), so that a chain leads back to where the analysis
 * started. For finding the call that brings a large part of the library into a module (`kiln compile --why`).
 */
public final class ReachChains {
    /** Reached methods by their reference's text, each with the method that first reached it (or null for a root). */
    private final Map<String, MethodRef> reachedFrom = new TreeMap<>();
    private final Map<String, MethodRef> refs = new TreeMap<>();

    ReachChains(TypeFlowAnalysis a) {
        for (IrMethod m : a.reached) {
            IrMethod from = a.reachedFrom(m);
            refs.put(m.ref().toString(), m.ref());
            reachedFrom.put(m.ref().toString(), from == null ? null : from.ref());
        }
    }

    /**
     * The chain of the first reached method (in the order of their text) whose reference starts with
     * {@code methodPrefix} ({@code java.util.regex.Pattern.compile}, {@code sun.util.cldr.}): that method first, then the
     * method that reached it, and so on to a root; empty if no reached method matches.
     */
    public List<MethodRef> why(String methodPrefix) {
        List<MethodRef> out = new ArrayList<>();
        for (Map.Entry<String, MethodRef> e : refs.entrySet()) {
            if (!e.getKey().startsWith(methodPrefix)) continue;
            Set<String> seen = new HashSet<>();
            for (MethodRef m = e.getValue(); m != null && seen.add(m.toString()); m = reachedFrom.get(m.toString())) out.add(m);
            break;
        }
        return out;
    }
}
