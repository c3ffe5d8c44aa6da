package dev.kiln.backend.layout;

import dev.kiln.wasm.model.DataSegment;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Global;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.model.NumType;
import dev.kiln.wasm.model.RefType;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * String literals: one global per distinct literal, so the same literal is always the same object (JLS
 * 3.10.5). The chars of all literals sit in one passive data segment (UTF-16LE, as char[] stores them);
 * the start function creates every literal up front with {@code array.new_data}, so a use is a plain
 * {@code global.get}. {@code array.new_data} is not a constant instruction, which is why the globals are
 * mutable and filled at start rather than in their initializers. One function builds a String from its
 * offset and length in the segment, so each literal costs the start function a call, not an allocation
 * sequence.
 *
 * <p>The segment also holds <em>texts</em>: strings only needed on cold paths, such as the messages of
 * NullPointerExceptions, of which a program has thousands and uses few. They get no global: the code
 * that needs one builds a new String each time it runs. Texts come first in the segment, so their
 * offsets are final as soon as they are asked for.
 */
public final class StringPool {
    private final TypeLayout types;
    private final FuncTypes funcTypes;
    private final Map<String, Global> literals = new LinkedHashMap<>();
    private final Map<String, Integer> textOffsets = new LinkedHashMap<>();
    private int textChars;
    private Func builder;
    private boolean added;

    public StringPool(TypeLayout types, FuncTypes funcTypes) {
        this.types = types;
        this.funcTypes = funcTypes;
    }

    /** The global holding the literal's String object. */
    public Global literal(String value) {
        return literals.computeIfAbsent(value, v -> {
            RefType t = RefType.nullable(types.struct(ClassHierarchy.STRING));
            return new Global("string#" + literals.size(), t, true, List.of(Instr.refNull(t.heap())));
        });
    }

    /** Code that pushes a new String equal to {@code value}, built from the segment each time it runs. */
    public List<Instr> newText(String value) {
        if (added) throw new IllegalStateException("text requested after the string segment was written: " + value);
        Integer offset = textOffsets.get(value);
        if (offset == null) {
            offset = 2 * textChars;
            textOffsets.put(value, offset);
            textChars += value.length();
        }
        return List.of(Instr.i32Const(offset), Instr.i32Const(value.length()), Instr.call(builder()));
    }

    /**
     * {@code (offset, length) -> (ref $java.lang.String)}; its body is written, and it is added to the module,
     * with the segment.
     */
    private Func builder() {
        if (builder == null) {
            RefType string = RefType.nonNull(types.struct(ClassHierarchy.STRING));
            builder = Func.defined("kiln.string_literal", funcTypes.of(List.of(NumType.I32, NumType.I32), List.of(string)),
                    List.of("offset", "length"));
        }
        return builder;
    }

    /**
     * Adds the literal globals and the data segment to the module and returns the code that creates every
     * literal, for the start function. No text can be asked for afterwards.
     */
    public List<Instr> addTo(Module module, ClassGlobals classGlobals) {
        added = true;
        if (literals.isEmpty() && textOffsets.isEmpty()) return List.of();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String s : textOffsets.keySet()) writeChars(bytes, s);
        for (String s : literals.keySet()) writeChars(bytes, s);
        DataSegment segment = module.addData(new DataSegment("string literals", bytes.toByteArray(), null));
        Func create = module.addFunction(builder());
        create.body().addAll(classGlobals.newString(List.of(Instr.localGet(create.param(0)), Instr.localGet(create.param(1)),
                Instr.arrayNewData(types.rawArray(ArrayKind.CHAR), segment))));
        List<Instr> code = new ArrayList<>();
        int offset = 2 * textChars;
        for (Map.Entry<String, Global> e : literals.entrySet()) {
            module.addGlobal(e.getValue());
            int length = e.getKey().length();
            code.add(Instr.i32Const(offset));
            code.add(Instr.i32Const(length));
            code.add(Instr.call(create));
            code.add(Instr.globalSet(e.getValue()));
            offset += 2 * length;
        }
        return code;
    }

    private static void writeChars(ByteArrayOutputStream bytes, String s) {
        for (char c : s.toCharArray()) {
            bytes.write(c & 0xff);
            bytes.write(c >>> 8);
        }
    }
}
