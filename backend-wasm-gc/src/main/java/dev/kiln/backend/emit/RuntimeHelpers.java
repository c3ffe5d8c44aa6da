package dev.kiln.backend.emit;

import dev.kiln.backend.layout.ArrayKind;
import dev.kiln.backend.layout.ClassHierarchy;
import dev.kiln.backend.layout.ClassInitStates;
import dev.kiln.backend.layout.Instances;
import dev.kiln.backend.layout.ProgramLayout;
import dev.kiln.backend.layout.TypeLayout;
import dev.kiln.ir.JType;
import dev.kiln.wasm.model.BlockType;
import dev.kiln.wasm.model.FieldType;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Global;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Local;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.model.NumType;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.Tag;
import dev.kiln.wasm.model.TypeDef;
import dev.kiln.wasm.model.ValType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Functions, globals and the exception tag that generated code shares, each created the first time
 * something needs it so that a module only contains what it uses (the {@link ShadowStack} aside, which
 * every program has): float remainder, the identity hash, shallow copies, array length and copy for any
 * element type, per-class initialisation guards, multi-dimensional array allocation, and the type-test
 * functions of {@link TypeTestFunctions}.
 */
final class RuntimeHelpers {
    private static final int GOLDEN_GAMMA = 0x9e3779b9;
    private static final int MIX = 0x85ebca6b;

    private final Module module;
    private final ProgramLayout layout;
    private final TypeTestFunctions typeTests;
    private final Tag exceptionTag;
    private final ClassInitFunctions classInits;
    private final ShadowStack shadowStack;
    private final Map<String, Func> multiArrays = new HashMap<>();
    private final Map<NumType, Func> remainders = new HashMap<>();
    private Func identityHash;
    private Func clone;
    private Func arrayLength;
    private Func arrayCopy;
    private final Map<ArrayKind, Func> typedArrayCopies = new java.util.EnumMap<>(ArrayKind.class);
    private Func arrayNew;
    private Func throwNullPointer;
    private boolean throwNullPointerMissing;

    RuntimeHelpers(Module module, ProgramLayout layout) {
        this.module = module;
        this.layout = layout;
        this.typeTests = new TypeTestFunctions(module, layout);
        RefType throwable = RefType.nonNull(layout.types().struct(ClassHierarchy.THROWABLE));
        exceptionTag = module.addTag(new Tag("java.lang.Throwable#exception", layout.funcTypes().of(List.of(throwable), List.of())));
        shadowStack = new ShadowStack(module, layout, exceptionTag);
        classInits = new ClassInitFunctions(module, layout, exceptionTag, shadowStack);
    }

    /** The one tag every Java exception is thrown with; its payload is the non-null Throwable. */
    Tag exceptionTag() {
        return exceptionTag;
    }

    /** The frames stack traces are read from, and the stack limit. */
    ShadowStack shadowStack() {
        return shadowStack;
    }

    private Func define(String name, List<ValType> params, List<ValType> results, List<String> paramNames) {
        return module.addFunction(Func.defined(name, layout.funcTypes().of(params, results), paramNames));
    }

    /**
     * {@code (i32 actionOffset, i32 actionLength, i32 reasonOffset, i32 reasonLength) -> ()}: builds the two
     * halves of a helpful NullPointerException message from the Latin-1 segment, makes the exception with
     * {@link ExceptionHooks#NULL_POINTER_BECAUSE} and throws it; a length's bits from 16 up are the number of the
     * start the factory puts before the half ({@link ExceptionHooks#ACTION_STARTS}), its low 16 bits the length. A failed null check calls it after recording
     * its site, instead of building the whole message and throwing itself: about 9 bytes less code a check,
     * and each half of a message is stored once however many messages share it (a module has thousands of
     * checks). Null if the runtime has no such factory.
     */
    Func throwNullPointer() {
        if (throwNullPointer != null || throwNullPointerMissing) return throwNullPointer;
        dev.kiln.ir.IrMethod m = layout.hierarchy().program().method(ExceptionHooks.NULL_POINTER_BECAUSE);
        Func factory = m == null || !m.isStatic() ? null : layout.functions().direct(m);
        if (factory == null) {
            throwNullPointerMissing = true;
            return null;
        }
        Func text = layout.strings().latin1TextFunction();
        Func f = define("kiln.throw_null_pointer", List.of(NumType.I32, NumType.I32, NumType.I32, NumType.I32), List.of(),
                List.of("action", "action_length", "reason", "reason_length"));
        List<Instr> b = f.body();
        for (int half = 0; half < 2; half++) {
            b.add(Instr.localGet(f.param(2 * half + 1)));
            b.add(Instr.i32Const(16));
            b.add(Instr.simple(Op.I32_SHR_U));
            b.add(Instr.localGet(f.param(2 * half)));
            b.add(Instr.localGet(f.param(2 * half + 1)));
            b.add(Instr.i32Const(0xffff));
            b.add(Instr.simple(Op.I32_AND));
            b.add(Instr.call(text));
        }
        b.add(Instr.call(factory));
        b.add(Instr.simple(Op.REF_AS_NON_NULL));
        b.add(Instr.throw_(exceptionTag));
        throwNullPointer = f;
        return f;
    }

