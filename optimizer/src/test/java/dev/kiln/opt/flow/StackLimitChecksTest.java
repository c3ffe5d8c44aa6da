package dev.kiln.opt.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiln.ir.Flag;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.MethodRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which methods check the shadow stack's limit: those on cycles of calls, unless the other chains are too heavy. */
class StackLimitChecksTest {
    private final Map<String, IrMethod> methods = new HashMap<>();
    private final Map<IrMethod, Set<IrMethod>> callees = new HashMap<>();
    private final Map<IrMethod, Set<IrMethod>> initializerRuns = new HashMap<>();

    private IrMethod m(String name) {
        return methods.computeIfAbsent(name, n -> new IrMethod(MethodRef.of("a.A", n, "()V"), Set.of(Flag.STATIC)));
    }

    private void call(String from, String to) {
        callees.computeIfAbsent(m(from), k -> new HashSet<>()).add(m(to));
    }

    private Set<String> checking() {
        Set<MethodRef> refs = StackLimitChecks.checking(new LinkedHashSet<>(methods.values()), callees, initializerRuns);
        return refs == null ? null : refs.stream().map(MethodRef::name).collect(Collectors.toSet());
    }

    @Test
    void onlyMethodsOnCyclesCheck() {
        call("main", "parse");
        call("parse", "expr");
        call("expr", "term");
        call("term", "expr");
        call("term", "number");
        call("main", "count");
        call("count", "count");
        call("main", "print");
        assertEquals(Set.of("expr", "term", "count"), checking());
    }

    @Test
    void aCycleThroughAStaticInitializerChecksToo() {
        call("main", "get");
        initializerRuns.computeIfAbsent(m("get"), k -> new HashSet<>()).add(m("<clinit>"));
        call("<clinit>", "get");
        m("other");
        assertEquals(Set.of("get", "<clinit>"), checking());
    }

    @Test
    void noCycleNoCheck() {
        call("main", "a");
        call("a", "b");
        call("main", "b");
        assertEquals(Set.of(), checking());
    }

    /**
     * A chain of methods on no cycle goes on unchecked after the last check that passed: 1,000 frames of weight 9 (the
     * fixed 8 and a return) are more than {@link StackLimitChecks#MAX_TAIL_WEIGHT}, so every method checks; 900 fit.
     */
    @Test
    void everyMethodChecksWhenAChainWithoutCyclesIsTooHeavy() {
        chainOf(1000);
        call("r", "r");
        assertNull(checking());
    }

    @Test
    void aChainWithoutCyclesThatFitsChecksNothing() {
        chainOf(900);
        call("r", "r");
        assertEquals(Set.of("r"), checking());
    }

    private void chainOf(int length) {
        for (int i = 0; i < length; i++) {
            IrMethod method = m("m" + i);
            Function body = new Function(method.ref(), true);
            body.newBlock().add(new Insn.Return(null));
            method.setBody(body);
            if (i > 0) call("m" + (i - 1), "m" + i);
        }
    }
}
