package dev.kiln.backend;

import dev.kiln.backend.emit.ClassInitHooks;
import dev.kiln.backend.emit.ExceptionHooks;
import dev.kiln.backend.emit.ProgramEmitter;
import dev.kiln.backend.emit.RuntimeHooks;
import dev.kiln.backend.layout.ClassHierarchy;
import dev.kiln.backend.layout.ProgramLayout;
import dev.kiln.ir.FieldRef;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodRef;
import dev.kiln.wasm.model.Memory;
import dev.kiln.wasm.model.Module;
import java.util.List;
import java.util.stream.Stream;

/**
 * Kiln's WebAssembly GC backend: compiles a closed-world {@link IrProgram} into one {@link Module} whose only
 * imports are the runtime library's {@code @Import} natives and which exports {@code memory} and
 * {@code _start}. The object layout and the hooks it calls are those of docs/RUNTIME-CONTRACT.md.
 *
 * <p>The work is two stages: {@code layout} decides types, vtables, itables and globals from the class
 * hierarchy; {@code emit} translates each method's SSA body into structured Wasm code.
 */
public final class WasmBackend {
    /** The runtime methods the generated code calls: reachability roots for the frontend. */
    public static final List<MethodRef> ROOT_METHODS = Stream.of(RuntimeHooks.ALL, ClassInitHooks.ALL, ExceptionHooks.ALL)
            .flatMap(List::stream).toList();

    /**
     * Classes the generated code instantiates itself (string literals, Class objects), so the frontend must
     * treat them as instantiated; with java.lang.Throwable, the exception tag's payload type, they must be
     * part of every program.
     */
    public static final List<String> INSTANTIATED_CLASSES = List.of(ClassHierarchy.STRING, ClassHierarchy.CLASS);

    /**
     * The fields of those instances that the backend never leaves null once the program's code runs: a literal's
     * characters ({@link dev.kiln.backend.layout.ClassGlobals#newString}). (A Class object's name is made on first
     * use, so it starts null.)
     */
    public static final List<FieldRef> NON_NULL_FIELDS = List.of(
            new FieldRef(ClassHierarchy.STRING, "value", JType.array(JType.CHAR)));

    /** Classes every program must contain, instantiated or not. */
    public static final List<String> REQUIRED_CLASSES = List.of(ClassHierarchy.OBJECT, ClassHierarchy.STRING,
            ClassHierarchy.CLASS, ClassHierarchy.THROWABLE, RuntimeHooks.STARTUP);

    /** The scratch page and the shadow stack ({@link LinearMemory}); the runtime grows the memory itself beyond them. */
    private static final int INITIAL_PAGES = LinearMemory.INITIAL_PAGES;

    public Module compile(IrProgram program) {
        Module module = new Module();
        module.setMemory(new Memory("memory", INITIAL_PAGES, -1));
        module.export("memory", module.memory());
        ProgramLayout layout = new ProgramLayout(program, module);
        ProgramEmitter.emit(program, module, layout);
        layout.addTo(module);
        return module;
    }
}
