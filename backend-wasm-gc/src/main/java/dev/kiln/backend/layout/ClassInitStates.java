package dev.kiln.backend.layout;

import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrMethod;
import dev.kiln.wasm.model.Global;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.model.NumType;
import dev.kiln.wasm.model.RefType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What initialising each class involves (JLS 12.4.2, JVMS 5.5) and where its state lives: one mutable
 * {@code i32} global per class whose initialisation runs code, holding {@link #DONE}, {@link #NOT_STARTED},
 * {@link #IN_PROGRESS} or {@link #ERRONEOUS}, and one global for the error an erroneous class recorded.
 * A program has one thread, so the JLS procedure's locking and waiting never happen.
 *
 * <p>A class's initialisation runs, in order: its superclass's, then those of its superinterfaces that
 * are initialised with their implementors (they declare a non-abstract, non-static method), in the order
 * of JVMS 5.5 step 7 (for each direct superinterface in declaration order, its superinterfaces first),
 * then its own {@code <clinit>}. An interface's initialisation runs only its own {@code <clinit>}. A class
 * for which none of these runs code needs no state: initialising it can neither be observed nor fail.
 */
public final class ClassInitStates {
    /** Initialisation completed normally; 0 so that the check at a use is one global.get and one if. */
    public static final int DONE = 0;
    /** The initial state. */
    public static final int NOT_STARTED = 1;
    /** Initialisation has started and not finished: a recursive request returns at once (step 3). */
    public static final int IN_PROGRESS = 2;
    /** Initialisation failed: every later request throws NoClassDefFoundError (step 5). */
    public static final int ERRONEOUS = 3;

    /**
     * The initialisation of a class that runs code.
     *
     * @param prerequisites the classes and interfaces initialised first, in order, each with a plan
     * @param initializer   the class's {@code <clinit>}, or null if it has none
     */
    public record Plan(String className, Global state, Global recordedError, List<String> prerequisites, IrMethod initializer) {}

    private final ClassHierarchy hierarchy;
    private final TypeLayout types;
    private final Map<String, Plan> plans = new HashMap<>();
    private final Set<String> withoutPlan = new HashSet<>();
    private final List<Global> globals = new ArrayList<>();

    public ClassInitStates(ClassHierarchy hierarchy, TypeLayout types) {
        this.hierarchy = hierarchy;
        this.types = types;
    }

    /** The plan of a class or interface, or null if initialising it runs no code. */
    public Plan plan(String className) {
        Plan p = plans.get(className);
        if (p != null || withoutPlan.contains(className)) return p;
        IrClass c = hierarchy.clazz(className);
        List<String> prerequisites = new ArrayList<>();
        if (c != null && !c.isInterface()) {
            IrClass sup = hierarchy.superclass(c);
            if (sup != null && plan(sup.name()) != null) prerequisites.add(sup.name());
            for (String i : initializedSuperinterfaces(c)) {
                if (plan(i) != null) prerequisites.add(i);
            }
        }
        IrMethod clinit = c == null ? null : c.staticInitializer();
        IrMethod initializer = clinit != null && clinit.body() != null ? clinit : null;
        if (prerequisites.isEmpty() && initializer == null) {
            withoutPlan.add(className);
            return null;
        }
        Global state = new Global(className + "#init_state", NumType.I32, true, List.of(Instr.i32Const(NOT_STARTED)));
        RefType throwable = RefType.nullable(types.struct(ClassHierarchy.THROWABLE));
        Global recorded = new Global(className + "#init_error", throwable, true, List.of(Instr.refNull(throwable.heap())));
        globals.add(state);
        globals.add(recorded);
        p = new Plan(className, state, recorded, List.copyOf(prerequisites), initializer);
        plans.put(className, p);
        return p;
    }

    /** JVMS 5.5 step 7's superinterfaces of a class that its initialisation initialises, in order. */
    private List<String> initializedSuperinterfaces(IrClass c) {
        Set<String> enumerated = new LinkedHashSet<>();
        for (String i : c.interfaces()) enumerate(i, enumerated);
        List<String> out = new ArrayList<>();
        for (String i : enumerated) {
            IrClass iface = hierarchy.clazz(i);
            if (iface != null && iface.isInitializedWithImplementors()) out.add(i);
        }
        return out;
    }

    private void enumerate(String name, Set<String> out) {
        IrClass i = hierarchy.clazz(name);
        if (i != null) {
            for (String s : i.interfaces()) enumerate(s, out);
        }
        out.add(name);
    }

    /** Adds the state globals of every plan made so far; call after all code is emitted. */
    public void addTo(Module module) {
        globals.forEach(module::addGlobal);
    }
}
