package dev.kiln.wasm;

import static dev.kiln.wasm.model.Instr.arrayCopy;
import static dev.kiln.wasm.model.Instr.arrayFill;
import static dev.kiln.wasm.model.Instr.arrayGetS;
import static dev.kiln.wasm.model.Instr.arrayGetU;
import static dev.kiln.wasm.model.Instr.arrayNewData;
import static dev.kiln.wasm.model.Instr.arrayNewDefault;
import static dev.kiln.wasm.model.Instr.arrayNewFixed;
import static dev.kiln.wasm.model.Instr.arraySet;
import static dev.kiln.wasm.model.Instr.block;
import static dev.kiln.wasm.model.Instr.br;
import static dev.kiln.wasm.model.Instr.brIf;
import static dev.kiln.wasm.model.Instr.brOnCast;
import static dev.kiln.wasm.model.Instr.brOnCastFail;
import static dev.kiln.wasm.model.Instr.brTable;
import static dev.kiln.wasm.model.Instr.call;
import static dev.kiln.wasm.model.Instr.callRef;
import static dev.kiln.wasm.model.Instr.dataDrop;
import static dev.kiln.wasm.model.Instr.else_;
import static dev.kiln.wasm.model.Instr.end;
import static dev.kiln.wasm.model.Instr.f32Const;
import static dev.kiln.wasm.model.Instr.f32ConstBits;
import static dev.kiln.wasm.model.Instr.f64Const;
import static dev.kiln.wasm.model.Instr.globalGet;
import static dev.kiln.wasm.model.Instr.globalSet;
import static dev.kiln.wasm.model.Instr.i32Const;
import static dev.kiln.wasm.model.Instr.i64Const;
import static dev.kiln.wasm.model.Instr.if_;
import static dev.kiln.wasm.model.Instr.localGet;
import static dev.kiln.wasm.model.Instr.localSet;
import static dev.kiln.wasm.model.Instr.localTee;
import static dev.kiln.wasm.model.Instr.loop;
import static dev.kiln.wasm.model.Instr.memory;
import static dev.kiln.wasm.model.Instr.memoryInit;
import static dev.kiln.wasm.model.Instr.memoryOp;
import static dev.kiln.wasm.model.Instr.refCast;
import static dev.kiln.wasm.model.Instr.refFunc;
import static dev.kiln.wasm.model.Instr.refNull;
import static dev.kiln.wasm.model.Instr.refTest;
import static dev.kiln.wasm.model.Instr.returnCall;
import static dev.kiln.wasm.model.Instr.returnCallRef;
import static dev.kiln.wasm.model.Instr.simple;
import static dev.kiln.wasm.model.Instr.structGet;
import static dev.kiln.wasm.model.Instr.structNew;
import static dev.kiln.wasm.model.Instr.throwRef;
import static dev.kiln.wasm.model.Instr.throw_;
import static dev.kiln.wasm.model.Instr.tryTable;

import dev.kiln.wasm.model.BlockType;
import dev.kiln.wasm.model.Catch;
import dev.kiln.wasm.model.CompositeType;
import dev.kiln.wasm.model.DataSegment;
import dev.kiln.wasm.model.FieldType;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Global;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Local;
import dev.kiln.wasm.model.Memory;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.model.NumType;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.PackedType;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.Tag;
import dev.kiln.wasm.model.TypeDef;
import dev.kiln.wasm.model.ValType;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Modules exercising one feature area each, built through the model as the backend would. Each exports
 * functions taking and returning numbers so the tests can run them; expected results are in the
 * comments and asserted in {@code EngineRunTest}.
 */
public final class SampleModules {
    private static final ValType I32 = NumType.I32;
    private static final ValType I64 = NumType.I64;
    private static final ValType F32 = NumType.F32;
    private static final ValType F64 = NumType.F64;

    private SampleModules() {
    }

