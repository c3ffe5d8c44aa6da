package dev.kiln.backend.emit;

import dev.kiln.backend.layout.ClassHierarchy;
import dev.kiln.backend.layout.ClassInitStates;
import dev.kiln.backend.layout.ProgramLayout;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.JType;
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
import dev.kiln.wasm.model.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One function per class whose initialisation runs code, {@code C#init}, implementing JLS 12.4.2 for a
 * single thread over the class's state global ({@link ClassInitStates}). Code that uses the class tests
 * the state first and calls the function only when it is not {@code DONE}:
 *
 * <pre>
 *   global.get $C#init_state  if  call $C#init  end
 * </pre>
 *
 * The function itself:
 * <ol>
 *   <li>in progress or done: returns (a recursive request, step 3; or the start function's call);
 *       erroneous: throws {@code ClassInitFailures.couldNotInitialize(C.class, recorded)} (step 5,
 *       {@link ClassInitHooks});</li>
 *   <li>marks the class in progress, then initialises the prerequisites (superclass, superinterfaces) in
 *       order; if one throws, the class records the exception, becomes erroneous and rethrows it
 *       unchanged (step 7);</li>
 *   <li>calls {@code <clinit>}; if it throws, the class records the exception, becomes erroneous and throws
 *       {@code ClassInitFailures.initializerFailed(thrown)}: the exception itself if it is an Error, else an
 *       ExceptionInInitializerError around it (steps 11 and 12); otherwise the class is done (step 10).</li>
 * </ol>
 * What a class records is {@code ClassInitFailures.recordFailure(thrown)}, built once at the failure. In a program
 * none of whose initializers can throw, the type flow drops those hooks and the function has none of this. The
 * function has no shadow-stack frame (the JVM shows none for it); it remembers the stack's top before the
 * initialisers run and restores it when it catches their exception, so that what the hooks make has the
 * stack trace of the code that triggered the initialisation ({@link ShadowStack#restoreTop}).
 */
final class ClassInitFunctions {
    private final Module module;
    private final ProgramLayout layout;
    private final Tag exceptionTag;
    private final ShadowStack shadowStack;
    private final Map<String, Func> functions = new HashMap<>();

    ClassInitFunctions(Module module, ProgramLayout layout, Tag exceptionTag, ShadowStack shadowStack) {
        this.module = module;
        this.layout = layout;
        this.exceptionTag = exceptionTag;
        this.shadowStack = shadowStack;
    }

    /** The initialisation function of the class {@code plan} describes, created on first request. */
    Func function(ClassInitStates.Plan plan) {
        Func f = functions.get(plan.className());
        if (f != null) return f;
        f = module.addFunction(Func.defined(plan.className() + "#init", layout.funcTypes().of(List.of(), List.of()), List.of()));
        functions.put(plan.className(), f);
        define(f, plan);
        return f;
    }

    private void define(Func f, ClassInitStates.Plan plan) {
        if (layout.hierarchy().program().method(ClassInitHooks.RECORD_FAILURE) == null) {
            defineInfallible(f, plan);
            return;
        }
        RefType throwable = RefType.nonNull(layout.types().struct(ClassHierarchy.THROWABLE));
        Local thrown = f.addLocal("thrown", throwable.asNullable());
        Local top = f.addLocal("stack_top", NumType.I32);
        List<Instr> b = f.body();
        returnUnlessNotStarted(b, plan);
        b.add(Instr.i32Const(ClassInitStates.IN_PROGRESS));
        b.add(Instr.globalSet(plan.state()));
        b.addAll(shadowStack.saveTop(top));
        boolean hasPrerequisites = !plan.prerequisites().isEmpty();
        boolean hasInitializer = plan.initializer() != null;
        if (hasInitializer) b.add(Instr.block(BlockType.of(throwable)));
        if (hasPrerequisites) {
            b.add(Instr.block(BlockType.of(throwable)));
            b.add(Instr.tryTable(BlockType.EMPTY, List.of(new Catch(Catch.Kind.CATCH, exceptionTag, 0))));
            for (String p : plan.prerequisites()) b.add(Instr.call(function(layout.initStates().plan(p))));
            b.add(Instr.end());
        }
        if (hasInitializer) {
            int initializerFailed = hasPrerequisites ? 1 : 0;
            b.add(Instr.tryTable(BlockType.EMPTY, List.of(new Catch(Catch.Kind.CATCH, exceptionTag, initializerFailed))));
            b.add(Instr.call(layout.functions().direct(plan.initializer())));
            b.add(Instr.end());
        }
        b.add(Instr.i32Const(ClassInitStates.DONE));
        b.add(Instr.globalSet(plan.state()));
        b.add(Instr.simple(Op.RETURN));
        if (hasPrerequisites) {
            b.add(Instr.end());
            b.addAll(shadowStack.restoreTop(top));
            fail(b, plan, thrown, false);
        }
        if (hasInitializer) {
            b.add(Instr.end());
            b.addAll(shadowStack.restoreTop(top));
            fail(b, plan, thrown, true);
        }
    }

    /**
     * For a program none of whose initializers can throw (the type flow then drops the hooks): no class becomes
     * erroneous, so the function marks the class, runs the prerequisites' functions and the initializer, and is done.
     */
    private void defineInfallible(Func f, ClassInitStates.Plan plan) {
        List<Instr> b = f.body();
        b.add(Instr.globalGet(plan.state()));
        b.add(Instr.i32Const(ClassInitStates.NOT_STARTED));
        b.add(Instr.simple(Op.I32_NE));
        b.add(Instr.if_(BlockType.EMPTY));
        b.add(Instr.simple(Op.RETURN));
        b.add(Instr.end());
        b.add(Instr.i32Const(ClassInitStates.IN_PROGRESS));
        b.add(Instr.globalSet(plan.state()));
        for (String p : plan.prerequisites()) b.add(Instr.call(function(layout.initStates().plan(p))));
        if (plan.initializer() != null) b.add(Instr.call(layout.functions().direct(plan.initializer())));
        b.add(Instr.i32Const(ClassInitStates.DONE));
        b.add(Instr.globalSet(plan.state()));
    }

    /** Step 1 to 5 for one thread: only a class not yet started goes on; an erroneous one throws. */
    private void returnUnlessNotStarted(List<Instr> b, ClassInitStates.Plan plan) {
        b.add(Instr.globalGet(plan.state()));
        b.add(Instr.i32Const(ClassInitStates.NOT_STARTED));
        b.add(Instr.simple(Op.I32_NE));
        b.add(Instr.if_(BlockType.EMPTY));
        b.add(Instr.globalGet(plan.state()));
        b.add(Instr.i32Const(ClassInitStates.ERRONEOUS));
        b.add(Instr.simple(Op.I32_EQ));
        b.add(Instr.if_(BlockType.EMPTY));
        b.add(Instr.globalGet(layout.classGlobals().classObject(JType.object(plan.className()))));
        b.add(Instr.globalGet(plan.recordedError()));
        b.add(Instr.call(hook(ClassInitHooks.COULD_NOT_INITIALIZE)));
        b.add(Instr.simple(Op.REF_AS_NON_NULL));
        b.add(Instr.throw_(exceptionTag));
        b.add(Instr.end());
        b.add(Instr.simple(Op.RETURN));
        b.add(Instr.end());
    }

    /**
     * With the exception on the stack: records it, marks the class erroneous and throws, for a failed
     * {@code <clinit>} what {@code initializerFailed} makes of it, else the exception itself.
     */
    private void fail(List<Instr> b, ClassInitStates.Plan plan, Local thrown, boolean fromInitializer) {
        b.add(Instr.localTee(thrown));
        b.add(Instr.call(hook(ClassInitHooks.RECORD_FAILURE)));
        b.add(Instr.globalSet(plan.recordedError()));
        b.add(Instr.i32Const(ClassInitStates.ERRONEOUS));
        b.add(Instr.globalSet(plan.state()));
        b.add(Instr.localGet(thrown));
        if (fromInitializer) b.add(Instr.call(hook(ClassInitHooks.INITIALIZER_FAILED)));
        b.add(Instr.simple(Op.REF_AS_NON_NULL));
        b.add(Instr.throw_(exceptionTag));
    }

    private Func hook(MethodRef ref) {
        IrMethod m = layout.hierarchy().program().method(ref);
        Func f = m == null || !m.isStatic() ? null : layout.functions().direct(m);
        if (f == null) throw new CompileError(Diagnostic.error("the program has no static method " + ref + " with a body"));
        return f;
    }
}
