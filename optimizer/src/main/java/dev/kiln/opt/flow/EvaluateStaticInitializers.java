package dev.kiln.opt.flow;

import dev.kiln.ir.Block;
import dev.kiln.ir.CondOp;
import dev.kiln.ir.FieldRef;
import dev.kiln.ir.Flag;
import dev.kiln.ir.Function;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrField;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.JType;
import dev.kiln.ir.Phi;
import dev.kiln.ir.Value;
import dev.kiln.opt.ConstantFolding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs each class's static initializer at compile time, as far as it computes with constants and its own class's
 * static fields, and keeps what it found as the fields' initial values ({@link IrField#constantValue()}, which the
 * backend puts in the fields' globals).
 *
 * <ul>
 *   <li><b>An initializer that runs to its end</b> this way (only constants, arithmetic, branches, and reads and writes
 *       of its own class's static fields) is dropped: its fields start with the values it would have left, and a class
 *       whose superclasses need no initialisation either needs none at all, so the backend emits no initialisation
 *       state or check for it: {@code static int count = 1; static final int BITS; static { int b = 0; while ((1 << b) <
 *       64) b++; BITS = b; }} (javac folds constant expressions itself; these are the values it leaves to the
 *       initializer).
 *   <li><b>Otherwise</b> the run stops at the first instruction that could run other code or fail (a call, an
 *       allocation, another class's initialisation). Nothing else can have run before that point, so a {@code final}
 *       field stored once, before it, and not read before its store, holds that value for every reader: its store goes
 *       and its initial value is the constant, which {@code PropagateConstants} then folds into every read
 *       ({@link dev.kiln.opt.StaticConstants}): {@code BITS} above, with {@code static final Map<..> CACHE = new
 *       HashMap<>()} after it.
 * </ul>
 *
 * <p>Why this keeps Java's behaviour: a class's static fields can be read or written from elsewhere only once its
 * initialisation has started (JLS 12.4.1; the IR's {@code initclass} before each use), and the initializer's first
 * steps run before any other code, deterministically: they read nothing but constants and the fields they set. The
 * one code that runs after a class's initialisation has started and before its initializer is its superclasses' and
 * some superinterfaces' initializers (JLS 12.4.2 step 7), which would see its fields at their defaults: a class with
 * such prerequisites is left alone. Superclasses go first, so one whose initializer was dropped does not count. Values that are not numbers or strings
 * (objects, arrays, class literals) stop the run, as does a string comparison by identity; integer fields narrower than
 * {@code int} take only values in their range. A run longer than {@link #STEP_LIMIT} steps stops (a loop that does not
 * end stays the program's).
 *
 * <p>Runs once, on the whole program, after the per-method passes' first run and before the type flow (the compiler
 * driver, {@code Kiln}), so the flow sees the constants and no longer reaches dropped initializers.
 */
public final class EvaluateStaticInitializers {
    /** The most instructions one initializer's run may execute. */
    public static final int STEP_LIMIT = 20_000;

    /** What one run changed: initializers dropped, and fields given an initial value. */
    public record Result(int initializersDropped, int fieldsSet) {}

    /** The constant {@code null}, which a map cannot hold as a value. */
    private static final Object NULL = new Object();

    private EvaluateStaticInitializers() {}

    public static Result run(IrProgram program) {
        Set<FieldRef> storedOutsideInitializers = storedOutsideInitializers(program);
        int[] counts = new int[2];
        Set<String> visited = new HashSet<>();
        for (IrClass c : program.classes()) evaluate(program, c, storedOutsideInitializers, visited, counts);
        return new Result(counts[0], counts[1]);
    }

    /** Evaluates {@code c}'s initializer after its superclasses' (which may then no longer need initialising). */
    private static void evaluate(IrProgram program, IrClass c, Set<FieldRef> storedOutsideInitializers, Set<String> visited,
            int[] counts) {
        if (!visited.add(c.name())) return;
        IrClass sup = c.superName() == null ? null : program.clazz(c.superName());
        if (sup != null) evaluate(program, sup, storedOutsideInitializers, visited, counts);
        IrMethod clinit = c.staticInitializer();
        if (clinit == null || clinit.body() == null || !runsNothingFirst(program, c)) return;
        Run run = new Run(c);
        run.execute(clinit.body());
        if (run.finished) {
            counts[1] += run.keepAll();
            clinit.setBody(null);
            counts[0]++;
        } else {
            counts[1] += run.keepFinalsStoredBeforeStop(clinit.body(), storedOutsideInitializers);
        }
    }

    /**
     * True if initialising {@code c} runs no code before its own initializer: no superclass has one, nor any
     * superinterface initialised with its implementors (JLS 12.4.2 step 7). Such code would run while {@code c}'s
     * initialisation is in progress and see {@code c}'s fields at their defaults, which values set beforehand would
     * change.
     */
    private static boolean runsNothingFirst(IrProgram program, IrClass c) {
        if (c.isInterface()) return true;
        for (IrClass k = c; k != null; k = k.superName() == null ? null : program.clazz(k.superName())) {
            if (k != c && hasInitializer(k)) return false;
            for (String i : k.interfaces()) {
                if (!interfacesRunNothing(program, program.clazz(i))) return false;
            }
        }
        return true;
    }

    private static boolean interfacesRunNothing(IrProgram program, IrClass i) {
        if (i == null) return true;
        if (i.isInitializedWithImplementors() && hasInitializer(i)) return false;
        for (String s : i.interfaces()) if (!interfacesRunNothing(program, program.clazz(s))) return false;
        return true;
    }

    private static boolean hasInitializer(IrClass c) {
        IrMethod clinit = c.staticInitializer();
        return clinit != null && clinit.body() != null;
    }

    private static Set<FieldRef> storedOutsideInitializers(IrProgram program) {
        Set<FieldRef> out = new HashSet<>();
        for (IrClass c : program.classes()) {
            for (IrMethod m : c.methods()) {
                if (m.body() == null || m.isStaticInitializer()) continue;
                for (Block b : m.body().blocks()) {
                    for (Instruction i : b.instructions()) if (i instanceof Insn.PutStatic p) out.add(p.field());
                }
            }
        }
        return out;
    }

    /** One initializer's run: the values so far, and what it did to its class's static fields. */
    private static final class Run {
        private final IrClass clazz;
        private final Map<FieldRef, Object> statics = new HashMap<>();
        private final Map<Value, Object> values = new HashMap<>();
        /** The stores the run executed, each with the value it stored. */
        private final Map<Insn.PutStatic, Object> executedStores = new HashMap<>();
        /** Fields the run read before it first stored them. */
        private final Set<FieldRef> readBeforeStore = new HashSet<>();
        boolean finished;

        Run(IrClass clazz) {
            this.clazz = clazz;
            for (IrField f : clazz.fields()) {
                if (f.isStatic()) statics.put(f.ref(), f.constantValue() != null ? f.constantValue() : defaultValue(f.type()));
            }
        }

        void execute(Function fn) {
            Block previous = null;
            Block block = fn.entry();
            int steps = 0;
            while (block != null) {
                Map<Value, Object> phis = new HashMap<>();
                for (Phi p : block.phis()) {
                    Value in = p.inputFrom(previous);
                    if (in == null || !values.containsKey(in)) return;
                    phis.put(p.result(), values.get(in));
                }
                values.putAll(phis);
                Block next = null;
                for (Instruction i : block.instructions()) {
                    if (++steps > STEP_LIMIT) return;
                    if (i instanceof Insn.Return) {
                        finished = true;
                        return;
                    }
                    if (i instanceof Insn.Terminator t) {
                        next = successor(t);
                        if (next == null) return;
                    } else if (!step(i)) {
                        return;
                    }
                }
                previous = block;
                block = next;
            }
        }

        /** Executes one instruction; false if it is not one this run can execute. */
        private boolean step(Instruction i) {
            if (i instanceof Insn.Const c) {
                if (c.value() instanceof JType) return false; // a class literal: an object
                values.put(c.result(), c.value() == null ? NULL : c.value());
                return true;
            }
            if (i instanceof Insn.InitClass init) return init.className().equals(clazz.name());
            if (i instanceof Insn.GetStatic g) {
                if (!statics.containsKey(g.field())) return false;
                if (executedStores.keySet().stream().noneMatch(s -> s.field().equals(g.field()))) readBeforeStore.add(g.field());
                values.put(g.result(), statics.get(g.field()));
                return true;
            }
            if (i instanceof Insn.PutStatic p) {
                Object v = values.get(p.operand(0));
                if (!statics.containsKey(p.field()) || !fits(v, p.field().type())) return false;
                statics.put(p.field(), v);
                executedStores.put(p, v);
                return true;
            }
            if (i instanceof Insn.ZeroCheck z) {
                Object v = values.get(z.operand(0));
                return v instanceof Number n && n.longValue() != 0;
            }
            if (i instanceof Insn.NullCheck n) return values.get(n.operand(0)) instanceof String;
            Object result = null;
            if (i instanceof Insn.Binary b) {
                result = ConstantFolding.binary(b.op(), b.type(), values.get(b.operand(0)), values.get(b.operand(1)));
            } else if (i instanceof Insn.Negate n) {
                result = ConstantFolding.negate(n.type(), values.get(n.operand(0)));
            } else if (i instanceof Insn.Convert c) {
                result = ConstantFolding.convert(c.from(), c.to(), values.get(c.operand(0)));
            }
            if (result == null) return false;
            values.put(i.result(), result);
            return true;
        }

        /** Where a branch goes, or null if this run cannot tell. */
        private Block successor(Insn.Terminator t) {
            if (t instanceof Insn.Goto g) return g.target();
            if (t instanceof Insn.Switch s) return values.get(s.operand(0)) instanceof Integer key ? s.targetOf(key) : null;
            if (t instanceof Insn.If test) {
                Boolean taken = outcome(test);
                if (taken == null) return null;
                return taken ? test.ifTrue() : test.ifFalse();
            }
            return null; // throw, unreachable
        }

        private Boolean outcome(Insn.If test) {
            Object x = values.get(test.operand(0));
            if (test.comparesWithZero()) {
                if (x instanceof Integer n) return ConstantFolding.compare(test.cond(), n, 0);
                if (x == NULL || x instanceof String) return (x == NULL) == (test.cond() == CondOp.EQ);
                return null;
            }
            Object y = values.get(test.operand(1));
            if (x instanceof Integer m && y instanceof Integer n) return ConstantFolding.compare(test.cond(), m, n);
            if (x == NULL && y == NULL) return test.cond() == CondOp.EQ;
            if (x == NULL && y instanceof String || x instanceof String && y == NULL) return test.cond() == CondOp.NE;
            return null; // two strings: whether they are one object is the runtime's business
        }

        /** The run finished: every static field starts with what it left. Returns how many fields changed. */
        int keepAll() {
            int changed = 0;
            List<IrField> fields = clazz.fields();
            for (int k = 0; k < fields.size(); k++) {
                IrField f = fields.get(k);
                if (!f.isStatic()) continue;
                Object v = statics.get(f.ref());
                Object initial = v == NULL || ConstantFolding.same(v, defaultValue(f.type())) ? null : v;
                if (!ConstantFolding.same(initial, f.constantValue())) {
                    fields.set(k, f.withConstantValue(initial));
                    changed++;
                }
            }
            return changed;
        }

        /**
         * The run stopped: each final field whose one store (in the whole program) it executed, without having read the
         * field before, starts with the stored value, and the store goes. Returns how many fields changed.
         */
        int keepFinalsStoredBeforeStop(Function fn, Set<FieldRef> storedOutsideInitializers) {
            Map<FieldRef, Integer> storesInInitializer = new HashMap<>();
            for (Block b : fn.blocks()) {
                for (Instruction i : b.instructions()) if (i instanceof Insn.PutStatic p) storesInInitializer.merge(p.field(), 1, Integer::sum);
            }
            int changed = 0;
            List<IrField> fields = clazz.fields();
            for (Map.Entry<Insn.PutStatic, Object> e : new ArrayList<>(executedStores.entrySet())) {
                FieldRef f = e.getKey().field();
                if (e.getValue() == NULL || storesInInitializer.get(f) != 1 || storedOutsideInitializers.contains(f)
                        || readBeforeStore.contains(f)) {
                    continue;
                }
                int k = indexOf(fields, f);
                if (k < 0 || !fields.get(k).flags().contains(Flag.FINAL)) continue;
                fields.set(k, fields.get(k).withConstantValue(e.getValue()));
                e.getKey().block().remove(e.getKey());
                changed++;
            }
            return changed;
        }

        private static int indexOf(List<IrField> fields, FieldRef f) {
            for (int k = 0; k < fields.size(); k++) if (fields.get(k).isStatic() && fields.get(k).ref().equals(f)) return k;
            return -1;
        }

        /** True if a field of {@code type} stores {@code v} unchanged: a constant of its kind, in its range. */
        private static boolean fits(Object v, JType type) {
            if (v == null) return false;
            return switch (type.kind()) {
                case BOOLEAN -> v instanceof Integer n && (n == 0 || n == 1);
                case BYTE -> v instanceof Integer n && n == (byte) (int) n;
                case CHAR -> v instanceof Integer n && n == (char) (int) n;
                case SHORT -> v instanceof Integer n && n == (short) (int) n;
                case INT -> v instanceof Integer;
                case LONG -> v instanceof Long;
                case FLOAT -> v instanceof Float;
                case DOUBLE -> v instanceof Double;
                default -> v == NULL || v instanceof String && type.equals(JType.STRING);
            };
        }

        private static Object defaultValue(JType type) {
            return switch (type.kind()) {
                case LONG -> 0L;
                case FLOAT -> 0.0f;
                case DOUBLE -> 0.0;
                case BOOLEAN, BYTE, CHAR, SHORT, INT -> 0;
                default -> NULL;
            };
        }
    }
}