    /** {@code (t, t) -> t}: Java's {@code %} on float or double. */
    Func floatRemainder(NumType t) {
        Func f = remainders.get(t);
        if (f != null) return f;
        String java = t == NumType.F32 ? "float" : "double";
        f = define("kiln.remainder(" + java + "," + java + ")" + java, List.of(t, t), List.of(t), List.of("x", "y"));
        remainders.put(t, f);
        if (t == NumType.F64) FloatRemainder.defineDouble(f);
        else FloatRemainder.defineFloat(f, floatRemainder(NumType.F64));
        return f;
    }

    /**
     * {@code (ref null $java.lang.Object) -> i32}: the identity hash, assigned on first use from a Weyl
     * sequence through a multiply-xorshift mix (distinct objects get well-spread values), never 0 because
     * 0 marks "not assigned yet" in {@code $hash}.
     */
    Func identityHash() {
        if (identityHash != null) return identityHash;
        TypeDef object = layout.types().objectStruct();
        Global seed = module.addGlobal(new Global("kiln.identity_hash_seed", NumType.I32, true, List.of(Instr.i32Const(0))));
        Func f = define("kiln.identity_hash", List.of(layout.types().objectRef()), List.of(NumType.I32), List.of("object"));
        identityHash = f;
        Local h = f.addLocal("hash", NumType.I32);
        List<Instr> b = f.body();
        b.add(Instr.localGet(f.param(0)));
        b.add(Instr.structGet(object, TypeLayout.HASH_FIELD));
        b.add(Instr.localTee(h));
        b.add(Instr.simple(Op.I32_EQZ));
        b.add(Instr.if_(BlockType.EMPTY));
        b.add(Instr.globalGet(seed));
        b.add(Instr.i32Const(GOLDEN_GAMMA));
        b.add(Instr.simple(Op.I32_ADD));
        b.add(Instr.localTee(h));
        b.add(Instr.globalSet(seed));
        xorShift(b, h, 16);
        b.add(Instr.i32Const(MIX));
        b.add(Instr.simple(Op.I32_MUL));
        b.add(Instr.localSet(h));
        xorShift(b, h, 13);
        b.add(Instr.localTee(h));
        b.add(Instr.simple(Op.I32_EQZ));
        b.add(Instr.if_(BlockType.EMPTY));
        b.add(Instr.i32Const(1));
        b.add(Instr.localSet(h));
        b.add(Instr.end());
        b.add(Instr.localGet(f.param(0)));
        b.add(Instr.localGet(h));
        b.add(Instr.structSet(object, TypeLayout.HASH_FIELD));
        b.add(Instr.end());
        b.add(Instr.localGet(h));
        return f;
    }

    /** Pushes {@code h ^ (h >>> shift)}. */
    private static void xorShift(List<Instr> b, Local h, int shift) {
        b.add(Instr.localGet(h));
        b.add(Instr.localGet(h));
        b.add(Instr.i32Const(shift));
        b.add(Instr.simple(Op.I32_SHR_U));
        b.add(Instr.simple(Op.I32_XOR));
    }

    /** {@code (ref null $java.lang.Object) -> (ref null $java.lang.Object)}: {@code kiln.clone}, see {@link CloneFunction}. */
    Func cloneFunction() {
        if (clone == null) {
            RefType object = layout.types().objectRef();
            clone = define("kiln.clone", List.of(object), List.of(object), List.of("object"));
            CloneFunction.define(layout, clone);
        }
        return clone;
    }

    /** {@code (ref null $java.lang.Object) -> i32}: {@code kiln.array_length}, see {@link ArrayFunctions}. */
    Func arrayLength() {
        if (arrayLength == null) {
            arrayLength = define("kiln.array_length", List.of(layout.types().objectRef()), List.of(NumType.I32), List.of("array"));
            ArrayFunctions.defineLength(layout, arrayLength);
        }
        return arrayLength;
    }

    /** {@code (src, i32, dest, i32, i32) -> ()}: {@code kiln.array_copy}, see {@link ArrayFunctions}. */
    Func arrayCopy() {
        if (arrayCopy == null) {
            RefType object = layout.types().objectRef();
            arrayCopy = define("kiln.array_copy", List.of(object, NumType.I32, object, NumType.I32, NumType.I32), List.of(),
                    List.of("src", "srcPos", "dest", "destPos", "length"));
            ArrayFunctions.defineCopy(layout, arrayCopy);
        }
        return arrayCopy;
    }