    /** Every sample by name, for tests that treat them alike. */
    public static Map<String, Supplier<Module>> all() {
        return Map.of(
            "subtyping", SampleModules::subtyping,
            "packedArrays", SampleModules::packedArrays,
            "vtables", SampleModules::vtables,
            "exceptions", SampleModules::exceptions,
            "tailCalls", SampleModules::tailCalls,
            "numerics", SampleModules::numerics,
            "wasiHello", SampleModules::wasiHello,
            "smallModule", SampleModules::smallModule);
    }

    /**
     * A class hierarchy in one rec group, classified with {@code br_on_cast}, {@code ref.test} and
     * {@code ref.cast}: {@code circle} 107, {@code square} 5, {@code shape} -1, {@code nil} -1,
     * {@code notCircle} 1.
     */
    public static Module subtyping() {
        Module m = new Module();
        List<TypeDef> g = m.addRecGroup();
        TypeDef shape = Types.struct(g, "Shape", null, false, FieldType.immutable("tag", I32));
        TypeDef circle = Types.struct(g, "Circle", shape, true, FieldType.immutable("tag", I32), FieldType.mutable("r", F64));
        TypeDef square = Types.struct(g, "Square", shape, true, FieldType.immutable("tag", I32), FieldType.immutable("side", I32));
        TypeDef classifyT = Types.func(g, "classify_t", List.of(RefType.nullable(shape)), List.of(I32));
        TypeDef mainT = Types.func(g, "main_t", List.of(), List.of(I32));

        Func classify = m.addFunction(Func.defined("classify", classifyT, List.of("s")));
        Local s = classify.param(0);
        classify.body().addAll(List.of(
            block(BlockType.of(RefType.nonNull(circle))),
            localGet(s),
            brOnCast(0, RefType.nullable(shape), RefType.nonNull(circle)),
            refTest(RefType.nonNull(square)),
            if_(BlockType.of(I32)),
            localGet(s),
            refCast(RefType.nullable(square)),
            structGet(square, 1),
            else_(),
            localGet(s),
            refTest(RefType.nullable(shape)),
            i32Const(-1),
            simple(Op.I32_MUL),
            end(),
            simple(Op.RETURN),
            end(),
            structGet(circle, 0),
            i32Const(100),
            simple(Op.I32_ADD)));

        exportCall(m, mainT, classify, "circle", i32Const(7), f64Const(1.5), structNew(circle));
        exportCall(m, mainT, classify, "square", i32Const(2), i32Const(5), structNew(square));
        exportCall(m, mainT, classify, "shape", i32Const(3), structNew(shape));
        exportCall(m, mainT, classify, "nil", refNull(shape));

        Func notCircle = m.addFunction(Func.defined("notCircle", mainT, null));
        notCircle.body().addAll(List.of(
            block(BlockType.of(RefType.nonNull(shape))),
            i32Const(2),
            i32Const(5),
            structNew(square),
            brOnCastFail(0, RefType.nonNull(shape), RefType.nonNull(circle)),
            simple(Op.DROP),
            i32Const(0),
            simple(Op.RETURN),
            end(),
            simple(Op.DROP),
            i32Const(1)));
        m.export("notCircle", notCircle);
        return m;
    }

    /** Adds and exports {@code name}: evaluates {@code args} and calls {@code target}. */
    private static void exportCall(Module m, TypeDef type, Func target, String name, Instr... args) {
        Func f = m.addFunction(Func.defined(name, type, null));
        f.body().addAll(List.of(args));
        f.body().add(call(target));
        m.export(name, f);
    }

