package dev.kiln.backend.layout;

import dev.kiln.wasm.model.DataSegment;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.model.NumType;
import dev.kiln.wasm.model.RefType;
import java.io.ByteArrayOutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The elements of primitive arrays whose every element is a constant ({@code newarrayof} of constants: array
 * initializers, static tables), in one passive data segment, little-endian in their Wasm storage type (one
 * byte a boolean or byte, two a char or short), as {@code array.new_data} reads them. One function per array
 * kind, {@code kiln.constant_array.<kind>(offset, length)}, builds the array's Wasm array from the segment;
 * the caller wraps it in the array struct. Identical element lists share their bytes. Offsets are final as
 * soon as they are handed out; {@link #addTo} writes the segment and the functions' bodies.
 */
public final class ConstantArrays {
    private final TypeLayout types;
    private final FuncTypes funcTypes;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Map<String, Integer> offsets = new java.util.HashMap<>();
    private final Map<ArrayKind, Func> builders = new EnumMap<>(ArrayKind.class);
    private boolean added;

    public ConstantArrays(TypeLayout types, FuncTypes funcTypes) {
        this.types = types;
        this.funcTypes = funcTypes;
    }

    /**
     * Code that pushes a new Wasm array (the raw array of {@code kind}) holding {@code values}: Integer for
     * boolean, byte, char, short and int (narrowed as the JVM's array stores narrow them), Long, Float or
     * Double for the others.
     */
    public List<Instr> newArray(ArrayKind kind, List<Object> values) {
        if (added) throw new IllegalStateException("constant array requested after the segment was written");
        if (kind == ArrayKind.REFERENCE) throw new IllegalArgumentException("reference arrays have no data");
        byte[] data = encode(kind, values);
        String key = kind + ":" + java.util.HexFormat.of().formatHex(data);
        Integer offset = offsets.get(key);
        if (offset == null) {
            offset = bytes.size();
            bytes.writeBytes(data);
            offsets.put(key, offset);
        }
        Func build = builders.computeIfAbsent(kind, k -> Func.defined("kiln.constant_array." + k.name().toLowerCase(java.util.Locale.ROOT),
                funcTypes.of(List.of(NumType.I32, NumType.I32), List.of(RefType.nonNull(types.rawArray(k)))), List.of("offset", "length")));
        return List.of(Instr.i32Const(offset), Instr.i32Const(values.size()), Instr.call(build));
    }

    /** Adds the segment and the builder functions to the module, if any array was asked for. */
    public void addTo(Module module) {
        added = true;
        if (builders.isEmpty()) return;
        DataSegment segment = module.addData(new DataSegment("constant arrays", bytes.toByteArray(), null));
        for (Map.Entry<ArrayKind, Func> e : builders.entrySet()) {
            Func f = module.addFunction(e.getValue());
            f.body().add(Instr.localGet(f.param(0)));
            f.body().add(Instr.localGet(f.param(1)));
            f.body().add(Instr.arrayNewData(types.rawArray(e.getKey()), segment));
        }
    }

    static byte[] encode(ArrayKind kind, List<Object> values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object v : values) {
            switch (kind) {
                case BOOLEAN -> out.write((Integer) v & 1);
                case BYTE -> out.write((Integer) v);
                case CHAR, SHORT -> little(out, (Integer) v, 2);
                case INT -> little(out, (Integer) v, 4);
                case LONG -> little(out, (Long) v, 8);
                case FLOAT -> little(out, Float.floatToRawIntBits((Float) v), 4);
                case DOUBLE -> little(out, Double.doubleToRawLongBits((Double) v), 8);
                case REFERENCE -> throw new IllegalArgumentException("reference arrays have no data");
            }
        }
        return out.toByteArray();
    }

    private static void little(ByteArrayOutputStream out, long v, int size) {
        for (int i = 0; i < size; i++) out.write((int) (v >>> (8 * i)));
    }
}