    /**
     * {@code (src, i32, dest, i32, i32) -> ()} on two arrays of {@code kind}: {@code kiln.array_copy} bound to a
     * native with typed arrays, see {@link ArrayFunctions#defineTypedCopy}.
     */
    Func arrayCopy(ArrayKind kind) {
        return typedArrayCopies.computeIfAbsent(kind, k -> {
            RefType array = RefType.nullable(layout.types().arrayStruct(k));
            Func f = define("kiln.array_copy." + k.element, List.of(array, NumType.I32, array, NumType.I32, NumType.I32),
                    List.of(), List.of("src", "srcPos", "dest", "destPos", "length"));
            ArrayFunctions.defineTypedCopy(layout, k, f);
            return f;
        });
    }

    /**
     * {@code (Class, i32) -> Object}: {@code kiln.array_new}, see {@link ArrayFunctions#defineNewOfClass}. Its
     * body lists the array types of the whole module, so {@link #finishArrayNew()} writes it once every
     * method has been emitted.
     */
    Func arrayNew() {
        if (arrayNew == null) {
            RefType clazz = RefType.nullable(layout.types().struct(ClassHierarchy.CLASS));
            arrayNew = define("kiln.array_new", List.of(clazz, NumType.I32), List.of(layout.types().objectRef()),
                    List.of("component", "length"));
        }
        return arrayNew;
    }

    /** Writes the body of {@link #arrayNew()} if something called it; runs after every method is emitted. */
    void finishArrayNew() {
        if (arrayNew != null) ArrayFunctions.defineNewOfClass(layout, arrayNew);
    }

    Func instanceOf(JType t) {
        return typeTests.instanceOf(t);
    }

    /** The function that initialises the class of {@code plan}: see {@link ClassInitFunctions}. */
    Func classInit(ClassInitStates.Plan plan) {
        return classInits.function(plan);
    }

    /**
     * {@code (i32 x dims) -> arrayType}: allocates {@code dims} dimensions of {@code arrayType}, the outer
     * ones filled with freshly allocated inner arrays, the innermost with defaults (JVMS multianewarray).
     */
    Func newMultiArray(JType arrayType, int dims) {
        String name = "kiln.new#" + arrayType + "/" + dims;
        Func existing = multiArrays.get(name);
        if (existing != null) return existing;
        List<String> names = new ArrayList<>();
        for (int d = 0; d < dims; d++) names.add("length" + d);
        Func f = define(name, Collections.nCopies(dims, NumType.I32), List.of(layout.types().valType(arrayType)), names);
        multiArrays.put(name, f);
        List<Instr> b = f.body();
        ArrayKind kind = ArrayKind.of(arrayType.component());
        TypeDef struct = layout.types().arrayStruct(kind);
        List<FieldType> fields = struct.struct().fields();
        b.add(Instr.globalGet(layout.classGlobals().vtable(arrayType)));
        for (int i = 1; i < fields.size() - 1; i++) b.add(Instances.defaultValue(fields.get(i).type()));
        b.add(Instr.localGet(f.param(0)));
        b.add(Instr.arrayNewDefault(layout.types().rawArray(kind)));
        b.add(Instr.structNew(struct));
        if (dims == 1) return f;
        Local array = f.addLocal("array", RefType.nullable(struct));
        Local i = f.addLocal("i", NumType.I32);
        b.add(Instr.localSet(array));
        b.add(Instr.block(BlockType.EMPTY));
        b.add(Instr.loop(BlockType.EMPTY));
        b.add(Instr.localGet(i));
        b.add(Instr.localGet(f.param(0)));
        b.add(Instr.simple(Op.I32_GE_S));
        b.add(Instr.brIf(1));
        b.add(Instr.localGet(array));
        b.add(Instr.structGet(struct, layout.types().arrayDataField(kind)));
        b.add(Instr.localGet(i));
        for (int d = 1; d < dims; d++) b.add(Instr.localGet(f.param(d)));
        b.add(Instr.call(newMultiArray(arrayType.component(), dims - 1)));
        b.add(Instr.arraySet(layout.types().rawArray(kind)));
        b.add(Instr.localGet(i));
        b.add(Instr.i32Const(1));
        b.add(Instr.simple(Op.I32_ADD));
        b.add(Instr.localSet(i));
        b.add(Instr.br(0));
        b.add(Instr.end());
        b.add(Instr.end());
        b.add(Instr.localGet(array));
        return f;
    }
}
