package dev.kiln.backend.layout;

import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.NativeBinding;
import dev.kiln.ir.SourcePos;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Module;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Wasm function of each method, named after the Java method ({@code example.Main.fib(int)int}).
 * Methods with a body get a defined function whose body the emitter fills in; {@code @Import} natives
 * become imported functions; {@code @Intrinsic} natives are expanded inline at direct call sites and get a
 * function only when something needs a reference to them (a vtable slot), recorded as a pending wrapper
 * for the emitter to fill. Abstract methods have no function.
 */
public final class MethodFunctions {
    private final Module module;
    private final MethodSignatures signatures;
    private final Map<IrMethod, Func> functions = new LinkedHashMap<>();
    private final Map<IrMethod, Func> intrinsicWrappers = new HashMap<>();
    private final List<IrMethod> pendingWrappers = new ArrayList<>();

    public MethodFunctions(Module module, ClassHierarchy hierarchy, MethodSignatures signatures) {
        this.module = module;
        this.signatures = signatures;
        for (IrClass c : hierarchy.program().classes()) {
            for (IrMethod m : c.methods()) {
                if (m.body() != null) {
                    functions.put(m, module.addFunction(Func.defined(m.ref().toString(), signatures.funcType(m), paramNames(m))));
                } else if (m.nativeBinding() instanceof NativeBinding.HostImport imp) {
                    if (!m.isStatic()) {
                        throw new CompileError(Diagnostic.error(null, m.owner(), m.ref().toString(), SourcePos.NONE,
                                "an @Import native must be static"));
                    }
                    functions.put(m, module.addFunction(Func.imported(m.ref().toString(), signatures.funcType(m), imp.module(), imp.name())));
                }
            }
        }
    }

    private static List<String> paramNames(IrMethod m) {
        List<String> names = new ArrayList<>();
        if (!m.isStatic()) names.add("this");
        for (int i = 0; i < m.sig().params().size(); i++) names.add("p" + i);
        return names;
    }

    /** Methods with a body, with their (still empty) functions. */
    public Map<IrMethod, Func> defined() {
        Map<IrMethod, Func> out = new LinkedHashMap<>();
        functions.forEach((m, f) -> {
            if (!f.isImport()) out.put(m, f);
        });
        return out;
    }

    /** The function a direct call to {@code m} calls, or null for an intrinsic or abstract method. */
    public Func direct(IrMethod m) {
        return functions.get(m);
    }

    /**
     * A function implementing {@code m} that can be referenced with {@code ref.func}, or null if {@code m}
     * is abstract or an unbound native.
     */
    public Func reference(IrMethod m) {
        Func f = functions.get(m);
        if (f != null || !(m.nativeBinding() instanceof NativeBinding.Intrinsic)) return f;
        return intrinsicWrappers.computeIfAbsent(m, k -> {
            pendingWrappers.add(k);
            return module.addFunction(Func.defined(k.ref().toString(), signatures.funcType(k), paramNames(k)));
        });
    }

    /** Takes the intrinsic wrappers created since the last call; their bodies are still empty. */
    public List<IrMethod> takePendingWrappers() {
        List<IrMethod> out = List.copyOf(pendingWrappers);
        pendingWrappers.clear();
        return out;
    }

    /** The wrapper function of an intrinsic native created by {@link #reference}. */
    public Func wrapper(IrMethod m) {
        return intrinsicWrappers.get(m);
    }
}