    /**
     * Packed i8/i16 arrays from a passive data segment: {@code get8s} -1, {@code get8u} 255, {@code get16s}
     * -1, {@code get16u} 65535, {@code second16} 0x1234, {@code fixedLen} 3, {@code copyFill} 262.
     */
    public static Module packedArrays() {
        Module m = new Module();
        List<TypeDef> g = m.addRecGroup();
        TypeDef bytes = Types.array(g, "bytes", FieldType.mutable(null, PackedType.I8));
        TypeDef chars = Types.array(g, "chars", FieldType.mutable(null, PackedType.I16));
        TypeDef mainT = Types.func(g, "main_t", List.of(), List.of(I32));
        DataSegment d8 = m.addData(new DataSegment("d8", new byte[] {(byte) 0xff, 0x7f, (byte) 0x80, 0x01}, null));
        DataSegment d16 = m.addData(new DataSegment("d16", new byte[] {(byte) 0xff, (byte) 0xff, 0x34, 0x12}, null));

        exported(m, mainT, "get8s", i32Const(0), i32Const(4), arrayNewData(bytes, d8), i32Const(0), arrayGetS(bytes));
        exported(m, mainT, "get8u", i32Const(0), i32Const(4), arrayNewData(bytes, d8), i32Const(0), arrayGetU(bytes));
        exported(m, mainT, "get16s", i32Const(0), i32Const(2), arrayNewData(chars, d16), i32Const(0), arrayGetS(chars));
        exported(m, mainT, "get16u", i32Const(0), i32Const(2), arrayNewData(chars, d16), i32Const(0), arrayGetU(chars));
        exported(m, mainT, "second16", i32Const(0), i32Const(2), arrayNewData(chars, d16), i32Const(1), arrayGetU(chars));
        exported(m, mainT, "fixedLen", i32Const(1), i32Const(2), i32Const(3), arrayNewFixed(chars, 3), simple(Op.ARRAY_LEN));

        Func copyFill = m.addFunction(Func.defined("copyFill", mainT, null));
        Local dst = copyFill.addLocal("dst", RefType.nonNull(bytes));
        copyFill.body().addAll(List.of(
            i32Const(4), arrayNewDefault(bytes), localSet(dst),
            localGet(dst), i32Const(0), i32Const(7), i32Const(4), arrayFill(bytes),
            localGet(dst), i32Const(1), i32Const(0), i32Const(4), arrayNewData(bytes, d8), i32Const(0), i32Const(2), arrayCopy(bytes, bytes),
            localGet(dst), i32Const(3), i32Const(7), arraySet(bytes),
            localGet(dst), i32Const(1), arrayGetU(bytes),
            localGet(dst), i32Const(3), arrayGetU(bytes),
            simple(Op.I32_ADD)));
        m.export("copyFill", copyFill);
        return m;
    }

    private static void exported(Module m, TypeDef type, String name, Instr... body) {
        Func f = m.addFunction(Func.defined(name, type, null));
        f.body().addAll(List.of(body));
        m.export(name, f);
    }

    /**
     * Java-style virtual dispatch: objects point to immutable vtable structs of typed function references,
     * built by global initializers from {@code ref.func}; {@code run} returns 41031.
     */
    public static Module vtables() {
        Module m = new Module();
        List<TypeDef> g = m.addRecGroup();
        TypeDef animalVt = new TypeDef("Animal.vtable", null, null, false);
        TypeDef animal = Types.struct(g, "Animal", null, false,
            FieldType.immutable("vtable", RefType.nonNull(animalVt)), FieldType.immutable("legs", I32));
        g.add(animalVt);
        TypeDef speakT = Types.func(g, "speak_t", List.of(RefType.nonNull(animal)), List.of(I32));
        animalVt.setComposite(new CompositeType.Struct(List.of(FieldType.immutable("speak", RefType.nonNull(speakT)))));
        TypeDef dogVt = Types.struct(g, "Dog.vtable", animalVt, true,
            FieldType.immutable("speak", RefType.nonNull(speakT)), FieldType.immutable("fetch", RefType.nonNull(speakT)));
        TypeDef dog = Types.struct(g, "Dog", animal, true,
            FieldType.immutable("vtable", RefType.nonNull(dogVt)), FieldType.immutable("legs", I32));
        TypeDef mainT = Types.func(g, "main_t", List.of(), List.of(I32));

        Func dogSpeak = speaker(m, speakT, animal, "Dog.speak", 1);
        Func dogFetch = speaker(m, speakT, animal, "Dog.fetch", 5);
        Func catSpeak = speaker(m, speakT, animal, "Cat.speak", 2);
        Global dogVtable = m.addGlobal(new Global("Dog.vtable", RefType.nonNull(dogVt), false,
            List.of(refFunc(dogSpeak), refFunc(dogFetch), structNew(dogVt))));
        Global catVtable = m.addGlobal(new Global("Cat.vtable", RefType.nonNull(animalVt), false,
            List.of(refFunc(catSpeak), structNew(animalVt))));

        Func speak = m.addFunction(Func.defined("Animal.speak", speakT, List.of("this")));
        speak.body().addAll(List.of(
            localGet(speak.param(0)),
            localGet(speak.param(0)),
            structGet(animal, 0),
            structGet(animalVt, 0),
            returnCallRef(speakT)));

        Func run = m.addFunction(Func.defined("run", mainT, null));
        run.body().addAll(List.of(
            globalGet(dogVtable), i32Const(4), structNew(dog), call(speak),
            i32Const(1000), simple(Op.I32_MUL),
            globalGet(catVtable), i32Const(3), structNew(animal), call(speak),
            simple(Op.I32_ADD),
            globalGet(catVtable), i32Const(0), structNew(animal), refFunc(dogSpeak), callRef(speakT),
            simple(Op.I32_SUB)));
        m.export("run", run);
        return m;
    }

