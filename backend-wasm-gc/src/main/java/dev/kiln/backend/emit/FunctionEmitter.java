package dev.kiln.backend.emit;

import dev.kiln.backend.layout.ProgramLayout;
import dev.kiln.ir.Function;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.Value;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Local;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Emits one method's body: analyse the CFG, decide which values stay on the operand stack, allocate locals
 * for the rest, enter the method's shadow-stack {@link Frame}, convert parameters whose Wasm type is wider
 * than their Java type (an override's receiver, typed as its family's root), then structure and select.
 */
final class FunctionEmitter {
    private FunctionEmitter() {}

    /** Fills in {@code func}'s locals and body from {@code method}'s SSA body. */
    static void emit(ProgramLayout layout, RuntimeHelpers helpers, IrMethod method, Func func) {
        Function body = method.body();
        IrClass owner = layout.hierarchy().clazz(method.owner());
        String sourceFile = owner == null ? null : owner.sourceFile();
        ControlFlow cfg = new ControlFlow(sourceFile, method, body);
        Uses uses = new Uses(cfg);
        Frame frame = helpers.shadowStack().frame(method, func, cfg);
        FunctionContext cx = new FunctionContext(layout, helpers, method, func, sourceFile, uses, frame);
        InstructionSelector selector = new InstructionSelector(cx, new Intrinsics(layout, helpers));
        StackPlan stack = new StackPlan(cfg, selector::consumer, selector::leading, cx::typeOf, cx::isFusedComparison);
        cx.plan(stack, null);
        Map<Value, Local> precolored = new HashMap<>();
        List<Value> params = body.params();
        for (int i = 0; i < params.size(); i++) {
            if (func.param(i).type().equals(cx.typeOf(params.get(i)))) precolored.put(params.get(i), func.param(i));
        }
        LocalAllocation locals = new LocalAllocation(func, cfg, new Liveness(cfg), cx::needsLocal, cx::typeOf, precolored);
        cx.plan(stack, locals);
        frame.enter();
        for (int i = 0; i < params.size(); i++) {
            Value p = params.get(i);
            if (precolored.containsKey(p) || uses.count(p) == 0) continue;
            cx.emit(Instr.localGet(func.param(i)));
            cx.coerce(func.param(i).type(), cx.typeOf(p));
            cx.emit(Instr.localSet(cx.localOf(p)));
        }
        new Structurer(cx, cfg, selector).emitFunction();
    }
}
