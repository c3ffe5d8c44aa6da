package dev.kiln.frontend.reach;

import dev.kiln.frontend.lift.Site;
import dev.kiln.frontend.model.ClassHierarchy;
import dev.kiln.frontend.model.ClassInfo;
import dev.kiln.frontend.model.FieldInfo;
import dev.kiln.frontend.model.MethodInfo;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import dev.kiln.ir.Function;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.MethodSig;
import dev.kiln.ir.NativeBinding;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rapid type analysis (Bacon and Sweeney): which methods a program can run, given that a virtual call can
 * only dispatch to a class the program instantiates somewhere. A worklist of reachable methods; each is
 * lifted to SSA and its code scanned ({@link BodyScanner}):
 * <ul>
 *   <li>{@code new} makes a class instantiated; static and special calls make their target reachable;</li>
 *   <li>a virtual or interface call records its resolved method as dispatched; for every instantiated
 *       class that inherits from the method's class, the method JVMS 5.4.6 selects becomes reachable, now
 *       or when the class is instantiated later;</li>
 *   <li>the side of a branch on {@code instanceof T} that a T takes is read only once some instantiated class
 *       is a T, and removed from the body if none ever is ({@link BodyScanner});</li>
 *   <li>{@code initclass} makes the static initializers JVMS 5.5 runs reachable (the lifter places one
 *       at every point that may initialise a class, so no other instruction needs to);</li>
 *   <li>every class named by a type (fields, signatures, casts, constants, handlers, values) is kept,
 *       with its supertypes, its instance fields' types and, for a member class, the class declaring it
 *       (its Class object names it), so later stages find every type they meet.</li>
 * </ul>
 * Arrays are never "instantiated" classes, but creating any lets calls on them dispatch to
 * java.lang.Object's methods. The bodies of {@code @GeneratedBody} natives list classes of the program
 * ({@link GeneratedBodies}); when the worklist runs dry they are regenerated, and scanned again, until
 * their lists stop growing. Errors are collected over the whole program, each with the call chain
 * that reached it ({@link CallChains}), and thrown together at the end.
 */
public final class RapidTypeAnalysis {
    private static final MethodSig NO_ARGS_VOID = new MethodSig(List.of(), JType.VOID);

    private final ClassHierarchy h;
    /** Reachable methods (with code, or native), first reason first. */
    final Map<MethodInfo, ReachedFrom> reached = new LinkedHashMap<>();
    /** Resolved methods of virtual and interface call sites: the backend's dispatch slots. */
    final Map<MethodInfo, ReachedFrom> dispatched = new LinkedHashMap<>();
    final Map<MethodInfo, Function> bodies = new HashMap<>();
    final Map<MethodInfo, NativeBinding> bindings = new HashMap<>();
    final Set<ClassInfo> instantiated = new LinkedHashSet<>();
    /** The classes (array element classes for arrays) that class literals in reachable code name. */
    final Set<ClassInfo> classLiterals = new LinkedHashSet<>();
    final Set<ClassInfo> kept = new LinkedHashSet<>();
    final Set<FieldInfo> staticFields = new HashSet<>();
    /** Instantiated classes, plus java.lang.Object once an array exists: the receivers calls can dispatch on. */
    private final Set<ClassInfo> receivers = new HashSet<>();
    /**
     * The two indexes that keep dispatch proportional to its matches rather than receivers × call targets:
     * receivers by each of their supertypes, dispatched methods by declaring class.
     */
    private final Map<ClassInfo, List<ClassInfo>> receiversBySupertype = new HashMap<>();
    private final Map<ClassInfo, List<MethodInfo>> dispatchedByOwner = new HashMap<>();
    /** Classes whose initialization the program reaches ({@code initclass}). */
    final Set<ClassInfo> initialized = new HashSet<>();
    private final Deque<MethodInfo> work = new ArrayDeque<>();
    /** Bodies with instanceof branches waiting for an instance of a type ({@link BodyScanner}), by method. */
    private final Map<MethodInfo, BodyScanner> waitingBodies = new LinkedHashMap<>();
    /** The bodies to read on for each type that has no instance yet. */
    private final Map<ClassInfo, List<BodyScanner>> waitingFor = new HashMap<>();
    /** Types that got their first instance, whose waiting bodies are read on in the main loop. */
    private final Deque<ClassInfo> newInstanceTypes = new ArrayDeque<>();
    private final CallChains chains = new CallChains(reached);
    private final List<Diagnostic> errors = new ArrayList<>();
    final GeneratedBodies generated;
    private boolean arraysCreated;

