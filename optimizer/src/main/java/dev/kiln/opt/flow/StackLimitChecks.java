package dev.kiln.opt.flow;

import dev.kiln.ir.IrMethod;
import dev.kiln.ir.MethodRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which methods' frames must check the shadow stack's limit, in a program that can overflow it: only the methods on a
 * cycle of calls (recursion, as {@link TypeFlowAnalysis#mayOverflow} counts it), since only a cycle makes the stack
 * grow without bound. Every other chain of calls is bounded, and where it starts the last check passed: so the
 * heaviest chain through methods on no cycle must fit in what the backend's shadow stack keeps beyond its limit (its
 * reserve, 2^14 slots): {@link #MAX_TAIL_WEIGHT}, in the units of {@link ChainWeights}, which bound the backend's. If
 * it does not, every method checks, as before this class. A check costs about 11 bytes of code at each frame push
 * (the regex-free {@code WordStats} made 636 of them, 7 KB) and a compare and branch each call.
 */
final class StackLimitChecks {
    /** Half the shadow stack's reserve beyond its limit, so that building the StackOverflowError fits as well. */
    static final long MAX_TAIL_WEIGHT = 1 << 13;

    private StackLimitChecks() {}

    /**
     * The methods on a cycle of {@code callees} and {@code initializerRuns} among {@code reached} (a cycle through a
     * static initializer cannot repeat, but the chain weights take it for one, so its methods check too), or null if a
     * chain of calls through the others may be heavier than {@link #MAX_TAIL_WEIGHT}: then every method must check.
     */
    static Set<MethodRef> checking(Set<IrMethod> reached, Map<IrMethod, Set<IrMethod>> callees,
                                   Map<IrMethod, Set<IrMethod>> initializerRuns) {
        Map<IrMethod, Set<IrMethod>> runs = new HashMap<>();
        for (Map<IrMethod, Set<IrMethod>> edges : List.of(callees, initializerRuns)) {
            edges.forEach((m, targets) -> runs.computeIfAbsent(m, k -> new HashSet<>()).addAll(targets));
        }
        Set<IrMethod> cyclic = onCycles(reached, runs);
        Map<IrMethod, Set<IrMethod>> acyclicCalls = without(callees, cyclic);
        Map<IrMethod, Set<IrMethod>> acyclicRuns = without(initializerRuns, cyclic);
        List<IrMethod> others = new ArrayList<>();
        for (IrMethod m : reached) if (!cyclic.contains(m)) others.add(m);
        if (new ChainWeights(acyclicCalls, acyclicRuns, MAX_TAIL_WEIGHT).anyTooHeavy(others)) return null;
        Set<MethodRef> out = new LinkedHashSet<>();
        for (IrMethod m : cyclic) out.add(m.ref());
        return out;
    }

    /** The edges between methods not in {@code removed}. */
    private static Map<IrMethod, Set<IrMethod>> without(Map<IrMethod, Set<IrMethod>> edges, Set<IrMethod> removed) {
        Map<IrMethod, Set<IrMethod>> out = new HashMap<>();
        for (Map.Entry<IrMethod, Set<IrMethod>> e : edges.entrySet()) {
            if (removed.contains(e.getKey())) continue;
            Set<IrMethod> kept = new HashSet<>();
            for (IrMethod m : e.getValue()) if (!removed.contains(m)) kept.add(m);
            out.put(e.getKey(), kept);
        }
        return out;
    }

    /**
     * The methods in a strongly connected component of the call graph with more than one method or a call to itself
     * (Tarjan's algorithm, with an explicit stack: call chains of the class library are thousands deep).
     */
    static Set<IrMethod> onCycles(Set<IrMethod> methods, Map<IrMethod, Set<IrMethod>> callees) {
        Map<IrMethod, Integer> index = new HashMap<>();
        Map<IrMethod, Integer> low = new HashMap<>();
        Deque<IrMethod> component = new ArrayDeque<>();
        Set<IrMethod> onComponentStack = new HashSet<>();
        Set<IrMethod> cyclic = new HashSet<>();
        record Visit(IrMethod method, List<IrMethod> callees, int[] next) {}
        for (IrMethod root : methods) {
            if (index.containsKey(root)) continue;
            Deque<Visit> visits = new ArrayDeque<>();
            enter(root, index, low, component, onComponentStack);
            visits.push(new Visit(root, List.copyOf(callees.getOrDefault(root, Set.of())), new int[1]));
            while (!visits.isEmpty()) {
                Visit v = visits.peek();
                if (v.next()[0] < v.callees().size()) {
                    IrMethod c = v.callees().get(v.next()[0]++);
                    if (!methods.contains(c)) continue;
                    if (!index.containsKey(c)) {
                        enter(c, index, low, component, onComponentStack);
                        visits.push(new Visit(c, List.copyOf(callees.getOrDefault(c, Set.of())), new int[1]));
                    } else if (onComponentStack.contains(c)) {
                        low.put(v.method(), Math.min(low.get(v.method()), index.get(c)));
                    }
                    continue;
                }
                visits.pop();
                IrMethod m = v.method();
                if (!visits.isEmpty()) {
                    IrMethod caller = visits.peek().method();
                    low.put(caller, Math.min(low.get(caller), low.get(m)));
                }
                if (low.get(m).equals(index.get(m))) {
                    List<IrMethod> members = new ArrayList<>();
                    IrMethod w;
                    do {
                        w = component.pop();
                        onComponentStack.remove(w);
                        members.add(w);
                    } while (w != m);
                    if (members.size() > 1 || callees.getOrDefault(m, Set.of()).contains(m)) cyclic.addAll(members);
                }
            }
        }
        return cyclic;
    }

    private static void enter(IrMethod m, Map<IrMethod, Integer> index, Map<IrMethod, Integer> low,
                              Deque<IrMethod> component, Set<IrMethod> onComponentStack) {
        index.put(m, index.size());
        low.put(m, index.get(m));
        component.push(m);
        onComponentStack.add(m);
    }
}
