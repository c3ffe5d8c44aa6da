package dev.kiln.opt.flow;

import dev.kiln.ir.IrMethod;
import dev.kiln.ir.MethodRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Why the type flow kept a method: a shortest chain of what reached methods may run (calls, the static initializers
 * of the classes they initialise, the factories of their failing checks) from where the analysis started (the entry
 * points, the startup hooks, the hooks the generated code calls) to it. For finding the call that brings a large part
 * of the library into a module ({@code kiln compile --why}).
 */
public final class ReachChains {
    /** Each method found from the starts, with the method that runs it on a shortest chain (null for a start). */
    private final Map<MethodRef, MethodRef> parent = new HashMap<>();
    /** Every method the analysis reached, by name in order. */
    private final Map<String, MethodRef> reached = new TreeMap<>();

    /** The exception classes that may escape main (or _start's other calls) and reach the uncaught-exception hook. */
    private final List<String> uncaught;
    /** The uncaught-exception hook, or null if the analysis was not given one. */
    private final MethodRef uncaughtHook;

    ReachChains(TypeFlowAnalysis a) {
        for (IrMethod m : a.reached) reached.put(m.ref().toString(), m.ref());
        uncaught = a.uncaughtTypes();
        uncaughtHook = a.uncaughtHook();
        Map<IrMethod, Set<IrMethod>> runs = a.runs();
        // The program's own starts first: a failure hook that something reached gets its chain from there (the
        // method whose check can fail), and is a start of its own only for what no chain explains (an exception
        // escaping main: the uncaught-exception hook).
        search(a.starts(), runs);
        search(a.failureStarts(), runs);
    }

    private void search(List<IrMethod> starts, Map<IrMethod, Set<IrMethod>> runs) {
        Deque<IrMethod> queue = new ArrayDeque<>();
        for (IrMethod start : starts) {
            if (parent.containsKey(start.ref())) continue;
            parent.put(start.ref(), null);
            queue.add(start);
        }
        while (!queue.isEmpty()) {
            IrMethod m = queue.remove();
            // In the order of their names, so that of two chains as short the same one is printed every time.
            List<IrMethod> nexts = new ArrayList<>(runs.getOrDefault(m, Set.of()));
            nexts.sort(Comparator.comparing(x -> x.ref().toString()));
            for (IrMethod next : nexts) {
                if (parent.containsKey(next.ref())) continue;
                parent.put(next.ref(), m.ref());
                queue.add(next);
            }
        }
    }

    /**
     * For a chain that starts at the uncaught-exception hook: the exception classes, by name in order, that the analysis
     * found may escape the entry point, the startup hooks or their classes' initialisation, which is why the hook runs.
     * Empty for any other chain.
     */
    public List<String> escapingMain(List<MethodRef> chain) {
        if (chain.isEmpty() || !chain.get(chain.size() - 1).equals(uncaughtHook)) return List.of();
        return uncaught;
    }

    /**
     * The chain of the first reached method (in the order of their names) whose name starts with {@code methodPrefix}
     * ({@code java.util.regex.Pattern.compile}, {@code sun.util.cldr.}): that method first, then the method that runs
     * it, and so on to a start; just the method if nothing leads there from a start (such as a static initializer
     * that {@code _start} runs for a class it initialises); empty if no reached method matches.
     */
    public List<MethodRef> why(String methodPrefix) {
        List<MethodRef> out = new ArrayList<>();
        for (Map.Entry<String, MethodRef> e : reached.entrySet()) {
            if (!e.getKey().startsWith(methodPrefix)) continue;
            for (MethodRef m = e.getValue(); m != null; m = parent.get(m)) out.add(m);
            break;
        }
        return out;
    }
}
