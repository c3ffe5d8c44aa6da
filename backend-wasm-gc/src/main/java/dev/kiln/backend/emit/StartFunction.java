package dev.kiln.backend.emit;

import dev.kiln.backend.layout.ClassGlobals;
import dev.kiln.backend.layout.ClassInitStates;
import dev.kiln.backend.layout.DispatchTypes;
import dev.kiln.backend.layout.ProgramLayout;
import dev.kiln.backend.layout.StaticFields;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.MethodRef;
import dev.kiln.wasm.model.BlockType;
import dev.kiln.wasm.model.Catch;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Local;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.model.NumType;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.RefType;
import java.util.ArrayList;
import java.util.List;

/**
 * The exported {@code _start} (WASI command entry): first the runtime data that constant initializers
 * cannot build (the Class field of the vtables of Class, String and char[]; the names of the Class objects;
 * every string literal, entered into the intern pool if the program has one; static fields whose constant
 * value is a string: {@link #finish} adds all but the first once every function is emitted), then {@code Startup.mainArgs()}
 * (null instead for a {@code main} that never reads its parameter), {@code main(args)} and
 * {@code Startup.finish()}, each after initialising its class, inside a {@code try_table}: a Java exception
 * escaping any of them goes to {@code Startup.uncaught(Throwable)}, on an emptied shadow stack. Without the
 * try_table if the program has no {@code uncaught}: the type flow keeps it only if an exception can escape.
 *
 * <p>A multi-call module (several entry points) first asks {@code Startup.program(names)} which one this run starts,
 * and a {@code br_table} on the answer calls that {@code main}; nothing else about the run differs.
 */
final class StartFunction {
    private StartFunction() {}

    /** The start function, and where {@link #finish} inserts its initialisation code. */
    record Start(Func func, int initAt) {}

    static Start build(Module module, ProgramLayout layout, RuntimeHelpers helpers, List<MethodRef> entryPoints) {
        Func start = module.addFunction(Func.defined("_start", layout.funcTypes().of(List.of(), List.of()), List.of()));
        List<Instr> b = start.body();
        for (ClassGlobals.ClassPatch p : layout.classGlobals().classPatches()) {
            b.add(Instr.globalGet(p.vtable()));
            b.add(Instr.globalGet(p.classObject()));
            b.add(Instr.structSet(p.vtableType(), DispatchTypes.CLASS_FIELD));
        }
        int initAt = b.size();
        List<Instr> runMain = entryPoints.size() == 1 ? runMain(layout, helpers, entryPoints.get(0))
                : runOneOf(start, layout, helpers, entryPoints);
        if (layout.hierarchy().program().method(RuntimeHooks.UNCAUGHT) == null) {
            // The type flow found that no exception can escape: nothing to catch.
            b.addAll(runMain);
            b.addAll(call(layout, helpers, RuntimeHooks.FINISH));
            module.export("_start", start);
            return new Start(start, initAt);
        }
        RefType throwable = RefType.nonNull(layout.types().struct("java.lang.Throwable"));
        b.add(Instr.block(BlockType.of(throwable)));
        b.add(Instr.tryTable(BlockType.EMPTY, List.of(new Catch(Catch.Kind.CATCH, helpers.exceptionTag(), 0))));
        b.addAll(runMain);
        b.addAll(call(layout, helpers, RuntimeHooks.FINISH));
        b.add(Instr.end());
        b.add(Instr.simple(Op.RETURN));
        b.add(Instr.end());
        b.addAll(helpers.shadowStack().reset());
        b.add(Instr.call(function(layout, RuntimeHooks.UNCAUGHT)));
        module.export("_start", start);
        return new Start(start, initAt);
    }

    /**
     * Once every other function is emitted: inserts, after the vtable patches, the code that stores the Class
     * objects' names and creates the string literals (which no code can ask for afterwards), and sets the
     * static fields whose constant value is a string.
     */
    static void finish(Module module, ProgramLayout layout, RuntimeHelpers helpers, Start start) {
        List<Instr> init = new ArrayList<>(layout.classGlobals().namePatches(layout.strings()));
        IrMethod internMethod = layout.hierarchy().program().method(RuntimeHooks.INTERN);
        Func intern = internMethod == null || !internMethod.isStatic() ? null : layout.functions().direct(internMethod);
        List<StaticFields.StringConstant> constants = layout.statics().stringConstants();
        for (StaticFields.StringConstant c : constants) layout.strings().literal(c.value());
        List<Instr> literals = layout.strings().addTo(module, layout.classGlobals(), intern);
        ClassInitStates.Plan poolInit = intern == null ? null : layout.initStates().plan(RuntimeHooks.INTERN.owner());
        if (poolInit != null && !literals.isEmpty()) init.add(Instr.call(helpers.classInit(poolInit)));
        init.addAll(literals);
        for (StaticFields.StringConstant c : constants) {
            init.add(Instr.globalGet(layout.strings().literal(c.value())));
            init.add(Instr.globalSet(c.field()));
        }
        start.func().body().addAll(start.initAt(), init);
    }

