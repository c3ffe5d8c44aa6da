package dev.kiln.opt.flow;

import dev.kiln.ir.Block;
import dev.kiln.ir.CondOp;
import dev.kiln.ir.FieldRef;
import dev.kiln.ir.Insn;
import dev.kiln.ir.InsnVisitor;
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
import dev.kiln.ir.analysis.InstanceofBranch;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
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
 * <p>Int-like values ({@code boolean} to {@code int}) flow the same way, as small sets of constants ({@link
 * IntValues}): constants, fields (0 until stored), parameters and returns, and int arithmetic on them; anything
 * else is "any value".
 *
 * <p>The graph ({@link Flow}s, one per tracked SSA value, parameter, return, field, array element type, plus one
 * for every exception thrown) is built method by method as methods become reachable, and block by block as blocks
 * do: each side of a branch is read only once a value that takes it reaches the branch (a T for the "is a T" side
 * of {@code if (x instanceof T)}, a true for the side of {@code if (flag)}, a non-null reference for the side of
 * {@code if (x != null)}). Fields are one flow per field (not per object); the elements of arrays one flow per
 * array type. Where the program's own code does not show what a value holds (what the backend stores into strings
 * and {@code Class} objects, what intrinsics and host functions return), the flow holds everything its static type
 * allows ({@link TypeUniverse#cone}, or any int value).
 *
 * <p>It refines the frontend's analysis, never widens it: every type it finds is one the frontend found
 * instantiated, and every method it reaches one the frontend lifted. {@link TypeFlowPruning} applies the result.
 */
public final class TypeFlowAnalysis {
    private final IrProgram program;
    private final TypeUniverse universe;
    private final IntValues ints;
    private final Map<Value, Flow> values = new IdentityHashMap<>();
    private final Map<FieldRef, Flow> fields = new HashMap<>();
    private final Map<Integer, Flow> elements = new HashMap<>();
    private final Map<IrMethod, MethodFlows> methods = new LinkedHashMap<>();
    /** Every exception thrown anywhere: what each handler's {@code caught} may see (filtered by its type). */
    private final Flow thrown = new Flow();
    private final Deque<Flow> queue = new ArrayDeque<>();
    private final Set<IrClass> initialized = new HashSet<>();
    final Set<IrMethod> reached = new LinkedHashSet<>();
    /** The methods reached virtual and interface calls resolve to: the dispatch slots the program needs. */
    final Set<IrMethod> named = new HashSet<>();
    final Set<String> instantiated = new HashSet<>();
    /** Per reached body, the blocks that control can reach. */
    final Map<IrMethod, Set<Block>> readBlocks = new HashMap<>();
    /**
     * Per reached body, its conditional branches (on {@code instanceof}, on an int-like value, on null) and the sides
     * of each that can run so far: one side only makes the branch a {@code goto}, none makes it unreachable.
     */
    final Map<IrMethod, Map<Block, Set<Block>>> branchSides = new HashMap<>();
    private final Map<String, Map<IrMethod, IrMethod>> selections = new HashMap<>();
    private MethodRef monitorEnter;
    private MethodRef monitorExit;

    private TypeFlowAnalysis(IrProgram program) {
        this.program = program;
        this.universe = new TypeUniverse(program);
        this.ints = new IntValues(universe.size());
    }

    /** Runs the analysis from the program's entry point and {@code roots}. */
    public static TypeFlowAnalysis run(IrProgram program, FlowRoots roots) {
        TypeFlowAnalysis a = new TypeFlowAnalysis(program);
        a.start(roots);
        a.propagate();
        return a;
    }

    private void start(FlowRoots roots) {
        this.monitorEnter = roots.monitorEnter();
        this.monitorExit = roots.monitorExit();
        for (String name : roots.instantiatedByBackend()) {
            instantiated.add(program.requireClass(name).name());
            // The backend fills these objects' fields itself (a literal's characters, a Class's name).
            for (IrClass k : program.superChain(name)) {
                for (IrField f : k.fields()) {
                    if (f.isStatic() || !tracked(f.type())) continue;
                    add(field(f.ref()), anything(f.type()));
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
        IrMethod main = require(program.entryPoint());
        MethodFlows mainFlows = reach(main);
        initialize(program.requireClass(main.owner()));
        add(mainFlows.params[0], universe.cone(main.sig().params().get(0)));
        for (MethodRef ref : roots.methods()) {
            IrMethod m = require(ref);
            MethodFlows flows = reach(m);
            if (m.isStatic()) initialize(program.requireClass(m.owner()));
            // The generated code passes these hooks what it has: the exception to report or record, else anything.
            for (int k = 0; k < flows.params.length; k++) {
                if (flows.params[k] == null) continue;
                JType type = flows.paramTypes.get(k);
                if (isThrowable(type)) edge(thrown, flows.params[k], universe.cone(type));
                else add(flows.params[k], anything(type));
            }
            if (flows.ret != null && isThrowable(m.sig().ret())) edge(flows.ret, thrown, null);
        }
    }

    /** The values the analysis follows: references (their types) and int-like values (their constants). */
    private static boolean tracked(JType t) {
        return t.isReference() || IntValues.isIntLike(t);
    }

    /** Whatever a value of static type {@code t} can be. */
    private BitSet anything(JType t) {
        return t.isReference() ? universe.cone(t) : ints.anyValue();
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
        if (IntValues.isIntLike(f.type())) {
            // A field holds 0 until a store, or from the start the constant of its ConstantValue attribute.
            add(flow, ints.of(0));
            IrClass owner = program.clazz(f.owner());
            IrField declared = owner == null ? null : owner.field(f.name());
            if (declared != null && declared.constantValue() instanceof Integer c) add(flow, ints.of(c));
        }
        return flow;
    }

    /** The elements of arrays of type {@code id} (a reference array type). */
    private Flow elements(int id) {
        return elements.computeIfAbsent(id, k -> new Flow(k == TypeUniverse.ANY_ARRAY
                ? null : universe.cone(universe.type(k).component())));
    }

    private void add(Flow f, BitSet bits) {
        BitSet delta = (BitSet) bits.clone();
        if (f.inFilter != null) delta.and(f.inFilter);
        delta.andNot(f.types);
        if (delta.isEmpty()) return;
        f.types.or(delta);
        if (!f.types.get(ints.any) && ints.hasConstants(delta) && ints.count(f.types) > IntValues.LIMIT) {
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
        if (!from.types.isEmpty()) add(to, filtered(from.types, filter));
    }

    private void observe(Flow f, Consumer<BitSet> observer) {
        f.observers.add(observer);
        if (!f.types.isEmpty()) observer.accept((BitSet) f.types.clone());
    }

    private static BitSet filtered(BitSet bits, BitSet filter) {
        if (filter == null) return bits;
        BitSet out = (BitSet) bits.clone();
        out.and(filter);
        return out;
    }

    private void propagate() {
        while (!queue.isEmpty()) {
            Flow f = queue.poll();
            BitSet delta = f.pending;
            f.pending = null;
            for (int k = 0; k < f.targets.size(); k++) add(f.targets.get(k), filtered(delta, f.filters.get(k)));
            // Observers may add observers to this flow (a call on itself); those already saw the full set.
            for (int k = 0, n = f.observers.size(); k < n; k++) f.observers.get(k).accept(delta);
        }
    }

    // ---- methods ----

    /** The flows of one method: parameters ({@code this} first), return. */
    private static final class MethodFlows {
        final Flow[] params;
        final List<JType> paramTypes = new ArrayList<>();
        final Flow ret;

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

    /** The element flows of arrays of type {@code id}: all of them for an array of a type known only at run time. */
    private void forEachElementFlow(int id, Consumer<Flow> action) {
        if (id == TypeUniverse.ANY_ARRAY) forEach(universe.referenceArrays(), k -> action.accept(elements(k)));
        else if (universe.referenceArrays().get(id)) action.accept(elements(id));
    }

    private static void forEach(BitSet bits, java.util.function.IntConsumer action) {
        for (int id = bits.nextSetBit(0); id >= 0; id = bits.nextSetBit(id + 1)) action.accept(id);
    }

    /** JLS 12.4.2: initialising a class initialises its superclasses and the superinterfaces with default methods. */
    private void initialize(IrClass c) {
        if (!initialized.add(c)) return;
        IrMethod clinit = c.staticInitializer();
        if (clinit != null && clinit.body() != null) reach(clinit);
        if (c.isInterface()) return;
        if (c.superName() != null) initialize(program.requireClass(c.superName()));
        for (String i : c.interfaces()) initializeDefaults(program.requireClass(i));
    }

    private void initializeDefaults(IrClass iface) {
        if (iface.isInitializedWithImplementors()) initialize(iface);
        for (String i : iface.interfaces()) initializeDefaults(program.requireClass(i));
    }

    /** JVMS 5.4.6 on the program's classes: the method a virtual or interface call of {@code resolved} runs on a {@code receiver}. */
    private IrMethod select(int receiverId, IrMethod resolved) {
        JType receiverType = universe.type(receiverId);
        String receiver = receiverType != null && receiverType.isClass() ? receiverType.className() : "java.lang.Object";
        return selections.computeIfAbsent(receiver, k -> new HashMap<>()).computeIfAbsent(resolved, r -> Dispatch.select(program, receiver, r));
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
                try {
                    i.accept(this);
                    // An int-like value from anything but a constant, a field, a call or foldable arithmetic: any value.
                    if (i.result() != null && IntValues.isIntLike(i.result().type()) && !(i instanceof Insn.Const
                            || i instanceof Insn.GetField || i instanceof Insn.GetStatic || i instanceof Insn.Invoke
                            || i instanceof Insn.Binary)) {
                        add(result(i), ints.anyValue());
                    }
                } catch (IllegalStateException e) {
                    throw new IllegalStateException(e.getMessage() + " (in " + method + ", at " + i + ")", e);
                }
            }
        }

        /**
         * The successors control can take from {@code b} now: all of them, except at a conditional branch the analysis
         * understands, where each side is read once a value that takes it reaches the branch ({@link #sideCanRun}).
         */
        private List<Block> takenSuccessors(Block b) {
            if (!(b.terminator() instanceof Insn.If branch) || branch.ifTrue() == branch.ifFalse() || !understood(branch)) {
                return b.allSuccessors();
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
            return b.exceptionSuccessors();
        }

        /** Branches on an instanceof result, on an int-like value, or on a reference being null. */
        private boolean understood(Insn.If branch) {
            JType type = branch.operand(0).type();
            return IntValues.isIntLike(type) || type.isReference() && branch.comparesWithZero()
                    && (branch.cond() == CondOp.EQ || branch.cond() == CondOp.NE);
        }

        /** Whether the values that reached the branch's operands so far can take it to {@code side}. */
        private boolean sideCanRun(Insn.If branch, InstanceofBranch test, Block side) {
            if (test != null) {
                // Any value may be null or not a T; a T only once one reached the tested value.
                return side != test.instanceSide() || flow(test.test().operand(0)).types.intersects(universe.cone(test.test().type()));
            }
            BitSet a = flow(branch.operand(0)).types;
            if (branch.operand(0).type().isReference()) {
                // A reference may always be null; it is not null only once some type reached it.
                boolean nullSide = side == (branch.cond() == CondOp.EQ ? branch.ifTrue() : branch.ifFalse());
                return nullSide || !a.isEmpty();
            }
            BitSet b = branch.comparesWithZero() ? ints.of(0) : flow(branch.operand(1)).types;
            if (a.isEmpty() || b.isEmpty()) return false;
            boolean wanted = side == branch.ifTrue();
            if (a.get(ints.any) || b.get(ints.any)) return true;
            for (int x : ints.constants(a)) {
                for (int y : ints.constants(b)) {
                    if (IntValues.compare(branch.cond(), x, y) == wanted) return true;
                }
            }
            return false;
        }

        private Flow result(Instruction i) {
            return flow(i.result());
        }

        @Override
        public Void visitConst(Insn.Const i) {
            if (i.value() instanceof Integer c) add(result(i), ints.of(c));
            else if (i.value() instanceof String) add(result(i), universe.cone(JType.STRING));
            else if (i.value() instanceof JType) add(result(i), universe.cone(JType.object("java.lang.Class")));
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
                    Set<IrMethod> linked = new HashSet<>();
                    observe(flow(i.operand(0)), bits -> forEach(bits, id -> {
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
            for (int k = first; k < i.operands().size(); k++) {
                if (flows.params[k] != null) edge(flow(i.operand(k)), flows.params[k], null);
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

        private void newArray(Value result, JType arrayType) {
            BitSet t = new BitSet();
            t.set(universe.id(arrayType));
            add(flow(result), t);
        }

        @Override
        public Void visitNewArray(Insn.NewArray i) {
            newArray(i.result(), JType.array(i.componentType()));
            return null;
        }

        @Override
        public Void visitNewArrayOf(Insn.NewArrayOf i) {
            JType arrayType = JType.array(i.componentType());
            newArray(i.result(), arrayType);
            if (i.componentType().isReference()) {
                Flow elements = elements(universe.id(arrayType));
                for (Value v : i.operands()) edge(flow(v), elements, null);
            }
            return null;
        }

        @Override
        public Void visitNewMultiArray(Insn.NewMultiArray i) {
            newArray(i.result(), i.arrayType());
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
            edge(flow(i.operand(0)), result(i), universe.cone(i.type()));
            return null;
        }

        @Override
        public Void visitInitClass(Insn.InitClass i) {
            initialize(program.requireClass(i.className()));
            return null;
        }

        @Override
        public Void visitCaught(Insn.Caught i) {
            edge(thrown, result(i), universe.cone(i.result().type()));
            return null;
        }

        @Override
        public Void visitMonitor(Insn.Monitor i) {
            MethodRef hook = i.isEnter() ? monitorEnter : monitorExit;
            MethodFlows flows = reach(require(hook));
            initialize(program.requireClass(hook.owner()));
            edge(flow(i.operand(0)), flows.params[0], null);
            return null;
        }

        /** Int arithmetic on known constants is folded (the lifter masks booleans with {@code and 1}); anything else is any value. */
        @Override
        public Void visitBinary(Insn.Binary i) {
            if (!IntValues.isIntLike(i.result().type())) return null;
            Flow out = result(i);
            if (!IntValues.folds(i.op(), i.type())) {
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
                for (int x : ints.constants(a.types)) {
                    for (int y : ints.constants(b.types)) {
                        Integer r = IntValues.fold(i.op(), x, y);
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
            edge(flow(i.operand(0)), thrown, null);
            return null;
        }

        // No reference flows through these (an int-like result is any value, see readBlock); the exceptions of failed
        // checks come from the runtime's factories, which are roots.
        @Override public Void visitNegate(Insn.Negate i) { return null; }
        @Override public Void visitConvert(Insn.Convert i) { return null; }
        @Override public Void visitArrayLength(Insn.ArrayLength i) { return null; }
        @Override public Void visitInstanceOf(Insn.InstanceOf i) { return null; }
        @Override public Void visitNullCheck(Insn.NullCheck i) { return null; }
        @Override public Void visitBoundsCheck(Insn.BoundsCheck i) { return null; }
        @Override public Void visitZeroCheck(Insn.ZeroCheck i) { return null; }
        @Override public Void visitStoreCheck(Insn.StoreCheck i) { return null; }
        @Override public Void visitGoto(Insn.Goto i) { return null; }
        @Override public Void visitIf(Insn.If i) { return null; }
        @Override public Void visitSwitch(Insn.Switch i) { return null; }
        @Override public Void visitUnreachable(Insn.Unreachable i) { return null; }
    }
}