    /** {@code this.legs * 10 + k}. */
    private static Func speaker(Module m, TypeDef speakT, TypeDef animal, String name, int k) {
        Func f = m.addFunction(Func.defined(name, speakT, List.of("this")));
        f.body().addAll(List.of(
            localGet(f.param(0)), structGet(animal, 1), i32Const(10), simple(Op.I32_MUL), i32Const(k), simple(Op.I32_ADD)));
        return f;
    }

    /**
     * A tag with a {@code (ref null $Box)} payload, caught by {@code catch} ({@code caught} 42), by
     * {@code catch_ref} ({@code caughtRef} 9), and by {@code catch_all_ref} then rethrown with
     * {@code throw_ref} to an outer handler ({@code rethrown} 107). Labels receive exception references as
     * {@code exnref} and {@code ref.as_non_null} precedes {@code throw_ref}: the spec has the handlers push
     * {@code (ref exn)} and lets {@code throw_ref} take {@code exnref}, but Chicory 1.7.5 types it the other
     * way round, and this form is valid either way.
     */
    public static Module exceptions() {
        Module m = new Module();
        List<TypeDef> g = m.addRecGroup();
        TypeDef box = Types.struct(g, "Box", null, true, FieldType.immutable("value", I32));
        TypeDef exnT = Types.func(g, "exn_t", List.of(RefType.nullable(box)), List.of());
        TypeDef throwerT = Types.func(g, "thrower_t", List.of(I32), List.of(I32));
        TypeDef mainT = Types.func(g, "main_t", List.of(), List.of(I32));
        TypeDef withRefT = Types.func(g, "with_ref_t", List.of(), List.of(RefType.nullable(box), RefType.EXNREF));
        Tag boom = m.addTag(new Tag("Boom", exnT));

        Func thrower = m.addFunction(Func.defined("thrower", throwerT, List.of("value")));
        thrower.body().addAll(List.of(localGet(thrower.param(0)), structNew(box), throw_(boom)));

        exported(m, mainT, "caught",
            block(BlockType.of(RefType.nullable(box))),
            tryTable(BlockType.EMPTY, List.of(new Catch(Catch.Kind.CATCH, boom, 0))),
            i32Const(42), call(thrower), simple(Op.DROP),
            end(),
            i32Const(-1), simple(Op.RETURN),
            end(),
            structGet(box, 0));

        exported(m, mainT, "caughtRef",
            block(BlockType.of(withRefT)),
            tryTable(BlockType.EMPTY, List.of(new Catch(Catch.Kind.CATCH_REF, boom, 0))),
            i32Const(9), call(thrower), simple(Op.DROP),
            end(),
            simple(Op.UNREACHABLE),
            end(),
            simple(Op.DROP),
            structGet(box, 0));

        exported(m, mainT, "rethrown",
            block(BlockType.of(RefType.nullable(box))),
            tryTable(BlockType.EMPTY, List.of(new Catch(Catch.Kind.CATCH, boom, 0))),
            block(BlockType.of(RefType.EXNREF)),
            tryTable(BlockType.EMPTY, List.of(new Catch(Catch.Kind.CATCH_ALL_REF, null, 0))),
            i32Const(7), call(thrower), simple(Op.DROP),
            end(),
            i32Const(-1), simple(Op.RETURN),
            end(),
            simple(Op.REF_AS_NON_NULL),
            throwRef(),
            end(),
            i32Const(-2), simple(Op.RETURN),
            end(),
            structGet(box, 0),
            i32Const(100),
            simple(Op.I32_ADD));

        exported(m, mainT, "catchAll",
            block(BlockType.EMPTY),
            tryTable(BlockType.EMPTY, List.of(new Catch(Catch.Kind.CATCH_ALL, null, 0))),
            refNull(box), throw_(boom),
            end(),
            i32Const(-1), simple(Op.RETURN),
            end(),
            i32Const(1));
        return m;
    }

