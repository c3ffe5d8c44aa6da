package dev.kiln.opt.flow;

import dev.kiln.ir.Block;
import dev.kiln.ir.ClassQueries;
import dev.kiln.ir.CondOp;
import dev.kiln.ir.FieldRef;
import dev.kiln.ir.Handler;
import dev.kiln.ir.Insn;
import dev.kiln.ir.InsnVisitor;
import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrField;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.NativeBinding;
import dev.kiln.ir.Phi;
import dev.kiln.ir.Value;
import dev.kiln.opt.ConstantFolding;
import dev.kiln.ir.analysis.InstanceofBranch;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A points-to analysis on types (context-insensitive, like GraalVM Native Image's): which run-time types may
 * reach each value of the program, and so which methods a call can really dispatch to, which classes are really
 * instantiated and which sides of {@code instanceof} branches can run. Where rapid type analysis lets a virtual
 * call reach the override of every instantiated class, here it reaches only those of the types that flow into
 * its receiver: a {@code PrintStream}'s {@code out} field that only ever holds a {@code FdOutputStream} calls only
 * {@code FdOutputStream.write}.
 *
 * <p>Primitive values flow the same way, as small sets of constants ({@link PrimitiveValues}): constants, fields (0
 * until stored), parameters and returns, int arithmetic on them and comparisons of longs, floats and doubles;
 * anything else is "any value".
 *
 * <p>Null is one more type ({@link TypeUniverse#NULL}): it comes from the null constant, from every reference field
 * and array element (null until a store), and from whatever the program's code does not show; a call's receiver and
 * what is thrown never hold it. So a null check fails only if null reaches its value. A field that its class's
 * initializer or every constructor stores before anything could read it ({@link FieldInitialization}) does not start
 * null: an instance field unless a constructor that does not store it so is reached; a static field unless, once the
 * graph is complete, something its initializer runs before the store is found to read it (it then gets its null
 * after all, the graph grows, and the check repeats).
 *
 * <p>Exceptions flow too: each method has a flow of what escapes it. What an instruction raises (a thrown value,
 * what a callee lets escape, what a failed check's factory returns, what a failed class initialisation throws) goes
 * to the first handler of its block that catches it, else escapes the method; a handler block is read only once
 * something reaches it. The runtime's hooks for exceptions ({@link ExceptionSources}) are reached only where they
 * can run: the uncaught-exception hook once something escapes {@code _start}'s calls, a check's factory by a check
 * that can fail, the class initialisation hooks once an initializer can throw, and the StackOverflowError's factory
 * only if the program can recurse ({@link #mayOverflow}), after which every method may throw what it makes.
 *
 * <p>The graph ({@link Flow}s, one per tracked SSA value, parameter, return, escape, field, and array allocation site
 * or array type) is built method by method as methods become reachable, and block by block as blocks do: each side
 * of a branch is read only once a value that takes it reaches the branch (a T for the "is a T" side of {@code if (x instanceof T)},
 * a true for the side of {@code if (flag)}, null or an object for the sides of {@code if (x != null)}). Fields are
 * one flow per field (not per object); the elements of arrays one flow per allocation site
 * ({@link TypeUniverse#site}: before, every {@code Object[]} of a program held whatever any {@code Object[]} held, so
 * that {@code Map.of()}'s probe for equal keys in {@code ImmutableCollections}' initializer reached the
 * {@code equals} of every class ever stored in an array, and through it half of java.text) or per array type for
 * arrays the program's code does not allocate. Where the program's own code
 * does not show what a value holds (what the backend stores into strings and {@code Class} objects, what intrinsics
 * and host functions return), the flow holds everything its static type allows ({@link TypeUniverse#cone} and null,
 * or any int value).
 *
 * <p>It refines the frontend's analysis, never widens it: every type it finds is one the frontend found
 * instantiated, and every method it reaches one the frontend lifted. {@link TypeFlowPruning} applies the result.
 */
public final class TypeFlowAnalysis {
    private final IrProgram program;
    private final TypeUniverse universe;
    private final PrimitiveValues ints;
    private final Map<Value, Flow> values = new IdentityHashMap<>();
    private final Map<FieldRef, Flow> fields = new HashMap<>();
    private final Map<Integer, Flow> elements = new HashMap<>();
    private final Map<IrMethod, MethodFlows> methods = new LinkedHashMap<>();
    private ExceptionSources sources = ExceptionSources.NONE;
    /** What escapes the entry point, the startup methods and their classes' initialisation: what is uncaught. */
    private final Flow uncaught = new Flow();
    private boolean uncaughtReached;
    /** What a use of a class whose initialisation failed throws: the results of the initialisation hooks. */
    private final Flow initFailures = new Flow();
    /** Per class: what its initialisation's initializers may throw (its own, its superclasses', its interfaces'). */
    private final Map<IrClass, Flow> initThrows = new HashMap<>();
    private final Set<IrClass> initHooksFed = new HashSet<>();
    private boolean initHooksReached;
    /** Per class: the static initializers its initialisation runs. */
    private final ClassInitializers initializers;
    /** The StackOverflowError any method may throw at entry, once the program can recurse. */
    private final Flow overflow = new Flow();
    private boolean overflowEnabled;
    /** The reached calls (and the runtime's hooks called like calls) per method: finds recursion. */
    private final Map<IrMethod, Set<IrMethod>> callees = new HashMap<>();
    /** Per reached method, the static initializers that its class initialisations may run. */
    private final Map<IrMethod, Set<IrMethod>> initializerRuns = new HashMap<>();
    private final Set<MethodRef> factoriesReached = new HashSet<>();
    private final Deque<Flow> queue = new ArrayDeque<>();
    private final Set<IrClass> initialized = new HashSet<>();
    final Set<IrMethod> reached = new LinkedHashSet<>();
    /** The methods reached virtual and interface calls resolve to: the dispatch slots the program needs. */
    final Set<IrMethod> named = new HashSet<>();
    /** Per reached virtual or interface call, the methods the receivers that reach it select ({@link DevirtualizeCalls}). */
    final Map<Insn.Invoke, Set<IrMethod>> dispatchTargets = new HashMap<>();
    final Set<String> instantiated = new HashSet<>();
    /** Per reached body, the blocks that control can reach. */
    final Map<IrMethod, Set<Block>> readBlocks = new HashMap<>();
    /**
     * Per reached body, its conditional branches (on {@code instanceof}, on an int-like value, on null) and the sides
     * of each that can run so far: one side only makes the branch a {@code goto}, none makes it unreachable.
     */
    final Map<IrMethod, Map<Block, Set<Block>>> branchSides = new HashMap<>();
    private final Dispatch dispatch;
    private MethodRef monitorEnter;
    private MethodRef monitorExit;
    /** Reference fields that do not start null unless found read in their windows ({@link #checkInitializedFields}). */
    private final FieldInitialization initializedFields;
    private final Set<FieldRef> readBeforeStored = new HashSet<>();
    /** Per reached method, the static candidate fields its read blocks read. */
    private final Map<IrMethod, BitSet> ownReads = new HashMap<>();
    /** Per method, the calls not in {@link #callees}: those that build a failure, and its failing checks' factories. */
    private final Map<IrMethod, Set<IrMethod>> otherRuns = new HashMap<>();
    /** The startup hooks {@code _start} calls ({@link FlowRoots#startup}). */
    private final List<IrMethod> startHooks = new ArrayList<>();
    /** The hooks the generated code may call from anywhere ({@link FlowRoots#methods}). */
    private final List<IrMethod> hooks = new ArrayList<>();

    private TypeFlowAnalysis(IrProgram program) {
        this.program = program;
        this.universe = new TypeUniverse(program);
        this.ints = new PrimitiveValues(universe.size());
        this.initializedFields = FieldInitialization.find(program);
        this.initializers = new ClassInitializers(program);
        this.dispatch = new Dispatch(program);
    }

    /** Runs the analysis from the program's entry points and {@code roots}. */
    public static TypeFlowAnalysis run(IrProgram program, FlowRoots roots) {
        TypeFlowAnalysis a = new TypeFlowAnalysis(program);
        a.start(roots);
        a.propagate();
        while (true) {
            if (!a.overflowEnabled && a.sources.stackOverflow() != null && a.mayOverflow()) {
                a.enableOverflow();
                a.propagate();
            }
            // Fields found read in their windows get their null, which may reach more code: check again.
            if (!a.checkInitializedFields()) break;
            a.propagate();
        }
        return a;
    }

    private void start(FlowRoots roots) {
        this.monitorEnter = roots.monitorEnter();
        this.monitorExit = roots.monitorExit();
        this.sources = roots.exceptions();
        for (String name : roots.instantiatedByBackend()) {
            instantiated.add(program.requireClass(name).name());
            // The backend fills these objects' fields itself (a literal's characters, a Class's name), some never null.
            for (IrClass k : program.superChain(name)) {
                for (IrField f : k.fields()) {
                    if (f.isStatic() || !tracked(f.type())) continue;
                    boolean nonNull = roots.nonNullByBackend().contains(f.ref());
                    add(field(f.ref()), nonNull ? universe.cone(f.type()) : anything(f.type()));
                    // Such as a Class's interfaces: an array the backend makes and fills.
                    if (f.type().isArray() && f.type().component().isReference()) {
                        add(elements(universe.id(f.type())), universe.cone(f.type().component()));
                    }
                }
            }
        }
        // Static fields with a ConstantValue attribute hold their constant without code storing it.
        for (IrClass c : program.classes()) {
            for (IrField f : c.fields()) {
                if (f.isStatic() && f.constantValue() instanceof String) add(field(f.ref()), universe.cone(JType.STRING));
            }
        }
        // _start initialises each class and calls the method; what escapes either is uncaught.
        List<IrMethod> started = new ArrayList<>();
        for (MethodRef ref : roots.startup()) {
            IrMethod hook = require(ref);
            started.add(hook);
            startHooks.add(hook);
            // Its parameters, such as the names Startup.program chooses from, whatever their types allow.
            feedHook(hook, null);
        }
        for (MethodRef ref : program.entryPoints()) {
            IrMethod main = require(ref);
            MethodFlows mainFlows = reach(main);
            if (mainFlows.params[0] != null) add(mainFlows.params[0], universe.cone(main.sig().params().get(0)));
            started.add(main);
        }
        for (IrMethod m : started) {
            MethodFlows flows = reach(m);
            IrClass owner = program.requireClass(m.owner());
            initialize(owner);
            edge(flows.escapes, uncaught, null);
            whenInitMayFail(owner, () -> edge(initFailures, uncaught, null));
        }
        observe(uncaught, bits -> reachUncaught());
        // The generated code passes these hooks whatever their parameters' types allow.
        for (MethodRef ref : roots.methods()) {
            hooks.add(require(ref));
            feedHook(require(ref), null);
        }
    }

    /** The hook for what escapes {@code _start}'s calls, given what can. */
    private void reachUncaught() {
        if (uncaughtReached || sources.uncaught() == null) return;
        uncaughtReached = true;
        feedHook(require(sources.uncaught()), uncaught);
    }

    /**
     * Reaches a hook the generated code calls, after initialising its class: its {@code Throwable} parameters get
     * {@code exceptions} (unless that is null), the others whatever their types allow.
     */
    private MethodFlows feedHook(IrMethod m, Flow exceptions) {
        return feedHook(m, exceptions, 0);
    }

    /** The same, but for the parameters before {@code from}, which the caller links itself. */
    private MethodFlows feedHook(IrMethod m, Flow exceptions, int from) {
        MethodFlows flows = reach(m);
        if (m.isStatic()) initialize(program.requireClass(m.owner()));
        for (int k = from; k < flows.params.length; k++) {
            if (flows.params[k] == null) continue;
            JType type = flows.paramTypes.get(k);
            if (exceptions != null && isThrowable(type)) edge(exceptions, flows.params[k], universe.cone(type));
            else add(flows.params[k], anything(type));
        }
        return flows;
    }

    /**
     * What each reached method may run, by call, class initialisation or a failing check's factory (the edges the
     * recursion check and the field windows follow), for {@link ReachChains}.
     */
    Map<IrMethod, Set<IrMethod>> runs() {
        Map<IrMethod, Set<IrMethod>> out = new HashMap<>();
        for (Map<IrMethod, Set<IrMethod>> edges : List.of(callees, initializerRuns, otherRuns)) {
            edges.forEach((m, targets) -> out.computeIfAbsent(m, k -> new LinkedHashSet<>()).addAll(targets));
        }
        return out;
    }

    /**
     * Where the analysis started: the entry points, the startup hooks, the static initializers {@code _start} runs
     * for their classes and the hooks the generated code calls.
     */
    List<IrMethod> starts() {
        List<IrMethod> out = new ArrayList<>();
        for (MethodRef ref : program.entryPoints()) out.add(require(ref));
        out.addAll(startHooks);
        for (IrMethod m : List.copyOf(out)) out.addAll(initializers.of(m.owner()));
        out.addAll(hooks);
        return out;
    }

    /** The uncaught-exception hook, or null. */
    MethodRef uncaughtHook() {
        return sources.uncaught();
    }

    /** The names of the classes that reach the uncaught-exception hook, in order. */
    List<String> uncaughtTypes() {
        List<String> out = new ArrayList<>();
        for (int id = uncaught.types.nextSetBit(0); id >= 0; id = uncaught.types.nextSetBit(id + 1)) {
            if (id != TypeUniverse.NULL) out.add(universe.type(id).toString());
        }
        Collections.sort(out);
        return out;
    }

    /** The runtime's hooks for exceptions that the analysis reached: starts after {@link #starts()}. */
    List<IrMethod> failureStarts() {
        List<IrMethod> out = new ArrayList<>();
        for (MethodRef ref : sources.all()) {
            IrMethod m = program.method(ref);
            if (m != null && reached.contains(m)) out.add(m);
        }
        return out;
    }

    // ---- implicit exceptions ----

    /** What the initialisation of {@code c} may throw from its initializers. */
    private Flow initThrows(IrClass c) {
        Flow f = initThrows.get(c);
        if (f != null) return f;
        f = new Flow();
        initThrows.put(c, f);
        initialize(c);
        for (IrMethod clinit : initializers.of(c)) edge(flowsOf(clinit).escapes, f, null);
        return f;
    }

    /** Runs {@code action} once, when an initializer that initialising {@code c} runs may throw. */
    private void whenInitMayFail(IrClass c, Runnable action) {
        Flow f = initThrows(c);
        boolean[] done = new boolean[1];
        observe(f, bits -> {
            if (done[0]) return;
            done[0] = true;
            feedInitHooks(c, f);
            action.run();
        });
    }

    /**
     * The initialisation hooks, for a class whose initializers may throw {@code thrown}: they get it, or what they
     * made of an earlier failure, and what they return or throw is what a use of a failed class throws.
     */
    private void feedInitHooks(IrClass c, Flow thrown) {
        if (!initHooksFed.add(c)) return;
        for (MethodRef ref : sources.initFailure()) feedHook(require(ref), thrown);
        if (initHooksReached) return;
        initHooksReached = true;
        for (MethodRef ref : sources.initFailure()) {
            MethodFlows flows = feedHook(require(ref), initFailures);
            if (flows.ret != null) edge(flows.ret, initFailures, null);
            edge(flows.escapes, initFailures, null);
        }
    }

    /**
     * True if the reached calls can recurse or nest so deep that the engine's stack may run out. Recursion is a cycle
     * of calls, not counting the runs of static initializers (a class's initialisation in progress does not repeat),
     * the failed checks' factories, or calls that build an exception to throw ({@code throw new E(describe(x))}).
     * Such calls are everywhere: creating a throwable captures the stack trace, whose code has checks and explicit
     * throws of its own, so every program would seem to recurse through them, though each turn of such a cycle needs
     * one more failure while the last is being reported. A program that really recurses only that way gets the
     * engine's trap instead of a StackOverflowError when it runs out of stack.
     */
    private boolean mayOverflow() {
        return new ChainWeights(callees, initializerRuns).anyTooHeavy(reached);
    }

    /**
     * The methods whose frames must check the shadow stack's limit ({@link StackLimitChecks}): none if the program
     * cannot overflow it, else those on a cycle of calls, or null for every method.
     */
    Set<MethodRef> stackLimitCheckers() {
        if (!overflowEnabled) return Set.of();
        return StackLimitChecks.checking(reached, callees, initializerRuns);
    }

    /**
     * The run-time types of the objects {@code Object.getClass()} ({@code kiln.get_class}) may be asked of, null
     * included if it may be asked of null, and whether that includes arrays whose type is only known at run time
     * ({@code Array.newInstance}), which may be of any array type. Only these types' vtables need their Class object.
     */
    ClassQueries classQueried() {
        Set<JType> types = new LinkedHashSet<>();
        boolean anyArray = false;
        for (IrMethod m : reached) {
            if (!(m.nativeBinding() instanceof NativeBinding.Intrinsic i) || !i.name().equals("kiln.get_class")) continue;
            BitSet receivers = flowsOf(m).params[0].types;
            anyArray |= receivers.get(TypeUniverse.ANY_ARRAY);
            forEach(receivers, id -> {
                if (id != TypeUniverse.ANY_ARRAY) types.add(universe.type(id));
            });
        }
        return new ClassQueries(types, anyArray);
    }

    /** From now on every method with a body may throw the StackOverflowError at its entry. */
    private void enableOverflow() {
        overflowEnabled = true;
        IrMethod hook = require(sources.stackOverflow());
        MethodFlows flows = feedHook(hook, overflow);
        if (flows.ret != null) edge(flows.ret, overflow, null);
        edge(flows.escapes, overflow, null);
        for (IrMethod m : List.copyOf(reached)) {
            if (m.body() != null) edge(overflow, flowsOf(m).escapes, null);
        }
    }

    // ---- fields stored before any read ----

    /**
     * Checks the assumption that the static {@link FieldInitialization} candidates never start null: a candidate keeps
     * it only if neither its window's instructions nor anything they may run (calls, class initialisations, the
     * factories of checks that fail) reads it, nor the initializers its class's initialisation runs first, nor what
     * any code may run on a failure (the initialisation hooks, the StackOverflowError's factory, the generated code's
     * hooks). Returns true if a field lost the assumption: it then holds null from the start.
     */
    private boolean checkInitializedFields() {
        List<FieldRef> candidates = initializedFields.candidates();
        boolean any = false;
        for (FieldRef f : candidates) any |= !readBeforeStored.contains(f) && fields.containsKey(f) && initializedFields.isStatic(f);
        if (!any) return false;
        Map<IrMethod, BitSet> reads = transitiveReads();
        BitSet anywhere = new BitSet();
        if (initHooksReached) {
            for (MethodRef ref : sources.initFailure()) anywhere.or(reads.getOrDefault(require(ref), EMPTY));
        }
        if (overflowEnabled) anywhere.or(reads.getOrDefault(require(sources.stackOverflow()), EMPTY));
        for (IrMethod hook : hooks) anywhere.or(reads.getOrDefault(hook, EMPTY));
        List<FieldRef> refuted = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            FieldRef f = candidates.get(k);
            if (readBeforeStored.contains(f) || !fields.containsKey(f) || !initializedFields.isStatic(f)) continue;
            if (anywhere.get(k) || !storedBeforeRead(f, k, reads)) refuted.add(f);
        }
        for (FieldRef f : refuted) readBeforeStored(f);
        return !refuted.isEmpty();
    }

    /** A candidate field may be read before its first store: it holds null from the start, as any other field. */
    private void readBeforeStored(FieldRef f) {
        if (!readBeforeStored.add(f)) return;
        Flow flow = fields.get(f);
        if (flow != null) add(flow, TypeUniverse.NULL_ONLY);
    }

    private static final BitSet EMPTY = new BitSet();

    /**
     * True if nothing the static field's window (its class's initializer up to the store) runs reads it, nor the
     * initializers its class's initialisation runs first. The field's flow exists, so its class is initialised and the
     * initializer reached.
     */
    private boolean storedBeforeRead(FieldRef f, int k, Map<IrMethod, BitSet> reads) {
        FieldInitialization.Window w = initializedFields.windows(f).get(0);
        IrMethod m = w.method();
        if (!reached.contains(m) || !w.stores()) return false;
        Set<Block> live = readBlocks.getOrDefault(m, Set.of());
        List<Instruction> numbered = initializedFields.instructions(m);
        for (int n = w.before().nextSetBit(0); n >= 0; n = w.before().nextSetBit(n + 1)) {
            Instruction i = numbered.get(n);
            if (!live.contains(i.block())) continue;
            for (IrMethod run : runs(i)) {
                if (reads.getOrDefault(run, EMPTY).get(k)) return false;
            }
        }
        for (IrMethod other : initializers.of(m.owner())) {
            if (other != m && reads.getOrDefault(other, EMPTY).get(k)) return false;
        }
        return true;
    }

    /** The methods an instruction of a reached body may run directly (failures aside: {@link #checkInitializedFields}). */
    private List<IrMethod> runs(Instruction i) {
        List<IrMethod> out = new ArrayList<>();
        if (i instanceof Insn.Invoke call) {
            IrMethod target = program.method(call.method());
            if (target == null) return out;
            if (call.kind() == InvokeKind.STATIC || call.kind() == InvokeKind.SPECIAL) {
                out.add(target);
            } else {
                Flow receiver = values.get(call.operand(0));
                if (receiver != null) {
                    forEach(receiver.types, id -> {
                        if (id == TypeUniverse.NULL) return;
                        IrMethod selected = select(id, target);
                        if (selected != null) out.add(selected);
                    });
                }
            }
        } else if (i instanceof Insn.InitClass init) {
            out.addAll(initializers.of(init.className()));
        } else if (i instanceof Insn.Monitor monitor) {
            out.add(require(monitor.isEnter() ? monitorEnter : monitorExit));
        } else if (i.mayThrow()) {
            // A failed check calls its factory (reached once a check of its kind may fail).
            for (MethodRef ref : sources.factoriesOf(i)) if (factoriesReached.contains(ref)) out.add(require(ref));
        }
        return out;
    }

    /** Per reached method, the static candidate fields it or anything it may run reads ({@link TransitiveReads}). */
    private Map<IrMethod, BitSet> transitiveReads() {
        return TransitiveReads.of(reached, m -> {
            Set<IrMethod> out = new HashSet<>(callees.getOrDefault(m, Set.of()));
            out.addAll(otherRuns.getOrDefault(m, Set.of()));
            out.addAll(initializerRuns.getOrDefault(m, Set.of()));
            return out;
        }, ownReads);
    }

    /** The values the analysis follows: references (their types) and primitives (their constants). */
    private static boolean tracked(JType t) {
        return t.isReference() || PrimitiveValues.isTracked(t);
    }

    /** Whatever a value of static type {@code t} can be: null too for a reference. */
    private BitSet anything(JType t) {
        return t.isReference() ? TypeUniverse.orNull(universe.cone(t)) : ints.anyValue();
    }

    /** The casts of reached code that may fail. */
    private final Set<Insn.CheckCast> failingCasts = new HashSet<>();

    /** False if the analysis found that the cast never fails (then it can be a {@code cast}). */
    boolean mayFail(Insn.CheckCast c) {
        return failingCasts.contains(c);
    }

    /** The store checks of reached code that may fail. */
    private final Set<Insn.StoreCheck> failingStores = new HashSet<>();

    /** False if the analysis found that the store check never fails. */
    boolean mayFail(Insn.StoreCheck c) {
        return failingStores.contains(c);
    }

    /** False if the analysis found that {@code v}, a reference of a reached body, is never null. */
    boolean mayBeNull(Value v) {
        Flow f = values.get(v);
        return f != null && f.types.get(TypeUniverse.NULL);
    }

    /** Every non-null reference: a filter that lets no null through. */
    private BitSet nonNull() {
        return universe.cone(JType.OBJECT);
    }

    private boolean isThrowable(JType t) {
        return t.isClass() && program.clazz(t.className()) != null && program.isSubclassOf(t.className(), "java.lang.Throwable");
    }

    private IrMethod require(MethodRef ref) {
        IrMethod m = program.method(ref);
        if (m == null) throw new IllegalStateException("type flow: " + ref + " is not part of the program");
        return m;
    }

    // ---- the graph ----

    private Flow flow(Value v) {
        return values.computeIfAbsent(v, k -> new Flow());
    }

    private Flow field(FieldRef f) {
        Flow flow = fields.get(f);
        if (flow != null) return flow;
        flow = new Flow();
        fields.put(f, flow);
        IrClass declaringClass = program.clazz(f.owner());
        IrField declaredField = declaringClass == null ? null : declaringClass.field(f.name());
        // A reference field holds null until a store, unless it is a string constant (set before any code runs) or no
        // read can run before its first store (checked once the graph is complete).
        if (f.type().isReference() && !(declaredField != null && declaredField.isStatic() && declaredField.constantValue() instanceof String)
                && (initializedFields.index(f) < 0 || readBeforeStored.contains(f))) {
            add(flow, TypeUniverse.NULL_ONLY);
        }
        if (PrimitiveValues.isTracked(f.type())) {
            // A field holds 0 until a store, or from the start the constant of its ConstantValue attribute.
            add(flow, ints.zero(f.type()));
            IrClass owner = program.clazz(f.owner());
            IrField declared = owner == null ? null : owner.field(f.name());
            if (declared != null && ConstantFolding.isConstantOf(declared.constantValue(), f.type())) add(flow, ints.of(declared.constantValue()));
        }
        return flow;
    }

    /** The elements of arrays of type {@code id} (a reference array type). */
    private Flow elements(int id) {
        Flow f = elements.get(id);
        if (f != null) return f;
        f = new Flow(id == TypeUniverse.ANY_ARRAY ? null : TypeUniverse.orNull(universe.cone(universe.type(id).component())));
        elements.put(id, f);
        add(f, TypeUniverse.NULL_ONLY); // the elements of a new array
        return f;
    }

    private void add(Flow f, BitSet bits) {
        add(f, bits, null);
    }

    /** Adds what of {@code bits} passes {@code filter} (null: all of it) and the flow's own filter. */
    private void add(Flow f, BitSet bits, BitSet filter) {
        BitSet delta = (BitSet) bits.clone();
        if (filter != null) delta.and(filter);
        if (f.inFilter != null) delta.and(f.inFilter);
        delta.andNot(f.types);
        if (delta.isEmpty()) return;
        f.types.or(delta);
        if (!f.types.get(ints.any) && ints.hasConstants(delta) && ints.count(f.types) > PrimitiveValues.LIMIT) {
            f.types.set(ints.any);
            delta.set(ints.any);
        }
        if (f.pending == null) {
            f.pending = delta;
            queue.add(f);
        } else {
            f.pending.or(delta);
        }
    }

    private void edge(Flow from, Flow to, BitSet filter) {
        if (from == to) return;
        from.targets.add(to);
        from.filters.add(filter);
        if (!from.types.isEmpty()) add(to, from.types, filter);
    }

    private void observe(Flow f, Consumer<BitSet> observer) {
        f.observers.add(observer);
        if (!f.types.isEmpty()) observer.accept((BitSet) f.types.clone());
    }

    private void propagate() {
        while (!queue.isEmpty()) {
            Flow f = queue.poll();
            BitSet delta = f.pending;
            f.pending = null;
            for (int k = 0; k < f.targets.size(); k++) add(f.targets.get(k), delta, f.filters.get(k));
            // Observers may add observers to this flow (a call on itself); those already saw the full set.
            for (int k = 0, n = f.observers.size(); k < n; k++) f.observers.get(k).accept(delta);
        }
    }

    // ---- methods ----

    /** The flows of one method: parameters ({@code this} first), return, the exceptions that escape it. */
    private static final class MethodFlows {
        final Flow[] params;
        final List<JType> paramTypes = new ArrayList<>();
        final Flow ret;
        final Flow escapes = new Flow();

        MethodFlows(Flow[] params, Flow ret) {
            this.params = params;
            this.ret = ret;
        }
    }

    private MethodFlows flowsOf(IrMethod m) {
        return methods.computeIfAbsent(m, k -> {
            List<JType> types = new ArrayList<>();
            if (!m.isStatic()) types.add(JType.object(m.owner()));
            types.addAll(m.sig().params());
            Flow[] params = new Flow[types.size()];
            for (int i = 0; i < params.length; i++) {
                if (!tracked(types.get(i))) continue;
                params[i] = m.body() != null ? flow(m.body().params().get(i)) : new Flow();
            }
            Flow ret = tracked(m.sig().ret()) ? new Flow() : null;
            MethodFlows out = new MethodFlows(params, ret);
            out.paramTypes.addAll(types);
            return out;
        });
    }

    private MethodFlows reach(IrMethod m) {
        MethodFlows flows = flowsOf(m);
        if (!reached.add(m)) return flows;
        for (FieldRef f : initializedFields.unstoredBy(m)) readBeforeStored(f);
        if (overflowEnabled && m.body() != null) edge(overflow, flows.escapes, null);
        if (m.body() != null) {
            new BodyReader(m, flows).read(m.body().entry());
        } else if (m.nativeBinding() != null) {
            modelNative(m, flows);
        } else {
            throw new IllegalStateException("type flow reached " + m + ", which has neither body nor native binding");
        }
        return flows;
    }

    /** What a native method does with references: intrinsics Kiln knows, else what its return type allows. */
    private void modelNative(IrMethod m, MethodFlows flows) {
        String intrinsic = m.nativeBinding() instanceof NativeBinding.Intrinsic i ? i.name() : null;
        if ("kiln.clone".equals(intrinsic)) {
            edge(flows.params[0], flows.ret, null);
        } else if ("kiln.array_copy".equals(intrinsic)) {
            // (src, srcPos, dest, destPos, length): each source array type's elements may go into each destination's.
            Flow src = flows.params[0];
            Flow dest = flows.params[2];
            observe(src, bits -> forEach(bits, s -> forEach(dest.types, d -> copyElements(s, d))));
            observe(dest, bits -> forEach(bits, d -> forEach(src.types, s -> copyElements(s, d))));
        } else if ("kiln.array_new".equals(intrinsic)) {
            BitSet any = new BitSet();
            any.set(TypeUniverse.ANY_ARRAY);
            add(flows.ret, any);
        } else {
            for (int k = 0; k < flows.params.length; k++) {
                if (flows.paramTypes.get(k).isReference() && !READS_ONLY.contains(intrinsic)) {
                    throw new IllegalStateException("type flow: native " + m + " (" + m.nativeBinding()
                            + ") takes a reference and the analysis does not know what it does with it");
                }
            }
            if (flows.ret != null) add(flows.ret, anything(m.sig().ret()));
        }
    }

    /** Intrinsics that take references without storing them anywhere. */
    private static final Set<String> READS_ONLY = Set.of("kiln.identity_hash", "kiln.get_class", "kiln.array_length");

    private final Set<Long> copies = new HashSet<>();

    private void copyElements(int src, int dest) {
        if (!universe.referenceArrays().get(src) || !universe.referenceArrays().get(dest)) return;
        if (!copies.add(((long) src << 32) | dest)) return;
        forEachElementFlow(src, from -> forEachElementFlow(dest, to -> edge(from, to, null)));
    }

    /**
     * The element flow of arrays of type {@code id}, if their elements are references. An array of a type known only
     * at run time ({@link TypeUniverse#ANY_ARRAY}, from {@code Array.newInstance}) has a flow of its own: such an
     * array starts empty, and every value that refers to it holds {@code ANY_ARRAY} (casts keep it, no operation
     * turns it into a concrete array type), so whatever is stored into it, or copied into it, is stored through
     * {@code ANY_ARRAY}. Reading all arrays' elements instead made everything any array ever held flow out of
     * {@code Arrays.copyOf(a, n, type)} and {@code toArray(T[])}: the {@code ObjectStreamField}s of static fields
     * nothing reads reached {@code String.valueOf}, and with them {@code String.intern} and an intern call for
     * every literal at startup.
     */
    private void forEachElementFlow(int id, Consumer<Flow> action) {
        if (universe.referenceArrays().get(id)) action.accept(elements(id));
    }

    private static void forEach(BitSet bits, java.util.function.IntConsumer action) {
        for (int id = bits.nextSetBit(0); id >= 0; id = bits.nextSetBit(id + 1)) action.accept(id);
    }

    /** Reaches the static initializers that initialising {@code c} runs. */
    private void initialize(IrClass c) {
        if (!initialized.add(c)) return;
        for (IrMethod clinit : initializers.of(c)) reach(clinit);
    }

    /** JVMS 5.4.6 on the program's classes: the method a virtual or interface call of {@code resolved} runs on a {@code receiver}. */
    private IrMethod select(int receiverId, IrMethod resolved) {
        JType receiverType = universe.type(receiverId);
        String receiver = receiverType != null && receiverType.isClass() ? receiverType.className() : "java.lang.Object";
        return dispatch.select(receiver, resolved);
    }

    // ---- bodies ----

    private final class BodyReader implements InsnVisitor<Void> {
        private final IrMethod method;
        private final MethodFlows flows;
        private final Set<Block> read;

        BodyReader(IrMethod method, MethodFlows flows) {
            this.method = method;
            this.flows = flows;
            this.read = readBlocks.computeIfAbsent(method, k -> new HashSet<>());
        }

        void read(Block start) {
            InstanceofBranch.walk(start, read, this::readBlock, this::takenSuccessors);
        }

        private void readBlock(Block b) {
            for (Phi p : b.phis()) {
                if (!tracked(p.result().type())) continue;
                for (Phi.Input in : p.inputs()) edge(flow(in.value()), flow(p.result()), null);
            }
            for (Instruction i : b.instructions()) {
                int candidate = i instanceof Insn.GetStatic read ? initializedFields.index(read.field()) : -1;
                if (candidate >= 0) ownReads.computeIfAbsent(method, k -> new BitSet()).set(candidate);
                try {
                    i.accept(this);
                    // A primitive value from anything but a constant, a field, a call or foldable arithmetic: any value.
                    if (i.result() != null && PrimitiveValues.isTracked(i.result().type()) && !(i instanceof Insn.Const
                            || i instanceof Insn.GetField || i instanceof Insn.GetStatic || i instanceof Insn.Invoke
                            || i instanceof Insn.Binary)) {
                        add(result(i), ints.anyValue());
                    }
                } catch (IllegalStateException e) {
                    throw new IllegalStateException(e.getMessage() + " (in " + method + ", at " + i + ")", e);
                }
            }
            // A handler runs once an exception it catches is raised in the block.
            for (Handler h : b.handlers()) {
                Block target = h.target();
                observe(caught(target), bits -> read(target));
            }
        }

        /** The value a handler block's {@code caught} instruction defines. */
        private Flow caught(Block handler) {
            if (handler.instructions().isEmpty() || !(handler.instructions().get(0) instanceof Insn.Caught c)) {
                throw new IllegalStateException("handler " + handler + " does not begin with caught");
            }
            return flow(c.result());
        }

        /**
         * Exceptions {@code source} may hold are raised by an instruction of {@code b}: each goes to the first of the
         * block's handlers that catches it, or escapes the method.
         */
        private void raise(Block b, Flow source) {
            // What is thrown is never null: throwing null throws a NullPointerException (the null check before it).
            BitSet remaining = (BitSet) nonNull().clone();
            for (Handler h : b.handlers()) {
                if (h.catchType() == null) {
                    edge(source, caught(h.target()), remaining);
                    return;
                }
                BitSet cone = universe.cone(JType.object(h.catchType()));
                BitSet taken = (BitSet) cone.clone();
                taken.and(remaining);
                edge(source, caught(h.target()), taken);
                remaining = (BitSet) remaining.clone();
                remaining.andNot(cone);
            }
            edge(source, flows.escapes, remaining);
        }

        /** A failed check of {@code i} calls one of {@code factories} and throws what it returns. */
        private void raiseFromFactory(Instruction i, List<MethodRef> factories) {
            raiseFromFactory(i, factories, null);
        }

        /**
         * The same, where the factories' first parameter is the value that failed the check, {@code culprit} (a cast's
         * operand, a stored value: the factory names its class), not whatever the parameter's type allows; so only the
         * types that reach checks that may fail reach the factory's {@code getClass()}.
         */
        private void raiseFromFactory(Instruction i, List<MethodRef> factories, Value culprit) {
            for (MethodRef ref : factories) {
                if (ref == null) continue;
                IrMethod f = require(ref);
                MethodFlows ff = reach(f);
                // Not a call for finding recursion (mayOverflow).
                otherRuns.computeIfAbsent(method, k -> new HashSet<>()).add(f);
                boolean linked = culprit != null && ff.params.length > 0 && ff.params[0] != null;
                if (factoriesReached.add(ref)) feedHook(f, null, linked ? 1 : 0);
                if (linked) edge(flow(culprit), ff.params[0], nonNull());
                if (ff.ret != null) raise(i.block(), ff.ret);
                raise(i.block(), ff.escapes);
            }
        }

        /**
         * A call in a block that ends in {@code throw}: it builds the exception the block throws (a constructor, a
         * message), and a chain of calls through such calls is not counted as recursion ({@link #mayOverflow}).
         */
        private boolean buildsFailure(Insn.Invoke i) {
            return i.block().terminator() instanceof Insn.Throw;
        }

        private void calls(IrMethod callee) {
            callees.computeIfAbsent(method, k -> new HashSet<>()).add(callee);
        }

        /** {@code initclass c} or its like: runs the initializers not run yet; a failure throws what the hooks make. */
        private void initializes(Instruction at, IrClass c) {
            initialize(c);
            for (IrMethod clinit : initializers.of(c)) initializerRuns.computeIfAbsent(method, k -> new HashSet<>()).add(clinit);
            whenInitMayFail(c, () -> raise(at.block(), initFailures));
        }

        /**
         * The normal successors control can take from {@code b} now: all of them, except at a conditional branch the
         * analysis understands, where each side is read once a value that takes it reaches the branch ({@link
         * #sideCanRun}). Handlers are read once an exception reaches them ({@link #readBlock}).
         */
        private List<Block> takenSuccessors(Block b) {
            if (!(b.terminator() instanceof Insn.If branch) || branch.ifTrue() == branch.ifFalse() || !understood(branch)) {
                return b.successors();
            }
            Set<Block> sides = new HashSet<>();
            branchSides.computeIfAbsent(method, k -> new HashMap<>()).put(b, sides);
            InstanceofBranch test = InstanceofBranch.of(b);
            Consumer<BitSet> update = bits -> {
                for (Block side : branch.successors()) {
                    if (!sides.contains(side) && sideCanRun(branch, test, side)) {
                        sides.add(side);
                        read(side);
                    }
                }
            };
            // An instanceof branch depends on the tested value's types; any other on its operands.
            for (Value v : test != null ? test.test().operands() : branch.operands()) observe(flow(v), update);
            update.accept(new BitSet()); // a side that can run whatever the operands hold (a reference may be null)
            return List.of();
        }

        /** Branches on an instanceof result, on an int-like value, or on a reference being null. */
        private boolean understood(Insn.If branch) {
            JType type = branch.operand(0).type();
            return PrimitiveValues.isIntLike(type) || type.isReference() && branch.comparesWithZero()
                    && (branch.cond() == CondOp.EQ || branch.cond() == CondOp.NE);
        }

        /** Whether the values that reached the branch's operands so far can take it to {@code side}. */
        private boolean sideCanRun(Insn.If branch, InstanceofBranch test, Block side) {
            if (test != null) {
                // The T side once a T reached the tested value; the other once null or something else did.
                BitSet tested = flow(test.test().operand(0)).types;
                JType t = test.test().type();
                return side == test.instanceSide() ? tested.intersects(universe.cone(t))
                        : tested.get(TypeUniverse.NULL) || universe.mayFailCast(tested, t);
            }
            BitSet a = flow(branch.operand(0)).types;
            if (branch.operand(0).type().isReference()) {
                // The null side once null reached the value, the other once an object did.
                boolean nullSide = side == (branch.cond() == CondOp.EQ ? branch.ifTrue() : branch.ifFalse());
                return nullSide ? a.get(TypeUniverse.NULL) : TypeUniverse.holdsObject(a);
            }
            BitSet b = branch.comparesWithZero() ? ints.of(0) : flow(branch.operand(1)).types;
            if (a.isEmpty() || b.isEmpty()) return false;
            boolean wanted = side == branch.ifTrue();
            if (a.get(ints.any) || b.get(ints.any)) return true;
            for (int x : ints.constants(a)) {
                for (int y : ints.constants(b)) {
                    if (PrimitiveValues.compare(branch.cond(), x, y) == wanted) return true;
                }
            }
            return false;
        }

        private Flow result(Instruction i) {
            return flow(i.result());
        }

        @Override
        public Void visitConst(Insn.Const i) {
            if (i.value() != null && ConstantFolding.isConstantOf(i.value(), i.result().type())) add(result(i), ints.of(i.value()));
            else if (PrimitiveValues.isTracked(i.result().type())) add(result(i), ints.anyValue());
            else if (i.value() instanceof String) add(result(i), universe.cone(JType.STRING));
            else if (i.value() instanceof JType) add(result(i), universe.cone(JType.object("java.lang.Class")));
            else if (i.value() == null && i.result().type().isReference()) add(result(i), TypeUniverse.NULL_ONLY);
            return null;
        }

        @Override
        public Void visitGetField(Insn.GetField i) {
            if (tracked(i.field().type())) edge(field(i.field()), result(i), null);
            return null;
        }

        @Override
        public Void visitPutField(Insn.PutField i) {
            if (tracked(i.field().type())) edge(flow(i.operand(1)), field(i.field()), null);
            return null;
        }

        @Override
        public Void visitGetStatic(Insn.GetStatic i) {
            if (tracked(i.field().type())) edge(field(i.field()), result(i), null);
            return null;
        }

        @Override
        public Void visitPutStatic(Insn.PutStatic i) {
            if (tracked(i.field().type())) edge(flow(i.operand(0)), field(i.field()), null);
            return null;
        }

        @Override
        public Void visitInvoke(Insn.Invoke i) {
            IrMethod target = require(i.method());
            switch (i.kind()) {
                case STATIC, SPECIAL -> link(i, target, reach(target), 0);
                case VIRTUAL, INTERFACE -> {
                    named.add(target);
                    Set<IrMethod> linked = dispatchTargets.computeIfAbsent(i, k -> new HashSet<>());
                    observe(flow(i.operand(0)), bits -> forEach(bits, id -> {
                        if (id == TypeUniverse.NULL) return; // the call's null check throws
                        IrMethod selected = select(id, target);
                        if (selected == null) return; // AbstractMethodError at run time: nothing runs
                        MethodFlows callee = reach(selected);
                        BitSet receiver = new BitSet();
                        receiver.set(id);
                        add(callee.params[0], receiver);
                        if (linked.add(selected)) link(i, selected, callee, 1);
                    }));
                }
            }
            return null;
        }

        /** Arguments from {@code first} on into the callee's parameters, its return into the call's result. */
        private void link(Insn.Invoke i, IrMethod callee, MethodFlows flows, int first) {
            if (!buildsFailure(i)) calls(callee);
            else otherRuns.computeIfAbsent(method, k -> new HashSet<>()).add(callee);
            raise(i.block(), flows.escapes);
            for (int k = first; k < i.operands().size(); k++) {
                // The receiver of a call is not null: a null one fails the call's null check.
                BitSet filter = k == 0 && !callee.isStatic() ? nonNull() : null;
                if (flows.params[k] != null) edge(flow(i.operand(k)), flows.params[k], filter);
            }
            if (flows.ret != null && i.result() != null) edge(flows.ret, result(i), null);
        }

        @Override
        public Void visitNew(Insn.New i) {
            instantiated.add(i.className());
            BitSet t = new BitSet();
            t.set(universe.id(JType.object(i.className())));
            add(result(i), t);
            return null;
        }

        /** The result of an allocation holds the arrays of type or allocation site {@code id}. */
        private void newArray(Value result, int id) {
            BitSet t = new BitSet();
            t.set(id);
            add(flow(result), t);
        }

        @Override
        public Void visitNewArray(Insn.NewArray i) {
            newArray(i.result(), universe.site(i, JType.array(i.componentType())));
            negativeLengths(i);
            return null;
        }

        @Override
        public Void visitNewArrayOf(Insn.NewArrayOf i) {
            JType arrayType = JType.array(i.componentType());
            int id = universe.site(i, arrayType);
            newArray(i.result(), id);
            if (i.componentType().isReference()) {
                Flow elements = elements(id);
                for (Value v : i.operands()) edge(flow(v), elements, null);
            }
            return null;
        }

        @Override
        public Void visitNewMultiArray(Insn.NewMultiArray i) {
            newArray(i.result(), universe.id(i.arrayType()));
            negativeLengths(i);
            // Each dimension given a length holds arrays of the next.
            JType outer = i.arrayType();
            for (int d = 1; d < i.operands().size(); d++) {
                JType inner = outer.component();
                BitSet t = new BitSet();
                t.set(universe.id(inner));
                add(elements(universe.id(outer)), t);
                outer = inner;
            }
            return null;
        }

        /** An array allocation throws NegativeArraySizeException unless each length is a non-negative constant. */
        private void negativeLengths(Instruction i) {
            for (Value length : i.operands()) {
                if (!(length.definition() instanceof Insn.Const k && k.value() instanceof Integer n && n >= 0)) {
                    raiseFromFactory(i, sources.factoriesOf(i));
                    return;
                }
            }
        }

        @Override
        public Void visitArrayLoad(Insn.ArrayLoad i) {
            if (!i.componentType().isReference()) return null;
            Flow out = result(i);
            observe(flow(i.operand(0)), bits -> forEach(bits, id -> forEachElementFlow(id, e -> edge(e, out, null))));
            return null;
        }

        @Override
        public Void visitArrayStore(Insn.ArrayStore i) {
            if (!i.componentType().isReference()) return null;
            Flow value = flow(i.operand(2));
            observe(flow(i.operand(0)), bits -> forEach(bits, id -> forEachElementFlow(id, e -> edge(value, e, null))));
            return null;
        }

        @Override
        public Void visitCheckCast(Insn.CheckCast i) {
            Flow operand = flow(i.operand(0));
            edge(operand, result(i), TypeUniverse.orNull(universe.cone(i.type())));
            if (i.proven()) return null;
            // Fails once a type outside the cast's cone reaches it.
            boolean[] done = new boolean[1];
            observe(operand, bits -> {
                if (done[0] || !universe.mayFailCast(bits, i.type())) return;
                done[0] = true;
                failingCasts.add(i);
                raiseFromFactory(i, sources.factoriesOf(i), i.operand(0));
            });
            return null;
        }

        @Override
        public Void visitInitClass(Insn.InitClass i) {
            initializes(i, program.requireClass(i.className()));
            return null;
        }

        /** What its handler's blocks raise ({@link #raise}) reaches a {@code caught} value. */
        @Override
        public Void visitCaught(Insn.Caught i) {
            return null;
        }

        @Override
        public Void visitMonitor(Insn.Monitor i) {
            MethodRef hook = i.isEnter() ? monitorEnter : monitorExit;
            IrMethod m = require(hook);
            MethodFlows flows = reach(m);
            initializes(i, program.requireClass(hook.owner()));
            calls(m);
            raise(i.block(), flows.escapes);
            edge(flow(i.operand(0)), flows.params[0], null);
            return null;
        }

        /**
         * Int arithmetic on known constants is folded (the lifter masks booleans with {@code and 1}), and comparisons of
         * known longs, floats and doubles; anything else is any value.
         */
        @Override
        public Void visitBinary(Insn.Binary i) {
            if (!PrimitiveValues.isTracked(i.result().type())) return null;
            Flow out = result(i);
            if (!PrimitiveValues.folds(i.op(), i.type())) {
                add(out, ints.anyValue());
                return null;
            }
            Flow a = flow(i.operand(0));
            Flow b = flow(i.operand(1));
            Consumer<BitSet> update = bits -> {
                if (a.types.isEmpty() || b.types.isEmpty()) return;
                if (a.types.get(ints.any) || b.types.get(ints.any)) {
                    add(out, ints.anyValue());
                    return;
                }
                BitSet values = new BitSet();
                boolean same = i.operand(0) == i.operand(1); // x op x: one value, not every pair (isNaN's v != v)
                for (Object x : ints.values(a.types)) {
                    for (Object y : same ? List.of(x) : ints.values(b.types)) {
                        Integer r = PrimitiveValues.fold(i.op(), x, y);
                        if (r != null) values.or(ints.of(r));
                    }
                }
                add(out, values);
            };
            observe(a, update);
            observe(b, update);
            return null;
        }

        @Override
        public Void visitReturn(Insn.Return i) {
            if (flows.ret != null && !i.operands().isEmpty()) edge(flow(i.operand(0)), flows.ret, null);
            return null;
        }

        @Override
        public Void visitThrow(Insn.Throw i) {
            raise(i.block(), flow(i.operand(0)));
            return null;
        }

        // A failed check throws what the runtime's factory for it makes.
        /** A null check fails only if null reaches its value. */
        @Override
        public Void visitNullCheck(Insn.NullCheck i) {
            boolean[] done = new boolean[1];
            observe(flow(i.operand(0)), bits -> {
                if (done[0] || !bits.get(TypeUniverse.NULL)) return;
                done[0] = true;
                raiseFromFactory(i, sources.nullCheck());
            });
            return null;
        }
        @Override public Void visitBoundsCheck(Insn.BoundsCheck i) { raiseFromFactory(i, sources.factoriesOf(i)); return null; }
        @Override public Void visitZeroCheck(Insn.ZeroCheck i) { raiseFromFactory(i, sources.factoriesOf(i)); return null; }
        /** A store check fails only if a value's type is not the component type of an array it may store into. */
        @Override
        public Void visitStoreCheck(Insn.StoreCheck i) {
            Flow array = flow(i.operand(0));
            Flow value = flow(i.operand(1));
            boolean[] done = new boolean[1];
            Consumer<BitSet> update = bits -> {
                if (done[0] || !universe.mayFailStore(array.types, value.types)) return;
                done[0] = true;
                failingStores.add(i);
                raiseFromFactory(i, sources.factoriesOf(i), i.operand(1));
            };
            observe(array, update);
            observe(value, update);
            return null;
        }

        // No reference flows through these (an int-like result is any value, see readBlock).
        @Override public Void visitNegate(Insn.Negate i) { return null; }
        @Override public Void visitConvert(Insn.Convert i) { return null; }
        @Override public Void visitArrayLength(Insn.ArrayLength i) { return null; }
        @Override public Void visitInstanceOf(Insn.InstanceOf i) { return null; }
        @Override public Void visitGoto(Insn.Goto i) { return null; }
        @Override public Void visitIf(Insn.If i) { return null; }
        @Override public Void visitSwitch(Insn.Switch i) { return null; }
        @Override public Void visitUnreachable(Insn.Unreachable i) { return null; }
    }
}