    /** The call of {@code main} with its argument. */
    private static List<Instr> runMain(ProgramLayout layout, RuntimeHelpers helpers, MethodRef entryPoint) {
        List<Instr> out = new ArrayList<>(arguments(layout, helpers, entryPoint));
        out.addAll(call(layout, helpers, entryPoint));
        return out;
    }

    /**
     * The call of the {@code main} that {@code Startup.program} picks from the binary names of their classes (joined
     * by commas, which binary names never hold): a block per entry point, the innermost first, left by a
     * {@code br_table} on the index it returns. Every {@code main} gets the one arguments array.
     */
    private static List<Instr> runOneOf(Func start, ProgramLayout layout, RuntimeHelpers helpers, List<MethodRef> entryPoints) {
        List<Instr> out = new ArrayList<>();
        List<String> names = entryPoints.stream().map(MethodRef::owner).toList();
        out.add(Instr.globalGet(layout.strings().literal(String.join(",", names))));
        out.addAll(call(layout, helpers, RuntimeHooks.PROGRAM));
        Local which = start.addLocal("program", NumType.I32);
        out.add(Instr.localSet(which));
        Local args = null;
        if (entryPoints.stream().anyMatch(ref -> RuntimeHooks.readsArguments(layout.hierarchy().program(), ref))) {
            args = start.addLocal("args", function(layout, entryPoints.get(0)).type().func().params().get(0));
            out.addAll(call(layout, helpers, RuntimeHooks.MAIN_ARGS));
            out.add(Instr.localSet(args));
        }
        int n = entryPoints.size();
        out.add(Instr.block(BlockType.EMPTY));
        for (int i = 0; i < n; i++) out.add(Instr.block(BlockType.EMPTY));
        int[] depths = new int[n];
        for (int i = 0; i < n; i++) depths[i] = i;
        out.add(Instr.localGet(which));
        // program() returns an index of the list or does not return at all.
        out.add(Instr.brTable(depths, n - 1));
        for (int i = 0; i < n; i++) {
            out.add(Instr.end());
            MethodRef entry = entryPoints.get(i);
            out.addAll(args != null ? List.of(Instr.localGet(args)) : arguments(layout, helpers, entry));
            out.addAll(call(layout, helpers, entry));
            // Past the blocks of the entry points after this one, to the end of the outer block.
            out.add(Instr.br(n - 1 - i));
        }
        out.add(Instr.end());
        return out;
    }

    /** {@code main}'s argument: {@code Startup.mainArgs()}, or null for a {@code main} that never reads it ({@link RuntimeHooks#startup}). */
    private static List<Instr> arguments(ProgramLayout layout, RuntimeHelpers helpers, MethodRef entryPoint) {
        IrMethod main = layout.hierarchy().program().method(entryPoint);
        if (main == null || RuntimeHooks.readsArguments(main)) return call(layout, helpers, RuntimeHooks.MAIN_ARGS);
        RefType args = (RefType) function(layout, entryPoint).type().func().params().get(0);
        return List.of(Instr.refNull(args.heap()));
    }

    private static List<Instr> call(ProgramLayout layout, RuntimeHelpers helpers, MethodRef ref) {
        List<Instr> out = new ArrayList<>();
        ClassInitStates.Plan init = layout.initStates().plan(ref.owner());
        if (init != null) out.add(Instr.call(helpers.classInit(init)));
        out.add(Instr.call(function(layout, ref)));
        return out;
    }

    private static Func function(ProgramLayout layout, MethodRef ref) {
        IrMethod m = layout.hierarchy().program().method(ref);
        Func f = m == null || !m.isStatic() ? null : layout.functions().direct(m);
        if (f == null) throw new CompileError(Diagnostic.error("the program has no static method " + ref + " with a body"));
        return f;
    }
}
