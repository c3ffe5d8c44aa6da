package dev.kiln.wasm.binary;

import dev.kiln.wasm.model.DataSegment;
import dev.kiln.wasm.model.Export;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Global;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Memory;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.Tag;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Writes a {@link Module} in the WebAssembly binary format. Sections are written in the order the format
 * requires (type, import, function, memory, tag, global, export, start, element, data count, code, data,
 * then the {@code name} custom section) and left out when empty. Two sections are derived rather than
 * modelled: the declarative element segment that makes {@code ref.func} targets in bodies legal, and the
 * data count section that bodies using data segment indices need (both validation rules of the spec).
 *
 * <p>A module whose bodies are structurally broken (unbalanced {@code end}, a label depth out of range, a
 * local of another function, an object that was never added to the module) is rejected with an
 * {@link IllegalStateException} naming the function and the instruction index; see {@link BodyChecker}.
 */
public final class BinaryWriter {
    private static final byte[] HEADER = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};

    private static final int CUSTOM = 0;
    private static final int TYPE = 1;
    private static final int IMPORT = 2;
    private static final int FUNCTION = 3;
    private static final int MEMORY = 5;
    private static final int GLOBAL = 6;
    private static final int EXPORT = 7;
    private static final int START = 8;
    private static final int ELEMENT = 9;
    private static final int CODE = 10;
    private static final int DATA = 11;
    private static final int DATA_COUNT = 12;
    private static final int TAG = 13;

    private static final int EXTERN_FUNC = 0x00;
    private static final int EXTERN_MEMORY = 0x02;
    private static final int EXTERN_GLOBAL = 0x03;
    private static final int EXTERN_TAG = 0x04;
    private static final int TAG_ATTRIBUTE_EXCEPTION = 0x00;
    private static final int ELEM_DECLARATIVE_FUNCS = 0x03;
    private static final int ELEMKIND_FUNCREF = 0x00;
    private static final int DATA_ACTIVE_MEMORY_ZERO = 0x00;
    private static final int DATA_PASSIVE = 0x01;
    private static final int LIMITS_MIN = 0x00;
    private static final int LIMITS_MIN_MAX = 0x01;

    private final Module module;
    private final Indices indices;
    private final TypeEncoder types;
    private final ExprWriter exprs;
    private final ByteSink out = new ByteSink();

    private BinaryWriter(Module module) {
        this.module = module;
        this.indices = new Indices(module);
        this.types = new TypeEncoder(indices);
        this.exprs = new ExprWriter(new InstrEncoder(indices, types), types, module.memory() != null);
    }

    /** Encodes {@code module}; throws {@link IllegalStateException} if a body or a reference is broken. */
    public static byte[] write(Module module) {
        return write(module, Names.ALL);
    }

    /** The module's binary with the {@code name} section at the level given. */
    public static byte[] write(Module module, Names names) {
        return new BinaryWriter(module).writeModule(names);
    }

    private byte[] writeModule(Names names) {
        out.raw(HEADER);
        List<Func> funcs = module.functionsInIndexOrder();
        List<Func> imported = funcs.stream().filter(Func::isImport).toList();
        List<Func> defined = funcs.stream().filter(f -> !f.isImport()).toList();

        vecSection(TYPE, module.recGroups(), types::recGroup);
        vecSection(IMPORT, imported, (s, f) -> {
            s.name(f.importModule());
            s.name(f.importName());
            s.u8(EXTERN_FUNC);
            s.u32(indices.of(f.type()));
        });
        vecSection(FUNCTION, defined, (s, f) -> s.u32(indices.of(f.type())));
        if (module.memory() != null) vecSection(MEMORY, List.of(module.memory()), BinaryWriter::limits);
        vecSection(TAG, module.tags(), (s, t) -> {
            s.u8(TAG_ATTRIBUTE_EXCEPTION);
            s.u32(indices.of(t.type()));
        });
        vecSection(GLOBAL, module.globals(), (s, g) -> {
            // A constant expression reads only the globals before its own (the spec's validation; engines differ).
            for (Instr i : g.init()) {
                if (i.op == Op.GLOBAL_GET && indices.of((Global) i.ref) >= indices.of(g)) {
                    throw new IllegalStateException("global " + g + " reads global " + i.ref + ", which comes after it");
                }
            }
            types.valType(s, g.type());
            s.u8(g.mutable() ? 1 : 0);
            exprs.constExpr(s, g.init(), "global " + g);
        });
        vecSection(EXPORT, module.exports(), this::export);
        if (module.start() != null) section(START, s -> s.u32(indices.of(module.start())));
        List<Func> declared = module.refFuncTargetsInBodies();
        if (!declared.isEmpty()) {
            vecSection(ELEMENT, List.of(declared), (s, fs) -> {
                s.u8(ELEM_DECLARATIVE_FUNCS);
                s.u8(ELEMKIND_FUNCREF);
                s.u32(fs.size());
                for (Func f : fs) s.u32(indices.of(f));
            });
        }
        if (defined.stream().anyMatch(f -> ExprWriter.usesDataIndices(f.body()))) {
            section(DATA_COUNT, s -> s.u32(module.data().size()));
        }
        vecSection(CODE, defined, exprs::functionBody);
        vecSection(DATA, module.data(), this::dataSegment);
        NameSection.build(module, names).ifPresent(section -> section(CUSTOM, s -> s.raw(section)));
        return out.toByteArray();
    }

    private static void limits(ByteSink s, Memory m) {
        s.u8(m.maxPages() < 0 ? LIMITS_MIN : LIMITS_MIN_MAX);
        s.u32(m.minPages());
        if (m.maxPages() >= 0) s.u32(m.maxPages());
    }

    private void export(ByteSink s, Export e) {
        s.name(e.name());
        if (e.item() instanceof Func f) {
            s.u8(EXTERN_FUNC);
            s.u32(indices.of(f));
        } else if (e.item() instanceof Memory m) {
            s.u8(EXTERN_MEMORY);
            s.u32(indices.of(m));
        } else if (e.item() instanceof Global g) {
            s.u8(EXTERN_GLOBAL);
            s.u32(indices.of(g));
        } else {
            s.u8(EXTERN_TAG);
            s.u32(indices.of((Tag) e.item()));
        }
    }

    private void dataSegment(ByteSink s, DataSegment d) {
        if (d.isPassive()) {
            s.u8(DATA_PASSIVE);
        } else {
            if (module.memory() == null) throw new IllegalStateException("active data segment " + d + " in a module without memory");
            s.u8(DATA_ACTIVE_MEMORY_ZERO);
            exprs.constExpr(s, List.of(Instr.i32Const(d.offset())), "data segment " + d);
        }
        s.u32(d.length());
        s.raw(d.bytes());
    }

    /** A section whose content is a vector; left out when the vector is empty. */
    private <T> void vecSection(int id, List<T> items, BiConsumer<ByteSink, T> item) {
        if (items.isEmpty()) return;
        section(id, s -> {
            s.u32(items.size());
            for (T t : items) item.accept(s, t);
        });
    }

    private void section(int id, Consumer<ByteSink> content) {
        ByteSink s = new ByteSink();
        content.accept(s);
        out.u8(id);
        out.sized(s);
    }
}