    /**
     * {@code sum(n)} adds 1..n with a self tail call ({@code return_call}) 100000 deep, which only works if
     * the engine reuses the frame; a start function sets {@code $started} read by {@code started}.
     */
    public static Module tailCalls() {
        Module m = new Module();
        List<TypeDef> g = m.addRecGroup();
        TypeDef loopT = Types.func(g, "loop_t", List.of(I32, I64), List.of(I64));
        TypeDef sumT = Types.func(g, "sum_t", List.of(I32), List.of(I64));
        TypeDef voidT = Types.func(g, "void_t", List.of(), List.of());
        TypeDef mainT = Types.func(g, "main_t", List.of(), List.of(I32));

        Func sumLoop = m.addFunction(Func.defined("sumLoop", loopT, List.of("n", "acc")));
        Local n = sumLoop.param(0);
        Local acc = sumLoop.param(1);
        sumLoop.body().addAll(List.of(
            localGet(n), simple(Op.I32_EQZ),
            if_(BlockType.of(I64)),
            localGet(acc),
            else_(),
            localGet(n), i32Const(1), simple(Op.I32_SUB),
            localGet(acc), localGet(n), simple(Op.I64_EXTEND_I32_U), simple(Op.I64_ADD),
            returnCall(sumLoop),
            end()));

        Func sum = m.addFunction(Func.defined("sum", sumT, List.of("n")));
        sum.body().addAll(List.of(localGet(sum.param(0)), i64Const(0), returnCall(sumLoop)));
        m.export("sum", sum);

        Global started = m.addGlobal(new Global("started", I32, true, List.of(i32Const(0))));
        Func init = m.addFunction(Func.defined("init", voidT, null));
        Local k = init.addLocal("k", I32);
        init.body().addAll(List.of(
            loop(BlockType.EMPTY),
            globalGet(started), i32Const(3), simple(Op.I32_ADD), globalSet(started),
            localGet(k), i32Const(1), simple(Op.I32_ADD), localTee(k),
            i32Const(5), simple(Op.I32_LT_S),
            Instr.brIf(0),
            end()));
        m.setStart(init);
        exported(m, mainT, "started", globalGet(started));
        return m;
    }