    private RapidTypeAnalysis(ClassHierarchy h) {
        this.h = h;
        this.generated = new GeneratedBodies(this, h);
    }

    /**
     * The reachable program: see {@link ProgramAssembler} for what it contains.
     *
     * @throws CompileError with every problem found in reachable code
     */
    public static IrProgram analyze(ClassHierarchy h, Roots roots) {
        RapidTypeAnalysis rta = new RapidTypeAnalysis(h);
        rta.run(roots);
        return ProgramAssembler.assemble(rta, h, roots.entryPoints());
    }

    private void run(Roots roots) {
        ReachedFrom root = ReachedFrom.ROOT;
        attempt(null, () -> keepClass(h.require("java.lang.Object", root.site()), root.site()));
        for (MethodRef ref : roots.methods()) {
            attempt(null, () -> {
                MethodInfo m = h.declaredMethod(ref, root.site());
                reach(m, root);
                if (m.isStatic()) initialize(m.owner(), root);
            });
        }
        for (String name : roots.extraInstantiated()) attempt(null, () -> instantiate(h.require(name, root.site()), root));
        do {
            while (!work.isEmpty() || !newInstanceTypes.isEmpty()) {
                if (!work.isEmpty()) {
                    MethodInfo m = work.poll();
                    attempt(m, () -> process(m));
                } else {
                    ClassInfo type = newInstanceTypes.poll();
                    for (BodyScanner scanner : waitingFor.remove(type)) {
                        // A generated body that was made again has a new scanner; the old one's body is gone.
                        if (waitingBodies.get(scanner.method()) == scanner) attempt(scanner.method(), () -> scanner.resume(type));
                    }
                }
            }
        } while (regenerateBodies());
        if (!errors.isEmpty()) throw new CompileError(errors);
        // What still waits can never run: no value is an instance of the type it waits for.
        for (BodyScanner scanner : waitingBodies.values()) scanner.prune();
    }

    /** Whether some instantiated class is a {@code type} (extends or implements it, or is it). */
    boolean hasInstance(ClassInfo type) {
        // The receivers are the instantiated classes, and java.lang.Object once an array exists, which no branch waits for.
        return receiversBySupertype.containsKey(type);
    }

    /** A body of {@code m} is about to be read (again, for a generated body): whatever waited in an older one is void. */
    void scanning(MethodInfo m) {
        waitingBodies.remove(m);
    }

    /** A branch in {@code scanner}'s body waits for an instance of {@code type}, which has none yet. */
    void waitFor(BodyScanner scanner, ClassInfo type) {
        waitingBodies.put(scanner.method(), scanner);
        waitingFor.computeIfAbsent(type, k -> new ArrayList<>()).add(scanner);
    }

    /** {@link GeneratedBodies#regenerate()}, its errors recorded like a step's; true if there may be new work. */
    private boolean regenerateBodies() {
        boolean[] changed = {false};
        attempt(null, () -> changed[0] = generated.regenerate());
        return changed[0];
    }

    /** Runs one step; its errors are recorded, explained by the chain to {@code where} if given, and the analysis goes on. */
    private void attempt(MethodInfo where, Runnable step) {
        try {
            step.run();
        } catch (CompileError e) {
            for (Diagnostic d : e.diagnostics()) errors.add(where == null ? d : chains.explain(d, where));
        }
    }

