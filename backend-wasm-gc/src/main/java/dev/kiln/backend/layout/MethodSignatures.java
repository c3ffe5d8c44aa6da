package dev.kiln.backend.layout;

import dev.kiln.ir.IrMethod;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodSig;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.TypeDef;
import dev.kiln.wasm.model.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * The Wasm function type of each method: the receiver (for instance methods), then the Java parameters,
 * then the result. A dispatched method takes its receiver as its {@link DispatchFamilies family's} type so
 * that every override fits the same vtable slot or method table entry; constructors and private methods
 * take their own class.
 */
public final class MethodSignatures {
    private final TypeLayout types;
    private final FuncTypes funcTypes;
    private final DispatchFamilies families;

    public MethodSignatures(TypeLayout types, FuncTypes funcTypes, DispatchFamilies families) {
        this.types = types;
        this.funcTypes = funcTypes;
        this.families = families;
    }

    /** The receiver parameter's type of an instance method. */
    public RefType receiverType(IrMethod m) {
        String owner = ClassHierarchy.isDispatched(m) ? families.receiverClass(m) : m.owner();
        return (RefType) types.valType(JType.object(owner));
    }

    /** Every parameter's type, receiver first. */
    public List<ValType> paramTypes(IrMethod m) {
        List<ValType> params = new ArrayList<>();
        if (!m.isStatic()) params.add(receiverType(m));
        for (JType p : m.sig().params()) params.add(types.valType(p));
        return params;
    }

    /** The result types: none for void, else one. */
    public List<ValType> resultTypes(MethodSig sig) {
        return sig.ret().isVoid() ? List.of() : List.of(types.valType(sig.ret()));
    }

    /** The interned function types, for the few that are no method's. */
    FuncTypes funcTypes() {
        return funcTypes;
    }

    public TypeDef funcType(IrMethod m) {
        return funcTypes.of(paramTypes(m), resultTypes(m.sig()));
    }
}