    /**
     * Saturating truncations, sign extensions and float constants, as unary exports taking and returning
     * raw bits (see {@code EngineRunTest}).
     */
    public static Module numerics() {
        Module m = new Module();
        List<TypeDef> g = m.addRecGroup();
        Map<String, TypeDef> sigs = new HashMap<>();
        Function<String, TypeDef> sig = key -> sigs.computeIfAbsent(key, k -> {
            String[] pr = k.split("->");
            return Types.func(g, pr[0] + "_to_" + pr[1], List.of(NumType.valueOf(pr[0].toUpperCase(Locale.ROOT))),
                List.of(NumType.valueOf(pr[1].toUpperCase(Locale.ROOT))));
        });
        Object[][] unary = {
            {"i32.trunc_sat_f64_s", Op.I32_TRUNC_SAT_F64_S, F64, I32},
            {"i32.trunc_sat_f32_u", Op.I32_TRUNC_SAT_F32_U, F32, I32},
            {"i64.trunc_sat_f64_u", Op.I64_TRUNC_SAT_F64_U, F64, I64},
            {"i64.trunc_sat_f32_s", Op.I64_TRUNC_SAT_F32_S, F32, I64},
            {"i32.extend8_s", Op.I32_EXTEND8_S, I32, I32},
            {"i32.extend16_s", Op.I32_EXTEND16_S, I32, I32},
            {"i64.extend8_s", Op.I64_EXTEND8_S, I64, I64},
            {"i64.extend16_s", Op.I64_EXTEND16_S, I64, I64},
            {"i64.extend32_s", Op.I64_EXTEND32_S, I64, I64},
        };
        for (Object[] u : unary) {
            Func f = m.addFunction(Func.defined((String) u[0], sig.apply(u[2] + "->" + u[3]), List.of("x")));
            f.body().addAll(List.of(localGet(f.param(0)), simple((Op) u[1])));
            m.export((String) u[0], f);
        }
        Func scale = m.addFunction(Func.defined("scale", sig.apply("f64->f64"), List.of("x")));
        scale.body().addAll(List.of(
            localGet(scale.param(0)), f64Const(2.5), simple(Op.F64_MUL),
            f32Const(0.25f), simple(Op.F64_PROMOTE_F32), simple(Op.F64_ADD)));
        m.export("scale", scale);
        return m;
    }

    /**
     * A WASI command: imports {@code fd_write}, exports its memory and {@code _start}, which writes
     * "hello, kiln\n" from an active data segment to stdout; {@code memOps} exercises the bulk memory
     * instructions and returns 0x41 + 1 + 0x6968 = 27050.
     */
    public static Module wasiHello() {
        Module m = new Module();
        m.setName("hello");
        List<TypeDef> g = m.addRecGroup();
        TypeDef fdWriteT = Types.func(g, "fd_write_t", List.of(I32, I32, I32, I32), List.of(I32));
        TypeDef voidT = Types.func(g, "void_t", List.of(), List.of());
        TypeDef mainT = Types.func(g, "main_t", List.of(), List.of(I32));
        Memory memory = new Memory("memory", 1, 2);
        m.setMemory(memory);
        m.addData(new DataSegment("hello", "hello, kiln\n".getBytes(StandardCharsets.UTF_8), 16));
        DataSegment hi = m.addData(new DataSegment("hi", "hi".getBytes(StandardCharsets.UTF_8), null));

        Func start = m.addFunction(Func.defined("_start", voidT, null));
        Func fdWrite = m.addFunction(Func.imported("fd_write", fdWriteT, "wasi_snapshot_preview1", "fd_write"));
        start.body().addAll(List.of(
            i32Const(0), i32Const(16), memory(Op.I32_STORE, 0, 2),
            i32Const(0), i32Const(12), memory(Op.I32_STORE, 4, 2),
            i32Const(1), i32Const(0), i32Const(1), i32Const(8), call(fdWrite),
            simple(Op.DROP)));
        m.export("memory", memory);
        m.export("_start", start);

        exported(m, mainT, "memOps",
            i32Const(100), i32Const(0x41), i32Const(4), memoryOp(Op.MEMORY_FILL),
            i32Const(200), i32Const(100), i32Const(4), memoryOp(Op.MEMORY_COPY),
            i32Const(300), i32Const(0), i32Const(2), memoryInit(hi),
            dataDrop(hi),
            i32Const(200), memory(Op.I32_LOAD8_U, 3, 0),
            memoryOp(Op.MEMORY_SIZE), simple(Op.I32_ADD),
            i32Const(300), memory(Op.I32_LOAD16_U, 0, 1), simple(Op.I32_ADD));
        return m;
    }

