package dev.kiln.compiler;

import dev.kiln.backend.WasmBackend;
import dev.kiln.backend.emit.ClassInitHooks;
import dev.kiln.backend.emit.ExceptionHooks;
import dev.kiln.backend.emit.RuntimeHooks;
import dev.kiln.binaryen.Binaryen;
import dev.kiln.binaryen.BinaryenException;
import dev.kiln.frontend.Frontend;
import dev.kiln.frontend.FrontendOptions;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.text.IrPrinter;
import dev.kiln.opt.PassContext;
import dev.kiln.opt.PassManager;
import dev.kiln.opt.Pipeline;
import dev.kiln.opt.flow.DropUncalledBodies;
import dev.kiln.opt.flow.EvaluateStaticInitializers;
import dev.kiln.opt.flow.ExceptionSources;
import dev.kiln.opt.flow.FlowRoots;
import dev.kiln.opt.flow.ReachChains;
import dev.kiln.opt.flow.TypeFlowPruning;
import dev.kiln.wasm.binary.BinaryWriter;
import dev.kiln.wasm.binary.Names;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.text.WatPrinter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kiln's public Java API: compile a program's classes into a WebAssembly GC module.
 *
 * <p>The pipeline, one stage per module (see docs/ARCHITECTURE.md): the frontend reads the classes reachable
 * from {@code main} and lifts them to SSA IR; the optimizer runs its pipeline (verifying the IR after every pass
 * when asked), its type flow removes what cannot run, and the pipeline runs again; the backend lays out Wasm GC
 * types and emits functions into a module model, which the binary writer encodes.
 */
public final class Kiln {
    /**
     * What the generated code calls and makes beyond the program's code, for the type flow: the startup hooks
     * around {@code main}, and the hooks of the exceptions it raises itself, each kept only where it can run.
     */
    private static FlowRoots flowRoots(IrProgram program) {
        return new FlowRoots(List.of(), RuntimeHooks.startup(program), WasmBackend.INSTANTIATED_CLASSES,
                WasmBackend.NON_NULL_FIELDS, RuntimeHooks.MONITOR_ENTER, RuntimeHooks.MONITOR_EXIT,
                new ExceptionSources(RuntimeHooks.UNCAUGHT, List.of(ExceptionHooks.NULL_POINTER, ExceptionHooks.NULL_POINTER_BECAUSE),
                        ExceptionHooks.ARRAY_INDEX, ExceptionHooks.DIVISION_BY_ZERO, ExceptionHooks.ARRAY_STORE,
                        ExceptionHooks.CLASS_CAST, ExceptionHooks.NEGATIVE_ARRAY_SIZE, ClassInitHooks.ALL,
                        RuntimeHooks.STACK_OVERFLOW),
                WasmBackend.REQUIRED_CLASSES);
    }

    /** The methods the generated code calls besides the program's own calls: the entry points and the runtime's hooks. */
    private static Set<MethodRef> generatedCodeCalls(IrProgram program) {
        Set<MethodRef> roots = new HashSet<>(WasmBackend.ROOT_METHODS);
        roots.addAll(program.entryPoints());
        roots.addAll(RuntimeHooks.startup(program));
        roots.add(RuntimeHooks.MONITOR_ENTER);
        roots.add(RuntimeHooks.MONITOR_EXIT);
        return roots;
    }

    private Kiln() {}

