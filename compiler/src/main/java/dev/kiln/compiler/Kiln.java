package dev.kiln.compiler;

import dev.kiln.backend.WasmBackend;
import dev.kiln.backend.emit.RuntimeHooks;
import dev.kiln.frontend.Frontend;
import dev.kiln.frontend.FrontendOptions;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.text.IrPrinter;
import dev.kiln.opt.PassManager;
import dev.kiln.opt.Pipeline;
import dev.kiln.opt.flow.FlowRoots;
import dev.kiln.opt.flow.TypeFlowPruning;
import dev.kiln.wasm.binary.BinaryWriter;
import dev.kiln.wasm.binary.Names;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.text.WatPrinter;
import java.util.HashMap;
import java.util.Map;

/**
 * Kiln's public Java API: compile a program's classes into a WebAssembly GC module.
 *
 * <p>The pipeline, one stage per module (see docs/ARCHITECTURE.md): the frontend reads the classes reachable
 * from {@code main} and lifts them to SSA IR; the optimizer's type flow removes what cannot run, then it runs its
 * pipeline (verifying the IR after every pass when asked); the backend lays out Wasm GC types and emits functions into a module model, which the
 * binary writer encodes.
 */
public final class Kiln {
    private Kiln() {}

    /**
     * Compiles the program whose classes are on {@code options.classpath()}.
     *
     * @throws CompileError with one diagnostic per problem when the input cannot be compiled
     */
    public static CompileResult compile(CompileOptions options) {
        IrProgram program = Frontend.compile(new FrontendOptions(options.classpath(), Kiln.class.getClassLoader(),
                FrontendOptions.RUNTIME_PREFIX, options.mainClass(), WasmBackend.ROOT_METHODS,
                WasmBackend.INSTANTIATED_CLASSES, options.jdk()));
        TypeFlowPruning.run(program, new FlowRoots(WasmBackend.ROOT_METHODS, WasmBackend.INSTANTIATED_CLASSES,
                RuntimeHooks.MONITOR_ENTER, RuntimeHooks.MONITOR_EXIT));
        new PassManager(Pipeline.standard()).withVerify(options.verifyIr()).run(program);
        String irDump = options.dumpIr() ? IrPrinter.print(program) : null;
        Module module = new WasmBackend().compile(program);
        byte[] wasm = BinaryWriter.write(module, Names.valueOf(options.names().name()));
        String wat = null;
        if (options.emitWat()) {
            Map<String, String> signatures = javaSignatures(program);
            wat = WatPrinter.print(module, f -> signatures.get(f.name()));
        }
        return new CompileResult(wasm, wat, irDump);
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
