package dev.kiln.backend.emit;

import dev.kiln.backend.layout.ProgramLayout;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.SourcePos;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Local;
import dev.kiln.wasm.model.Module;
import java.util.List;
import java.util.Map;

/**
 * Emits every function of a program into its module: each method with a body, the start function, and
 * the functions that stand for intrinsic natives wherever a function reference is needed (a vtable slot),
 * whose body is the intrinsic applied to the parameters.
 */
public final class ProgramEmitter {
    private ProgramEmitter() {}

    public static void emit(IrProgram program, Module module, ProgramLayout layout) {
        RuntimeHelpers helpers = new RuntimeHelpers(module, layout);
        for (Map.Entry<IrMethod, Func> e : layout.functions().defined().entrySet()) {
            FunctionEmitter.emit(layout, helpers, e.getKey(), e.getValue());
        }
        helpers.finishArrayNew();
        StartFunction.Start start = StartFunction.build(module, layout, helpers, program.entryPoints());
        Intrinsics intrinsics = new Intrinsics(layout, helpers);
        for (List<IrMethod> pending = layout.functions().takePendingWrappers(); !pending.isEmpty();
             pending = layout.functions().takePendingWrappers()) {
            for (IrMethod m : pending) {
                Func f = layout.functions().wrapper(m);
                for (Local p : f.locals()) f.body().add(Instr.localGet(p));
                try {
                    f.body().addAll(intrinsics.expand(m));
                } catch (IllegalArgumentException e) {
                    throw Errors.at(null, m, SourcePos.NONE, e.getMessage());
                }
            }
        }
        helpers.shadowStack().finish();
        StartFunction.finish(module, layout, helpers, start);
    }
}
