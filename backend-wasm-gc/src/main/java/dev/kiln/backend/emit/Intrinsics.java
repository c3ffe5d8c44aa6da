package dev.kiln.backend.emit;

import dev.kiln.backend.layout.ArrayKind;
import dev.kiln.backend.layout.DispatchTypes;
import dev.kiln.backend.layout.ProgramLayout;
import dev.kiln.backend.layout.TypeLayout;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.JType;
import dev.kiln.ir.NativeBinding;
import dev.kiln.wasm.model.Global;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Op;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands {@code @Intrinsic} natives (docs/RUNTIME-CONTRACT.md) after their arguments are on the stack:
 * <ul>
 *   <li>any Wasm instruction without immediates, by its text name ({@code i32.clz}, {@code f64.sqrt});</li>
 *   <li>memory loads and stores by text name, on memory 0 at offset 0 with natural alignment, and the
 *       memory instructions ({@code memory.size}, {@code memory.grow}, {@code memory.copy},
 *       {@code memory.fill});</li>
 *   <li>{@code kiln.identity_hash}: a {@link RuntimeHelpers} function assigning the {@code $hash} field on
 *       first use;</li>
 *   <li>{@code kiln.get_class}: the Class object in the receiver's vtable;</li>
 *   <li>{@code kiln.latin1_text}: {@code (offset, length) -> String} from the string pool's Latin-1 texts
 *       (a Class object's name, made on first use);</li>
 *   <li>{@code kiln.clone}: a shallow copy, by a {@link CloneFunction};</li>
 *   <li>{@code kiln.array_length}, {@code kiln.array_copy}: on arrays of any element type, by
 *       {@link ArrayFunctions}; {@code kiln.array_copy} bound to a native whose first parameter is an array type
 *       ({@code (char[], int, char[], int, int)}) copies arrays of that kind without testing which they are;</li>
 *   <li>{@code kiln.array_new}: an array whose component type is given by its Class object
 *       ({@code Array.newInstance}), by {@link ArrayFunctions};</li>
 *   <li>{@code kiln.primitive_class.<type>} ({@code int}, ..., {@code void}): that primitive type's Class
 *       object;</li>
 *   <li>{@code kiln.stack_top}, {@code kiln.stack_slot}, {@code kiln.frame_table}: the {@link ShadowStack}.</li>
 * </ul>
 * Block structure ({@code else}, {@code end}) and {@code return} are not instructions a native can be.
 */
final class Intrinsics {
    private static final Map<String, Op> BY_NAME = new HashMap<>();
    private static final String PRIMITIVE_CLASS = "kiln.primitive_class.";
    private static final Map<String, JType> PRIMITIVES = Map.of("boolean", JType.BOOLEAN, "byte", JType.BYTE,
            "char", JType.CHAR, "short", JType.SHORT, "int", JType.INT, "long", JType.LONG, "float", JType.FLOAT,
            "double", JType.DOUBLE, "void", JType.VOID);

    static {
        for (Op op : Op.values()) {
            boolean plain = op.imm == Op.Imm.NONE && op != Op.ELSE && op != Op.END && op != Op.RETURN;
            if (plain || op.imm == Op.Imm.MEMARG || op.imm == Op.Imm.MEMORY) BY_NAME.put(op.text(), op);
        }
    }

    private final ProgramLayout layout;
    private final RuntimeHelpers helpers;

    Intrinsics(ProgramLayout layout, RuntimeHelpers helpers) {
        this.layout = layout;
        this.helpers = helpers;
    }

    /** The name of {@code m}'s intrinsic, or null if it is not an intrinsic native. */
    static String nameOf(IrMethod m) {
        return m.nativeBinding() instanceof NativeBinding.Intrinsic i ? i.name() : null;
    }

    /**
     * The instructions implementing the intrinsic {@code bound} is bound to; throws IllegalArgumentException for an
     * unknown name.
     */
    List<Instr> expand(IrMethod bound) {
        String name = nameOf(bound);
        List<JType> params = bound.sig().params();
        if (name.equals("kiln.array_copy") && !params.isEmpty() && params.get(0).isArray()) {
            return List.of(Instr.call(helpers.arrayCopy(ArrayKind.of(params.get(0).component()))));
        }
        return expand(name);
    }

    /** The instructions implementing the intrinsic; throws IllegalArgumentException for an unknown name. */
    private List<Instr> expand(String name) {
        List<Instr> stackAccess = helpers.shadowStack().expand(name);
        if (stackAccess != null) return stackAccess;
        switch (name) {
            case "kiln.identity_hash":
                return List.of(Instr.call(helpers.identityHash()));
            case "kiln.clone":
                return List.of(Instr.call(helpers.cloneFunction()));
            case "kiln.array_length":
                return List.of(Instr.call(helpers.arrayLength()));
            case "kiln.array_copy":
                return List.of(Instr.call(helpers.arrayCopy()));
            case "kiln.array_new":
                return List.of(Instr.call(helpers.arrayNew()));
            case "kiln.latin1_text":
                return List.of(Instr.call(layout.strings().latin1TextFunction()));
            case "kiln.get_class":
                TypeLayout types = layout.types();
                return List.of(Instr.structGet(types.objectStruct(), TypeLayout.VTABLE_FIELD),
                        Instr.structGet(layout.dispatch().vtable(types.objectStruct().name()), DispatchTypes.CLASS_FIELD));
            default:
                if (name.startsWith(PRIMITIVE_CLASS)) return List.of(Instr.globalGet(primitiveClass(name)));
                Op op = BY_NAME.get(name);
                if (op == null) throw new IllegalArgumentException("unknown intrinsic \"" + name + "\"");
                if (op.imm == Op.Imm.MEMARG) return List.of(Instr.memory(op, 0, naturalAlignment(name)));
                if (op.imm == Op.Imm.MEMORY) return List.of(Instr.memoryOp(op));
                return List.of(Instr.simple(op));
        }
    }

    /** The Class object global of {@code kiln.primitive_class.<type>}. */
    private Global primitiveClass(String name) {
        JType type = PRIMITIVES.get(name.substring(PRIMITIVE_CLASS.length()));
        if (type == null) throw new IllegalArgumentException("unknown intrinsic \"" + name + "\": not a primitive type");
        return layout.classGlobals().classObject(type);
    }

    /** log2 of the access width: from the width suffix ({@code load8_u}, {@code store16}) or the value type. */
    private static int naturalAlignment(String name) {
        String access = name.substring(name.indexOf('.') + 1);
        if (access.matches("(load|store)8.*")) return 0;
        if (access.matches("(load|store)16.*")) return 1;
        if (access.matches("(load|store)32.*")) return 2;
        return name.startsWith("i64") || name.startsWith("f64") ? 3 : 2;
    }
}