    /**
     * Compiles the program whose classes are on {@code options.classpath()}.
     *
     * @throws CompileError with one diagnostic per problem when the input cannot be compiled
     */
    public static CompileResult compile(CompileOptions options) {
        List<CompileResult.PhaseTime> phases = new ArrayList<>();
        long t = System.nanoTime();
        IrProgram program = Frontend.compile(new FrontendOptions(options.classpath(), Kiln.class.getClassLoader(),
                FrontendOptions.RUNTIME_PREFIX, options.mainClasses(), WasmBackend.ROOT_METHODS,
                WasmBackend.INSTANTIATED_CLASSES, options.jdk()));
        t = phase(phases, "frontend", t);
        // The passes before the type flow remove checks, and so the uses of the runtime's exception factories, that the
        // flow would otherwise keep; they run again to clean up after its pruning, with the inliner this time.
        // Without the passes (--no-ir-passes), only what the backend needs runs.
        Pipeline before = options.irPasses() ? Pipeline.beforeTypeFlow() : Pipeline.required();
        Pipeline after = options.irPasses() ? Pipeline.standard() : Pipeline.required();
        // One context for both runs: what it finds about the program still holds after the pruning, which only removes.
        PassContext passContext = new PassContext(program, options.optimization().favorsSize());
        new PassManager(before).withVerify(options.verifyIr()).run(passContext);
        if (options.irPasses()) {
            // Static initializers run at compile time as far as they compute constants; the flow then sees the constants.
            EvaluateStaticInitializers.run(program);
            passContext.staticFieldsChanged();
        }
        t = phase(phases, "passes", t);
        ReachChains reached = TypeFlowPruning.run(program, flowRoots(program));
        t = phase(phases, "type flow", t);
        new PassManager(after).withVerify(options.verifyIr()).run(passContext);
        if (options.irPasses()) DropUncalledBodies.run(program, generatedCodeCalls(program));
        t = phase(phases, "passes after type flow", t);
        String irDump = options.dumpIr() ? IrPrinter.print(program) : null;
        Module module = new WasmBackend().compile(program);
        t = phase(phases, "backend", t);
        byte[] wasm = BinaryWriter.write(module, Names.valueOf(options.names().name()));
        t = phase(phases, "binary", t);
        List<String> warnings = new ArrayList<>();
        if (options.optimization() != WasmOptimization.NONE) {
            wasm = optimizeWithBinaryen(wasm, options, warnings);
            t = phase(phases, "binaryen", t);
        }
        String wat = null;
        if (options.emitWat()) {
            Map<String, String> signatures = javaSignatures(program);
            wat = WatPrinter.print(module, f -> signatures.get(f.name()));
            phase(phases, "wat", t);
        }
        return new CompileResult(wasm, wat, irDump, phases, reached, warnings);
    }

    /**
     * The module as Binaryen optimises it (closed world: a Kiln module exports only {@code _start} and its memory); the
     * module unchanged, with a warning, where Binaryen is not available. A failure of Binaryen is a compile error.
     */
    private static byte[] optimizeWithBinaryen(byte[] wasm, CompileOptions options, List<String> warnings) {
        Binaryen binaryen = Binaryen.load();
        if (binaryen == null) {
            warnings.add("Binaryen is not available (" + Binaryen.unavailableReason() + "): the module is not optimised");
            return wasm;
        }
        try {
            WasmOptimization o = options.optimization();
            boolean names = options.names() != ModuleNames.NONE;
            byte[] out = binaryen.optimize(wasm, o.optimizeLevel(), o.shrinkLevel(), true, names);
            for (int round = 1; round < o.maxRounds(); round++) {
                byte[] again = binaryen.optimize(out, o.optimizeLevel(), o.shrinkLevel(), true, names);
                if (again.length >= out.length) break;
                out = again;
            }
            return out;
        } catch (BinaryenException e) {
            throw new CompileError(List.of(Diagnostic.error("Binaryen failed on the module Kiln wrote (a Kiln bug): "
                    + e.getMessage().strip())));
        }
    }

    /** Records the phase that started at {@code start} and returns the time it ended. */
    private static long phase(List<CompileResult.PhaseTime> phases, String name, long start) {
        long end = System.nanoTime();
        phases.add(new CompileResult.PhaseTime(name, end - start));
        return end;
    }

    /**
     * WAT comments naming the Java method each function implements ({@code ;;; <signature>}), so a reader
     * sees Java and Wasm side by side. The backend names a method's function after its IR reference.
     */
    private static Map<String, String> javaSignatures(IrProgram program) {
        Map<String, String> bySignature = new HashMap<>();
        for (IrClass c : program.classes()) {
            for (IrMethod m : c.methods()) {
                String flags = m.isStatic() ? "static " : "";
                bySignature.put(m.ref().toString(), flags + m.ref());
            }
        }
        return bySignature;
    }
}