    private void process(MethodInfo m) {
        if (m.isNative()) {
            String generatedBody = m.generatedBody();
            if (generatedBody != null) {
                generated.reach(m, generatedBody);
                return;
            }
            NativeBinding binding = m.nativeBinding();
            if (binding == null) errors.add(chains.unboundNative(m));
            else bindings.put(m, binding);
            return;
        }
        Function body = m.lift(h);
        bodies.put(m, body);
        new BodyScanner(this, h, m).scan(body);
    }

    /** A method runs: static and special calls, selected overrides, initializers, roots. */
    void reach(MethodInfo m, ReachedFrom from) {
        if (reached.containsKey(m)) return;
        if (!m.hasCode() && !m.isNative()) throw new CompileError(from.site().error("abstract method " + m + " cannot run"));
        keepMethod(m, from.site());
        reached.put(m, from);
        work.add(m);
    }

    /** A virtual or interface call of the resolved method {@code target}. */
    void dispatch(MethodInfo target, ReachedFrom from) {
        keepMethod(target, from.site());
        if (dispatched.putIfAbsent(target, from) != null) return;
        dispatchedByOwner.computeIfAbsent(target.owner(), k -> new ArrayList<>()).add(target);
        // Selecting and reaching never adds receivers, so the list is not modified while iterated.
        for (ClassInfo r : receiversBySupertype.getOrDefault(target.owner(), List.of())) select(r, target, from);
    }

    void instantiate(ClassInfo c, ReachedFrom from) {
        keepClass(c, from.site());
        if (instantiated.add(c)) addReceiver(c);
    }

    void arrayCreated() {
        if (arraysCreated) return;
        arraysCreated = true;
        addReceiver(h.require("java.lang.Object", ReachedFrom.ROOT.site()));
    }

    private void addReceiver(ClassInfo r) {
        if (!receivers.add(r)) return;
        for (ClassInfo s : h.supertypes(r)) {
            receiversBySupertype.computeIfAbsent(s, k -> {
                // s has its first instance: the branches that waited for one are read on (in the main loop).
                if (waitingFor.containsKey(k)) newInstanceTypes.add(k);
                return new ArrayList<>();
            }).add(r);
            // As in dispatch: selecting never dispatches, so the list is not modified while iterated.
            for (MethodInfo target : dispatchedByOwner.getOrDefault(s, List.of())) select(r, target, dispatched.get(target));
        }
    }

    private void select(ClassInfo receiver, MethodInfo target, ReachedFrom from) {
        MethodInfo selected = h.select(receiver, target);
        if (selected != null && (selected.hasCode() || selected.isNative())) reach(selected, from);
    }

    /** An {@code initclass}: the static initializers JVMS 5.5 runs for {@code c}. */
    void initialize(ClassInfo c, ReachedFrom from) {
        if (!initialized.add(c)) return;
        for (ClassInfo k : h.initializedWith(c)) reach(k.method("<clinit>", NO_ARGS_VOID), from);
    }

    void accessStatic(FieldInfo f, Site site) {
        keepClass(h.require(f.owner(), site), site);
        keepType(f.type(), site);
        staticFields.add(f);
    }

    void keepType(JType type, Site site) {
        JType element = type.elementType();
        if (element.isClass()) keepClass(h.require(element.className(), site), site);
    }

    void keepClass(ClassInfo c, Site site) {
        if (!kept.add(c)) return;
        if (c.superName() != null) keepClass(h.find(c.superName()), site);
        for (String i : c.interfaces()) keepClass(h.find(i), site);
        ClassInfo declaring = c.declaringClass() == null ? null : h.find(c.declaringClass());
        if (declaring != null) keepClass(declaring, site);
        for (FieldInfo f : c.fields()) if (!f.isStatic()) keepType(f.type(), site);
    }

    private void keepMethod(MethodInfo m, Site site) {
        keepClass(m.owner(), site);
        for (JType p : m.ref().sig().params()) keepType(p, site);
        keepType(m.ref().sig().ret(), site);
    }
}