    /**
     * A module using each kind of top-level field once, with Java names that need sanitising; printed as
     * the WAT golden file. Not meant to run ({@code run} needs an {@code env.log} import).
     */
    public static Module smallModule() {
        Module m = new Module();
        m.setName("Small");
        List<TypeDef> classes = m.addRecGroup();
        TypeDef object = Types.struct(classes, "java.lang.Object", null, false, FieldType.mutable("hash", NumType.I32));
        TypeDef point = Types.struct(classes, "Point", object, true,
            FieldType.mutable("hash", NumType.I32), FieldType.immutable("x", NumType.I32), FieldType.immutable("y", PackedType.I16));
        Types.array(m.addRecGroup(), "byte[]", FieldType.mutable(null, PackedType.I8));
        List<TypeDef> sigs = m.addRecGroup();
        TypeDef intToInt = Types.func(sigs, "(I)I", List.of(NumType.I32), List.of(NumType.I32));
        TypeDef voidT = Types.func(sigs, "()V", List.of(), List.of());
        TypeDef intToVoid = Types.func(sigs, "(I)V", List.of(NumType.I32), List.of());
        TypeDef throwsT = Types.func(sigs, "exc", List.of(RefType.nullable(object)), List.of());

        Func log = m.addFunction(Func.imported("log", intToVoid, "env", "log"));
        Memory mem = new Memory("mem", 1, -1);
        m.setMemory(mem);
        Tag exc = m.addTag(new Tag("java.lang.Throwable", throwsT));
        Global origin = m.addGlobal(new Global("Point.ORIGIN", RefType.nonNull(point), false,
            List.of(i32Const(0), i32Const(0), i32Const(0), structNew(point))));
        Global counter = m.addGlobal(new Global("counter", NumType.I32, true, List.of(i32Const(0))));

        Func init = m.addFunction(Func.defined("Point.<init>(II)V", voidT, null));
        init.body().addAll(List.of(globalGet(counter), i32Const(1), simple(Op.I32_ADD), globalSet(counter)));
        Func twin = m.addFunction(Func.defined("Point.<init>[II)V", voidT, null));
        twin.body().addAll(List.of(refFunc(init), simple(Op.DROP)));

        Func run = m.addFunction(Func.defined("run", intToInt, List.of("n")));
        Local n = run.param(0);
        Local i = run.addLocal("i", NumType.I32);
        Local scale = run.addLocal("scale", NumType.F64);
        Local seen = run.addLocal("i", RefType.nullable(object));
        run.body().addAll(List.of(
            f64Const(0.1), localSet(scale),
            block(BlockType.EMPTY),
            loop(BlockType.EMPTY),
            localGet(i), localGet(n), simple(Op.I32_GE_S), brIf(1),
            localGet(i), call(log),
            localGet(i), i32Const(1), simple(Op.I32_ADD), localSet(i),
            br(0),
            end(),
            end(),
            block(BlockType.of(RefType.nonNull(point))),
            globalGet(origin), localSet(seen),
            localGet(seen), brOnCast(0, RefType.nullable(object), RefType.nonNull(point)),
            simple(Op.DROP),
            block(BlockType.EMPTY),
            block(BlockType.EMPTY),
            tryTable(BlockType.EMPTY, List.of(new Catch(Catch.Kind.CATCH_ALL, null, 0))),
            refNull(object), throw_(exc),
            end(),
            localGet(n),
            brTable(new int[] {0, 1}, 1),
            end(),
            end(),
            globalGet(origin),
            end(),
            structGet(point, 1),
            localGet(n), simple(Op.I32_EQZ),
            if_(BlockType.of(NumType.I32)),
            i32Const(0), memory(Op.I32_LOAD8_U, 8, 0),
            else_(),
            i32Const(4), memory(Op.I32_LOAD, 0, 1),
            f32ConstBits(0x7fa00000), simple(Op.I32_REINTERPRET_F32), simple(Op.I32_XOR),
            end(),
            simple(Op.I32_ADD)));
        m.export("run", run);
        m.export("memory", mem);
        m.setStart(init);
        m.addData(new DataSegment("greeting", "hi \"kiln\"\\\n\0".getBytes(StandardCharsets.UTF_8), 8));
        m.addData(new DataSegment("raw", new byte[] {(byte) 0xca, (byte) 0xfe}, null));
        Types.array(m.addRecGroup(), "byte[]", FieldType.mutable(null, PackedType.I8));
        return m;
    }
}
